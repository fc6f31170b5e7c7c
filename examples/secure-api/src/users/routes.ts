import { Router } from 'express';
import { z } from 'zod';

import { requireAdmin, requireAuth } from '../auth/middleware';
import { User } from '../db/models';
import { findUserById, searchUsers } from '../db/users';

const SearchQuery = z.object({ q: z.string().min(1).max(64) });
const UserParams = z.object({ id: z.coerce.number().int().positive() });
const ProfilePatch = z.object({ displayName: z.string().max(100).nullable() });

export const usersRouter = Router();

usersRouter.get('/', requireAuth, async (req, res) => {
  const { q } = SearchQuery.parse(req.query);
  res.json(await searchUsers(q));
});

usersRouter.get('/:id', requireAuth, async (req, res) => {
  const { id } = UserParams.parse(req.params);
  const user = await findUserById(id);
  if (!user) {
    res.status(404).json({ error: 'not found' });
    return;
  }
  res.json(user);
});

usersRouter.patch('/me', requireAuth, async (req, res) => {
  const { displayName } = ProfilePatch.parse(req.body);
  await User.update({ displayName }, { where: { id: res.locals.userId } });
  res.status(204).end();
});

usersRouter.delete('/:id', requireAuth, requireAdmin, async (req, res) => {
  const { id } = UserParams.parse(req.params);
  await User.destroy({ where: { id } });
  res.status(204).end();
});
