import rule from '../../src/rules/no-mass-assignment';
import { jsRuleTester, ruleTester } from '../rule-tester';

ruleTester.run('no-mass-assignment', rule, {
  valid: [
    // Field case C27.
    `
import express from 'express';
import helmet from 'helmet';
import { z } from 'zod';
import { validateQuery } from './middleware/validate';

const Lookup = z.object({ username: z.string().regex(/^[a-z0-9_]{3,20}$/) });
const app = express();
app.use(helmet());

app.get('/users/lookup', validateQuery(Lookup), (req, res) => {
  const { username } = req.query as z.infer<typeof Lookup>;
  res.json({ profileUrl: \`/u/\${username}\` });
});
`,
    // Fields picked one by one.
    `
import express from 'express';
import User from './models/user';
const app = express();
app.post('/users', async (req, res) => {
  const user = await User.create({ name: req.body.name, email: req.body.email });
  res.json(user);
});
`,
    // The output of a schema parse.
    `
import express from 'express';
import { z } from 'zod';
import { User } from './models';
const app = express();
const CreateUser = z.object({ name: z.string() }).strict();
app.post('/users', async (req, res) => {
  const data = CreateUser.parse(req.body);
  res.json(await User.create(data));
});
`,
    // A schema middleware replaces the body with the parsed value.
    `
import express from 'express';
import { User } from './models';
const app = express();
app.post('/users', validateBody(CreateUser), async (req, res) => {
  res.json(await User.create(req.body));
});
`,
    `
import express from 'express';
import { celebrate, Segments, Joi } from 'celebrate';
import { Pet } from './models';
const app = express();
app.post('/pets', celebrate({ [Segments.BODY]: PetSchema }), async (req, res) => {
  res.json(await Pet.create({ ...req.body }));
});
`,
    // Validated in the handler before the write (Joi rejects unknown keys);
    // writing the original rather than the parse result is not reported
    // (see Known Limitations).
    `
import express from 'express';
import { Pet } from './models';
const app = express();
app.post('/pets', async (req, res) => {
  const { error } = petSchema.validate(req.body);
  if (error) return res.status(400).end();
  res.json(await Pet.create(req.body));
});
`,
    // Responses, caches and maps are not persistence.
    `
import express from 'express';
const app = express();
const cache = new Map();
app.post('/echo', (req, res) => {
  cache.set(req.ip, req.body);
  res.json(req.body);
  res.locals.input = req.body;
});
`,
    // Object.assign into a fresh object is a copy, not a write.
    `
import express from 'express';
const app = express();
app.get('/search', (req, res) => {
  const options = Object.assign({}, DEFAULTS, req.query);
  res.json(search(options));
});
`,
    // Not a model: lower-case services and undeclared globals.
    `
import express from 'express';
import { userService } from './services';
const app = express();
app.post('/users', async (req, res) => {
  await userService.create(req.body);
  await Notifier.create(req.body);
  const url = new URLSearchParams(req.query);
  res.json(url);
});
`,
    // Outside a handler, a body is not a request body.
    `
import { User } from './models';
export async function seed(body) {
  await User.create(body);
}
`,
    // Sequelize filters from the body are a different problem.
    `
import express from 'express';
import { User } from './models';
const app = express();
app.post('/users/find', async (req, res) => {
  res.json(await User.findOne({ where: { email: req.body.email } }));
});
`,
    // Mongoose updates of picked fields.
    `
import express from 'express';
import { User } from './models';
const app = express();
app.patch('/users/:id', async (req, res) => {
  const { name, bio } = req.body;
  res.json(await User.findByIdAndUpdate(req.params.id, { name, bio }, { new: true }));
});
`,
    // Prisma with picked fields.
    `
import express from 'express';
import { prisma } from './db';
const app = express();
app.post('/posts', async (req, res) => {
  const post = await prisma.post.create({ data: { title: req.body.title, authorId: req.user.id } });
  res.json(post);
});
`,
    // Prisma `where` from params is not a write of the params.
    `
import express from 'express';
import { prisma } from './db';
const app = express();
app.delete('/posts/:id', async (req, res) => {
  await prisma.post.delete({ where: req.params });
  res.end();
});
`,
    // TypeORM with a DTO class in NestJS: taken as safe (see Known Limitations).
    `
import { Body, Controller, Post } from '@nestjs/common';
import { CreateUserDto } from './dto';
@Controller('users')
export class UsersController {
  @Post()
  create(@Body() dto: CreateUserDto) {
    return this.userRepository.save(dto);
  }
}
`,
    // NestJS: a single field.
    `
import { Body, Controller, Post } from '@nestjs/common';
@Controller('users')
export class UsersController {
  @Post()
  create(@Body('email') email: string) {
    return this.userRepository.save({ email });
  }
}
`,
    // Drizzle and Knex with picked fields.
    `
import express from 'express';
import { db } from './db';
const app = express();
app.post('/items', async (req, res) => {
  await db.insert(items).values({ name: req.body.name });
  await knex('items').insert({ name: req.body.name });
  res.end();
});
`,
    // Fastify with a body schema.
    `
import Fastify from 'fastify';
import { Item } from './models';
const app = Fastify();
app.post('/items', { schema: { body: ItemBody } }, async (request) => Item.create(request.body));
`,
    // Koa: ctx.body is the response, not the request.
    `
import Router from '@koa/router';
import { Item } from './models';
const router = new Router();
router.post('/items', async (ctx) => {
  const item = await Item.create({ name: ctx.request.body.name });
  ctx.body = item;
});
`,
    // Hono: validated data.
    `
import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { db } from './db';
const app = new Hono();
app.post('/items', zValidator('json', Item), async (c) => {
  const item = c.req.valid('json');
  await db.insert(items).values(item);
  return c.json(item);
});
`,
    // Next.js App Router with a parsed body.
    {
      code: `
import { prisma } from '@/lib/db';
export async function POST(request: Request) {
  const data = Item.parse(await request.json());
  return Response.json(await prisma.item.create({ data }));
}
`,
      filename: 'app/api/items/route.ts',
    },
    // Next.js outside API routes.
    {
      code: `
import { User } from './models';
export default async function handler(req, res) {
  await User.create(req.body);
}
`,
      filename: 'lib/handler.ts',
    },
    // An instance that was not loaded from a model.
    `
import express from 'express';
const app = express();
app.post('/settings', (req, res) => {
  const settings = loadSettings();
  settings.set(req.body);
  Object.assign(settings, req.body);
  res.end();
});
`,
    // Shadowed request parameter.
    `
import express from 'express';
import { User } from './models';
const app = express();
app.post('/x', (req, res) => {
  const build = (req) => User.create(req.body);
  res.json(build({ body: {} }));
});
`,
    // Odd handlers: quiet, never a crash.
    `
import express from 'express';
import { User } from './models';
const app = express();
app.post('/a', handlers.create);
app.post('/b', ...chain);
app.post('/c', (req, res) => User.create(...req.body));
app.post('/d', (req, res) => User.create());
`,
    // Type-only wrappers on a picked object.
    `
import express from 'express';
import { User } from './models';
const app = express();
app.post('/users', async (req, res) => {
  const input = { name: req.body.name } as UserInput;
  await User.create(input satisfies UserInput);
});
`,
    // Passed to a helper: not followed into it (see Known Limitations).
    `
import express from 'express';
const app = express();
app.post('/users', async (req, res) => {
  await createUser(req.body);
  res.end();
});
`,
    // Bodies validated by express-validator and read through matchedData.
    `
import express from 'express';
import { body, matchedData } from 'express-validator';
import { User } from './models';
const app = express();
app.post('/users', body('email').isEmail(), async (req, res) => {
  await User.create(matchedData(req));
});
`,
    // Mongoose filters are not written.
    `
import express from 'express';
import { User } from './models';
const app = express();
app.put('/users', async (req, res) => {
  await User.updateOne({ _id: req.user.id }, { $set: { name: req.body.name } });
});
`,
    // TypeORM query builder with picked fields.
    `
import express from 'express';
const app = express();
app.post('/x', async (req, res) => {
  await dataSource.createQueryBuilder().insert().into(User).values({ name: req.body.name }).execute();
});
`,
    // Koa with a validation middleware.
    `
import Router from '@koa/router';
import { Item } from './models';
const router = new Router();
router.post('/items', validate({ body: ItemBody }), async (ctx) => {
  ctx.body = await Item.create(ctx.request.body);
});
`,
    // Sequelize writes only the listed fields.
    `
import express from 'express';
import { User } from './models';
const app = express();
app.put('/me', async (req, res) => {
  await User.update(req.body, { where: { id: req.user.id }, fields: ['name', 'bio'] });
  await User.create(req.body, { fields: ALLOWED });
});
`,
    // Mongoose operators with picked fields.
    `
import express from 'express';
import { User } from './models';
const app = express();
app.put('/me', async (req, res) => {
  await User.findByIdAndUpdate(req.user.id, { $set: { name: req.body.name } });
  await User.findByIdAndUpdate(req.user.id, { $push: { tags: req.body.tag } });
});
`,
    // A webhook handler hashing the raw body: not a query builder.
    `
import express from 'express';
import { createHmac } from 'node:crypto';
const app = express();
app.post('/hook', express.raw({ type: '*/*' }), (req, res) => {
  const mac = createHmac('sha256', secret).update(req.body).digest('hex');
  res.json({ mac });
});
`,
    // Errors and responses built from the body are not models.
    `
import express from 'express';
import { BadRequestException } from '@nestjs/common';
import { UserService } from './services';
const app = express();
app.post('/x', async (req, res) => {
  if (!ok) throw new BadRequestException(req.body);
  await UserService.create(req.body);
  res.send(new Response(req.body));
});
`,
    // Half-written code in the editor.
    `
import express from 'express';
import { User } from './models';
const app = express();
app.post('/x', (req, res) => {
  User.create;
  new User;
  Object.assign();
  prisma.user.create({ data });
  knex().insert();
});
`,
    // A logger or an audit store that is not a model.
    `
import express from 'express';
const app = express();
app.post('/x', async (req, res) => {
  await audit.insert(req.body);
  logger.info(req.body);
  await redis.set('last', JSON.stringify(req.body));
});
`,
    // A model picked from a map is not recognised (see Known Limitations).
    `
import express from 'express';
import { models } from './models';
const app = express();
app.post('/:kind', async (req, res) => {
  const M = models[req.params.kind];
  res.json(await M.create(req.body));
});
`,
    // Route parameters: their keys come from the route pattern.
    `
import express from 'express';
import { Comment } from './models';
const app = express();
app.post('/posts/:postId/comments', async (req, res) => {
  res.json(await Comment.create({ ...req.params, text: String(req.body.text) }));
});
app.get('/t/:a/:b', async (req, res) => res.json(await Comment.create(req.params)));
`,
    // A schema middleware factory written in the file.
    `
import express from 'express';
import { z } from 'zod';
import { User } from './models';
const app = express();
const S = z.object({ name: z.string() }).strict();
const parseBody = (schema: z.ZodTypeAny) => (req: any, _res: any, next: any) => { req.body = schema.parse(req.body); next(); };
app.post('/8', parseBody(S), async (req, res) => { await User.create(req.body); res.end(); });
`,
    // NestJS: a zod pipe on the method.
    `
import { Body, Controller, Post, UsePipes } from '@nestjs/common';
import { ZodValidationPipe } from 'nestjs-zod';
@Controller('cats')
export class CatsController {
  constructor(private readonly catModel: any) {}
  @Post()
  @UsePipes(new ZodValidationPipe(createCatSchema))
  create(@Body() input: { name: string }) { return this.catModel.create(input); }
}
`,

    // Strict schemas, fields, and writes that are not records.
    `
import express from 'express';
import { z } from 'zod';
import Joi from 'joi';
import _ from 'lodash';
import { User } from './models';
const app = express();
const Strict = z.object({ name: z.string() }).strict();
const Closed = Joi.object({ name: Joi.string() }).unknown(false);
app.post('/1', async (req, res) => { const d = Strict.parse(req.body); await User.create(d); res.end(); });
app.post('/2', async (req, res) => { const { value } = Closed.validate(req.body); await User.create(value); res.end(); });
app.post('/3', async (req, res) => { await User.create({ name: req.body.user.name }); res.end(); });
app.post('/4', async (req: any, res) => { await req.user.update({ name: String(req.body.name) }); res.end(); });
app.post('/5', async (req: any, res) => { const opts = _.merge({}, defaults); res.json(await User.findAll(opts)); });
app.post('/6', async (req: any, res) => { const hash = createHash('sha256').update(req.body.user); res.json(hash); });
app.post('/7', async (req: any, res) => { res.json(await User.create({ email: req.body.email ?? '' })); });
`,
    // A Prisma client named anything is tracked only when made in the file.
    `
import express from 'express';
import { dbClient } from './db';
const app = express();
app.post('/1', async (req, res) => { await dbClient.user.findMany({ where: { name: req.body.name } }); res.end(); });
`,

  ],
  invalid: [
    {
      code: `
import express from 'express';
import User from './models/user';
const app = express();
app.post('/users', async (req, res) => {
  const user = await User.create(req.body);
  res.json(user);
});
`,
      errors: [{ messageId: 'massAssignment', line: 6, column: 34, endLine: 6, endColumn: 42 }],
    },
    // Spread into a new object.
    {
      code: `
import express from 'express';
import { User } from './models';
const app = express();
app.post('/users', async (req, res) => {
  res.json(await User.create({ ...req.body, ownerId: req.user.id }));
});
`,
      errors: [{ messageId: 'massAssignment', line: 6, column: 30, endColumn: 67 }],
    },
    // Through a local.
    {
      code: `
import express from 'express';
import { User } from './models';
const app = express();
app.post('/users', async (req, res) => {
  const data = req.body;
  await User.create(data);
});
`,
      errors: [{ messageId: 'massAssignment', line: 7, column: 21, endColumn: 25 }],
    },
    {
      code: `
import express from 'express';
import { User } from './models';
const app = express();
app.post('/users', async (req, res) => {
  const { password, ...rest } = req.body;
  await User.create({ ...rest, passwordHash: await hash(password) });
});
`,
      errors: [{ messageId: 'massAssignment', line: 7, column: 21 }],
    },
    // Sequelize: update, build, upsert, instance update and set.
    {
      code: `
import express from 'express';
import { Post } from './models';
const app = express();
app.put('/posts/:id', async (req, res) => {
  await Post.update(req.body, { where: { id: req.params.id } });
  const draft = Post.build(req.body);
  await Post.upsert(req.body);
});
`,
      errors: [
        { messageId: 'massAssignment', line: 6, column: 21 },
        { messageId: 'massAssignment', line: 7, column: 28 },
        { messageId: 'massAssignment', line: 8, column: 21 },
      ],
    },
    {
      code: `
import express from 'express';
import { Post } from './models';
const app = express();
app.patch('/posts/:id', async (req, res) => {
  const post = await Post.findByPk(req.params.id);
  await post.update(req.body);
  post.set(req.body);
});
`,
      errors: [
        { messageId: 'massAssignment', line: 7, column: 21 },
        { messageId: 'massAssignment', line: 8, column: 12 },
      ],
    },
    // Mongoose.
    {
      code: `
import express from 'express';
import mongoose from 'mongoose';
const User = mongoose.model('User', userSchema);
const app = express();
app.post('/users', async (req, res) => {
  const user = new User(req.body);
  await user.save();
});
`,
      errors: [{ messageId: 'massAssignment', line: 7, column: 25 }],
    },
    {
      code: `
import express from 'express';
import { User } from './models';
const app = express();
app.patch('/users/:id', async (req, res) => {
  await User.findByIdAndUpdate(req.params.id, req.body);
  await User.findOneAndUpdate({ _id: req.params.id }, { ...req.body });
  await User.updateOne({ _id: req.params.id }, req.body);
  await User.updateMany({ team: req.params.id }, req.body);
});
`,
      errors: [
        { messageId: 'massAssignment', line: 6, column: 47 },
        { messageId: 'massAssignment', line: 7, column: 55 },
        { messageId: 'massAssignment', line: 8, column: 48 },
        { messageId: 'massAssignment', line: 9, column: 50 },
      ],
    },
    {
      code: `
import express from 'express';
import { User } from './models';
const app = express();
app.patch('/me', async (req, res) => {
  const doc = await User.findById(req.user.id);
  doc.set(req.body);
  Object.assign(doc, req.body);
  await doc.save();
});
`,
      errors: [
        { messageId: 'massAssignment', line: 7, column: 11 },
        { messageId: 'massAssignment', line: 8, column: 22 },
      ],
    },
    // Prisma.
    {
      code: `
import express from 'express';
import { prisma } from './db';
const app = express();
app.post('/posts', async (req, res) => {
  await prisma.post.create({ data: req.body });
  await prisma.post.update({ where: { id: 1 }, data: { ...req.body } });
});
`,
      errors: [
        { messageId: 'massAssignment', line: 6, column: 36, endColumn: 44 },
        { messageId: 'massAssignment', line: 7, column: 54 },
      ],
    },
    {
      code: `
import express from 'express';
const app = express();
app.put('/me', async (req, res) => {
  const data = req.body;
  await this.prisma.user.upsert({ where: { id }, create: data, update: data });
});
`,
      errors: [{ messageId: 'massAssignment', line: 6, column: 58 }],
    },
    // TypeORM repositories.
    {
      code: `
import express from 'express';
const app = express();
app.post('/users', async (req, res) => {
  await userRepository.save(req.body);
  const user = repo.create(req.body);
  await this.usersRepository.update(req.params.id, req.body);
  repo.merge(user, req.body);
});
`,
      errors: [
        { messageId: 'massAssignment', line: 5, column: 29 },
        { messageId: 'massAssignment', line: 6, column: 28 },
        { messageId: 'massAssignment', line: 7, column: 52 },
        { messageId: 'massAssignment', line: 8, column: 20 },
      ],
    },
    // Drizzle and Knex.
    {
      code: `
import express from 'express';
import { db } from './db';
const app = express();
app.post('/items', async (req, res) => {
  await db.insert(items).values(req.body);
  await db.update(items).set(req.body).where(eq(items.id, 1));
  await knex('items').insert(req.body);
  await knex('items').where({ id: 1 }).update(req.body);
});
`,
      errors: [
        { messageId: 'massAssignment', line: 6, column: 33 },
        { messageId: 'massAssignment', line: 7, column: 30 },
        { messageId: 'massAssignment', line: 8, column: 30 },
        { messageId: 'massAssignment', line: 9, column: 47 },
      ],
    },
    // Object.assign onto a new entity.
    {
      code: `
import express from 'express';
import { User } from './entities';
const app = express();
app.post('/users', async (req, res) => {
  const user = new User();
  Object.assign(user, req.body);
  await user.save();
});
`,
      errors: [{ messageId: 'massAssignment', line: 7, column: 23 }],
    },
    // A copy that is written later.
    {
      code: `
import express from 'express';
import { User } from './models';
const app = express();
app.post('/users', async (req, res) => {
  const input = Object.assign({}, req.body);
  await User.create(input);
});
`,
      errors: [{ messageId: 'massAssignment', line: 7, column: 21 }],
    },
    // express-validator checks fields but leaves the rest of the body.
    {
      code: `
import express from 'express';
import { body } from 'express-validator';
import { User } from './models';
const app = express();
app.post('/users', body('email').isEmail(), async (req, res) => {
  await User.create(req.body);
});
`,
      errors: [{ messageId: 'massAssignment', line: 7, column: 21 }],
    },
    // Query strings and route parameters too.
    {
      code: `
import express from 'express';
import { Filter } from './models';
const app = express();
app.get('/filters', async (req, res) => {
  await Filter.create(req.query);
});
`,
      errors: [{ messageId: 'massAssignment', line: 6, column: 23 }],
    },
    // Destructured, renamed and optional-chained requests.
    {
      code: `
import express from 'express';
import { User } from './models';
const app = express();
app.post('/a', async ({ body }, res) => res.json(await User.create(body)));
app.post('/b', async (request, response) => User.create(request?.body));
app.post('/c', async (r, s) => User.create(r['body']));
`,
      errors: [
        { messageId: 'massAssignment', line: 5, column: 68 },
        { messageId: 'massAssignment', line: 6, column: 57 },
        { messageId: 'massAssignment', line: 7, column: 44 },
      ],
    },
    // TypeScript wrappers.
    {
      code: `
import express, { type Request } from 'express';
import { User } from './models';
const app = express();
app.post('/users', async (req: Request, res) => {
  await User.create(req.body as CreateUser);
  await User.create(req.body!);
});
`,
      errors: [
        { messageId: 'massAssignment', line: 6, column: 21 },
        { messageId: 'massAssignment', line: 7, column: 21 },
      ],
    },
    // Routers by name, route chains, named handlers.
    {
      code: `
import { User } from './models';
export function mount(router) {
  router.route('/users').post(createUser);
}
async function createUser(req, res) {
  res.json(await User.create(req.body));
}
`,
      errors: [{ messageId: 'massAssignment', line: 7, column: 30 }],
    },
    // Fastify.
    {
      code: `
import Fastify from 'fastify';
import { Item } from './models';
const fastify = Fastify();
fastify.post('/items', async (request, reply) => Item.create(request.body));
fastify.route({ method: 'PUT', url: '/items/:id', handler: async (request) => Item.update(request.body, { where: { id: 1 } }) });
`,
      errors: [
        { messageId: 'massAssignment', line: 5, column: 62 },
        { messageId: 'massAssignment', line: 6, column: 91 },
      ],
    },
    // Koa.
    {
      code: `
import Router from '@koa/router';
import { Item } from './models';
const router = new Router();
router.post('/items', async (ctx) => {
  ctx.body = await Item.create(ctx.request.body);
});
`,
      errors: [{ messageId: 'massAssignment', line: 6, column: 32 }],
    },
    // Hono.
    {
      code: `
import { Hono } from 'hono';
import { db } from './db';
const app = new Hono();
app.post('/items', async (c) => {
  const body = await c.req.json();
  await db.insert(items).values(body);
  return c.json({ ok: true });
});
`,
      errors: [{ messageId: 'massAssignment', line: 7, column: 33 }],
    },
    // NestJS with an untyped body.
    {
      code: `
import { Body, Controller, Post } from '@nestjs/common';
@Controller('users')
export class UsersController {
  @Post()
  create(@Body() body: any) {
    return this.userRepository.save(body);
  }
  @Post('many')
  createMany(@Body() rows: Record<string, unknown>) {
    return this.userModel.create({ ...rows });
  }
}
`,
      errors: [
        { messageId: 'massAssignment', line: 7, column: 37 },
        { messageId: 'massAssignment', line: 11, column: 34 },
      ],
    },
    // Next.js pages API and App Router.
    {
      code: `
import { prisma } from '../../lib/prisma';
export default async function handler(req, res) {
  res.json(await prisma.user.update({ where: { id: req.query.id }, data: req.body }));
}
`,
      filename: 'pages/api/users/[id].ts',
      errors: [{ messageId: 'massAssignment', line: 4, column: 74 }],
    },
    {
      code: `
import { prisma } from '@/lib/prisma';
export async function POST(request: Request) {
  const data = await request.json();
  return Response.json(await prisma.item.create({ data }));
}
`,
      filename: 'app/api/items/route.ts',
      errors: [{ messageId: 'massAssignment', line: 5, column: 51 }],
    },
    // Validated in the handler, but by express-validator field checks only.
    {
      code: `
import express from 'express';
import { validationResult } from 'express-validator';
import { User } from './models';
const app = express();
app.post('/users', rules, async (req, res) => {
  if (!validationResult(req).isEmpty()) return res.status(400).end();
  await User.create(req.body);
});
`,
      errors: [{ messageId: 'massAssignment', line: 8, column: 21 }],
    },
    // let bindings, and a wrapped handler.
    {
      code: `
import express from 'express';
import { User } from './models';
const app = express();
app.post('/users', asyncHandler(async (req, res) => {
  let payload = req.body;
  await User.create(payload);
}));
`,
      errors: [{ messageId: 'massAssignment', line: 7, column: 21 }],
    },
    // TypeORM insert and query builder.
    {
      code: `
import express from 'express';
const app = express();
app.post('/users', async (req, res) => {
  await userRepo.insert(req.body);
  await dataSource.createQueryBuilder().update(User).set(req.body).where('id = :id', { id: 1 }).execute();
});
`,
      errors: [
        { messageId: 'massAssignment', line: 5, column: 25 },
        { messageId: 'massAssignment', line: 6, column: 58 },
      ],
    },
    // A PascalCase class with a create method is taken for a model (see Known Limitations).
    {
      code: `
import express from 'express';
import { Mailer } from './mail';
const app = express();
app.post('/contact', async (req, res) => {
  await Mailer.create(req.body);
});
`,
      errors: [{ messageId: 'massAssignment', line: 6, column: 23 }],
    },
    // Mongoose $set of the whole body.
    {
      code: `
import express from 'express';
import { User } from './models';
const app = express();
app.put('/users/:id', async (req, res) => {
  await User.findByIdAndUpdate(req.params.id, { $set: req.body }, { new: true });
});
`,
      errors: [{ messageId: 'massAssignment', line: 6, column: 55, endColumn: 63 }],
    },
    // Mongoose create and insertMany.
    {
      code: `
import express from 'express';
import { Order } from './models';
const app = express();
app.post('/orders', async (req, res) => {
  await Order.insertMany(req.body);
  await this.orderModel.create(req.body);
});
`,
      errors: [
        { messageId: 'massAssignment', line: 6, column: 26 },
        { messageId: 'massAssignment', line: 7, column: 32 },
      ],
    },
    // Authentication middleware named validate* validates no input.
    {
      code: `
import express from 'express';
import { User } from './models';
const app = express();
app.patch('/1', validateRole('admin'), async (req, res) => { await User.create(req.body); res.end(); });
app.patch('/2', validateJwt({ secret: config.jwtSecret }), async (req, res) => { await User.create(req.body); res.end(); });
`,
      errors: [
        { messageId: 'massAssignment', line: 5, column: 80 },
        { messageId: 'massAssignment', line: 6, column: 100 },
      ],
    },

    // Profile updates: the request's own record and loaded documents.
    {
      code: `
import express from 'express';
import { User } from './models';
const app = express();
app.patch('/1', async (req: any, res) => { await req.user.update(req.body); res.end(); });
app.patch('/2', async (req: any, res) => { Object.assign(req.user, req.body); await req.user.save(); res.end(); });
app.patch('/3', async (req: any, res) => { await res.locals.user.update(req.body); res.end(); });
app.patch('/4', async (req: any, res) => { const { user } = res.locals; await user.update(req.body); res.end(); });
app.patch('/5', async (req: any, res) => { const user = await User.findById(req.params.id).exec(); user!.set(req.body); res.end(); });
app.patch('/6', async (req: any, res) => { const user = new User(); user.set(req.body); await user.save(); res.end(); });
`,
      errors: [
        { messageId: 'massAssignment', line: 5, column: 66 },
        { messageId: 'massAssignment', line: 6, column: 68 },
        { messageId: 'massAssignment', line: 7, column: 73 },
        { messageId: 'massAssignment', line: 8, column: 91 },
        { messageId: 'massAssignment', line: 9, column: 110 },
        { messageId: 'massAssignment', line: 10, column: 78 },
      ],
    },
    // lodash merges into a record, in any import style.
    {
      code: `
import express from 'express';
import _ from 'lodash';
import { merge } from 'lodash-es';
import { User } from './models';
const app = express();
app.patch('/1', async (req: any, res) => { const user = await User.findById(1); _.merge(user, req.body); res.end(); });
app.patch('/2', async (req: any, res) => { merge(req.user, req.body); res.end(); });
`,
      errors: [
        { messageId: 'massAssignment', line: 7, column: 95 },
        { messageId: 'massAssignment', line: 8, column: 60 },
      ],
    },
    {
      code: `
const express = require('express');
const lodash = require('lodash');
const app = express();
app.patch('/1', async (req, res) => { lodash.extend(req.user, req.body); res.end(); });
`,
      errors: [
        { messageId: 'massAssignment', line: 5, column: 63 },
      ],
    },
    // A sub-object of the body, and defaults and copies of it.
    {
      code: `
import express from 'express';
import { User } from './models';
const app = express();
app.post('/1', async (req, res) => { await User.create(req.body.user); res.end(); });
app.post('/2', async (req, res) => { await User.bulkCreate(req.body.items); res.end(); });
app.post('/3', async (req, res) => { await User.create(req.body || {}); res.end(); });
app.post('/4', async (req, res) => { const input = req.body ?? {}; await User.create(input); res.end(); });
app.post('/5', async (req, res) => { await User.create(structuredClone(req.body)); res.end(); });
app.post('/6', async (req, res) => { await User.create(JSON.parse(JSON.stringify(req.body))); res.end(); });
`,
      errors: [
        { messageId: 'massAssignment', line: 5, column: 56 },
        { messageId: 'massAssignment', line: 6, column: 60 },
        { messageId: 'massAssignment', line: 7, column: 56 },
        { messageId: 'massAssignment', line: 8, column: 86 },
        { messageId: 'massAssignment', line: 9, column: 56 },
        { messageId: 'massAssignment', line: 10, column: 56 },
      ],
    },
    // TypeORM data sources and managers, Knex, Nest models, tracked Prisma clients.
    {
      code: `
import express from 'express';
import knex from './knex';
import { PrismaClient } from '@prisma/client';
import { AppDataSource } from './data-source';
import { User } from './entity';
const dbClient = new PrismaClient();
const app = express();
app.post('/1', async (req, res) => { await AppDataSource.getRepository(User).save(req.body); res.end(); });
app.post('/2', async (req, res) => { await AppDataSource.getRepository(User).insert(req.body); res.end(); });
app.post('/3', async (req, res) => { await AppDataSource.manager.save(User, req.body); res.end(); });
app.post('/4', async (req, res) => { await knex.insert(req.body).into('users'); res.end(); });
app.post('/5', async (req, res) => { await dbClient.user.create({ data: req.body }); res.end(); });
app.post('/6', async (req, res) => { await dbClient.user.create({ data: { profile: { create: req.body } } }); res.end(); });
`,
      errors: [
        { messageId: 'massAssignment', line: 9, column: 83 },
        { messageId: 'massAssignment', line: 10, column: 85 },
        { messageId: 'massAssignment', line: 11, column: 77 },
        { messageId: 'massAssignment', line: 12, column: 56 },
        { messageId: 'massAssignment', line: 13, column: 73 },
        { messageId: 'massAssignment', line: 14, column: 94 },
      ],
    },
    {
      code: `
import { Body, Controller, Post } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
@Controller('users')
export class UsersController {
  constructor(@InjectModel('User') private userModel: any) {}
  @Post() create(@Body() body: any) { return new this.userModel(body).save(); }
}
`,
      errors: [
        { messageId: 'massAssignment', line: 7, column: 65 },
      ],
    },
    // Schemas that let unknown keys through do not make the body safe.
    {
      code: `
import express from 'express';
import { z } from 'zod';
import Joi from 'joi';
import { User } from './models';
const app = express();
const Loose = z.object({ name: z.string() }).passthrough();
app.post('/1', async (req, res) => { const d = Loose.parse(req.body); await User.create(d); res.end(); });
app.post('/2', async (req, res) => { const d = z.record(z.string(), z.any()).parse(req.body); await User.create(d); res.end(); });
app.post('/3', async (req, res) => { const { value } = Joi.object({ name: Joi.string() }).unknown(true).validate(req.body); await User.create(value); res.end(); });
app.post('/4', async (req, res) => { const d = z.looseObject({ name: z.string() }).parse(req.body); await User.create(d); res.end(); });
`,
      errors: [
        { messageId: 'massAssignment', line: 8, column: 89 },
        { messageId: 'massAssignment', line: 9, column: 113 },
        { messageId: 'massAssignment', line: 10, column: 143 },
        { messageId: 'massAssignment', line: 11, column: 119 },
      ],
    },
  ],
});

jsRuleTester.run('no-mass-assignment (JavaScript)', rule, {
  valid: [
    // espree gives classes no `decorators` property at all.
    `
class TokenError extends Error {
  constructor(message) {
    super(message);
  }
}
module.exports = { TokenError };
`,
    `
const express = require('express');
const { User } = require('./models');
const app = express();
app.post('/users', async (req, res) => {
  const { name, email } = req.body;
  res.json(await User.create({ name, email }));
});
`,
  ],
  invalid: [
    {
      code: `
const express = require('express');
const { User } = require('./models');
const app = express();
app.post('/users', async function (req, res) {
  res.json(await User.create(req.body));
});
`,
      errors: [{ messageId: 'massAssignment', line: 6, column: 30 }],
    },
    {
      code: `
const { Router } = require('express');
const Item = require('./item');
const router = Router();
router.post('/', (req, res) => new Item(req.body).save());
`,
      errors: [{ messageId: 'massAssignment', line: 5, column: 41 }],
    },
  ],
});
