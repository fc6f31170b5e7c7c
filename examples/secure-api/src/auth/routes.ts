import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import jwt from 'jsonwebtoken';
import { z } from 'zod';

import { config } from '../config';
import { findCredentials } from '../db/users';
import { User } from '../db/models';
import { hashPassword, verifyPassword } from './passwords';

const LoginBody = z.object({
  username: z.string().min(3).max(64),
  password: z.string().min(8).max(128),
});

const RegisterBody = z.object({
  username: z.string().min(3).max(64).regex(/^[a-z0-9_]+$/),
  password: z.string().min(12).max(128),
  displayName: z.string().max(100).optional(),
});

const RefreshBody = z.object({ refreshToken: z.string().max(2048) });

const REFRESH_AUDIENCE = 'acme-shop/refresh';

const authLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 20 });

export const authRouter = Router();

function issueTokens(user: { id: number; role: string }) {
  const subject = String(user.id);
  const accessToken = jwt.sign({ sub: subject, role: user.role }, config.jwt.privateKey, {
    algorithm: 'ES256',
    expiresIn: '15m',
    issuer: config.jwt.issuer,
    audience: config.jwt.audience,
  });
  const refreshToken = jwt.sign({ sub: subject }, config.jwt.privateKey, {
    algorithm: 'ES256',
    expiresIn: '30d',
    issuer: config.jwt.issuer,
    audience: REFRESH_AUDIENCE,
  });
  return { accessToken, refreshToken };
}

authRouter.post('/login', authLimiter, async (req, res) => {
  const { username, password } = LoginBody.parse(req.body);
  console.log('login attempt', { username });
  const row = await findCredentials(username);
  if (!row || !(await verifyPassword(password, row.password_hash))) {
    console.warn('auth: failed login', { username });
    res.status(401).json({ error: 'invalid username or password' });
    return;
  }
  res.json(issueTokens({ id: row.id, role: row.role }));
});

authRouter.post('/register', authLimiter, async (req, res) => {
  const { username, password, displayName } = RegisterBody.parse(req.body);
  const passwordHash = await hashPassword(password);
  const user = await User.create({ username, displayName: displayName ?? null, passwordHash });
  console.info('auth: registered', { userId: user.id, username });
  res.status(201).json(issueTokens(user));
});

authRouter.post('/refresh', authLimiter, async (req, res) => {
  const { refreshToken } = RefreshBody.parse(req.body);
  let subject: string | undefined;
  try {
    const claims = jwt.verify(refreshToken, config.jwt.publicKey, {
      algorithms: ['ES256'],
      issuer: config.jwt.issuer,
      audience: REFRESH_AUDIENCE,
    });
    subject = typeof claims === 'object' ? claims.sub : undefined;
  } catch {
    subject = undefined;
  }
  const user = subject ? await User.findByPk(Number(subject)) : null;
  if (!user) {
    console.warn('auth: refresh refused');
    res.status(401).json({ error: 'invalid refresh token' });
    return;
  }
  res.json(issueTokens(user));
});
