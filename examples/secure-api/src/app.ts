import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { ZodError } from 'zod';

import { requirePartnerKey } from './auth/middleware';
import { authRouter } from './auth/routes';
import { config } from './config';
import { countUsers } from './db/users';
import { usersRouter } from './users/routes';

export const app = express();

app.use(helmet());
app.use(express.json({ limit: '100kb' }));

app.use('/auth', authRouter);
app.use('/users', usersRouter);

app.get('/partner/user-count', requirePartnerKey, async (_req, res) => {
  res.json({ count: await countUsers() });
});

app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
  if (err instanceof ZodError) {
    res.status(400).json({ error: 'invalid request' });
    return;
  }
  console.error('unhandled error', err);
  res.status(500).json({ error: 'internal error' });
});

app.listen(config.port, () => {
  console.info(`listening on ${config.port}`);
});
