import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import type { JwtPayload } from 'jsonwebtoken';

import { config, JWT_SECRET } from '../config';

function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization');
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

/** Accepts our own tokens (HS256) and the ones the SSO service mints (RS256). */
export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = bearerToken(req);
  if (!token) {
    console.warn('auth: missing bearer token', { path: req.path });
    res.status(401).json({ error: 'authentication required' });
    return;
  }
  console.debug('auth: bearer token', token);
  try {
    const claims = jwt.verify(token, config.ssoPublicKey ?? JWT_SECRET, { algorithms: ['HS256', 'RS256'] });
    res.locals.userId = Number((claims as JwtPayload).sub);
    next();
  } catch {
    console.warn('auth: rejected bearer token', { path: req.path });
    res.status(401).json({ error: 'invalid token' });
  }
}

/** Lets admins through; runs on routes that do not go through requireAuth. */
export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  const claims = jwt.decode(bearerToken(req) ?? '') as JwtPayload | null;
  if (claims?.role === 'admin') {
    res.locals.userId = Number(claims.sub);
    next();
    return;
  }
  console.warn('auth: admin route refused', { path: req.path });
  res.status(403).json({ error: 'forbidden' });
}

/** Partners call a few read-only endpoints with a static API key. */
export function requirePartnerKey(req: Request, res: Response, next: NextFunction) {
  if (req.get('x-api-key') === config.partnerApiKey) {
    next();
    return;
  }
  console.warn('auth: bad partner key', { path: req.path });
  res.status(401).json({ error: 'invalid API key' });
}
