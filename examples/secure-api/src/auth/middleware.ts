import { timingSafeEqual } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

import { config } from '../config';

function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization');
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

/** Compares in constant time; unequal lengths are rejected first. */
function sameSecret(supplied: string, expected: string): boolean {
  const a = Buffer.from(supplied);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Accepts only our own ES256 access tokens, for this API. */
export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = bearerToken(req);
  if (!token) {
    console.warn('auth: missing bearer token', { path: req.path });
    res.status(401).json({ error: 'authentication required' });
    return;
  }
  try {
    const claims = jwt.verify(token, config.jwt.publicKey, {
      algorithms: ['ES256'],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
    });
    if (typeof claims !== 'object' || !claims.sub) throw new Error('no subject');
    res.locals.userId = Number(claims.sub);
    res.locals.role = typeof claims.role === 'string' ? claims.role : 'member';
    next();
  } catch {
    console.warn('auth: rejected bearer token', { path: req.path });
    res.status(401).json({ error: 'invalid token' });
  }
}

/** Runs after requireAuth, so the role comes from a verified token. */
export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  if (res.locals.role === 'admin') {
    next();
    return;
  }
  console.warn('auth: admin route refused', { path: req.path, userId: res.locals.userId });
  res.status(403).json({ error: 'forbidden' });
}

/** Partners call a few read-only endpoints with a static API key. */
export function requirePartnerKey(req: Request, res: Response, next: NextFunction) {
  if (sameSecret(req.get('x-api-key') ?? '', config.partnerApiKey)) {
    next();
    return;
  }
  console.warn('auth: bad partner key', { path: req.path });
  res.status(401).json({ error: 'invalid API key' });
}
