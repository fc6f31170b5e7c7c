import rule from '../../src/rules/require-input-validation';
import { jsRuleTester, ruleTester } from '../rule-tester';

ruleTester.run('require-input-validation', rule, {
  valid: [
    // Field case C27: a validation middleware imported from a local module.
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
    // zod in the handler, and reads after it.
    `
import express from 'express';
import { z } from 'zod';
const app = express();
const CreateUser = z.object({ email: z.string().email() });
app.post('/users', (req, res) => {
  const input = CreateUser.parse(req.body);
  res.json(input);
});
`,
    `
import express from 'express';
import { z } from 'zod';
const app = express();
const Schema = z.object({ email: z.string() });
app.post('/users', async (req, res) => {
  const result = await Schema.safeParseAsync(req.body);
  if (!result.success) return res.status(400).json(result.error);
  res.json({ echo: req.body.email });
});
`,
    // A local first, then the schema.
    `
import { Router } from 'express';
import { z } from 'zod';
const router = Router();
const Query = z.object({ page: z.coerce.number() });
router.get('/items', (req, res) => {
  const raw = req.query;
  const { page } = Query.parse(raw);
  res.json({ page });
});
`,
    // joi.
    `
import express from 'express';
import Joi from 'joi';
const app = express();
const schema = Joi.object({ name: Joi.string().max(50) });
app.post('/pets', async (req, res) => {
  const { error, value } = schema.validate(req.body);
  if (error) return res.status(400).end();
  res.json(value);
});
`,
    `
const express = require('express');
const Joi = require('joi');
const app = express();
app.post('/pets', async (req, res) => {
  const value = await petSchema.validateAsync(req.body, { stripUnknown: true });
  res.json(value);
});
`,
    // yup.
    `
import express from 'express';
import * as yup from 'yup';
const app = express();
app.put('/profile', async (req, res) => {
  const profile = await profileSchema.validate(req.body);
  res.json(profile);
});
`,
    // valibot, named and namespace.
    `
import express from 'express';
import { parse } from 'valibot';
const app = express();
app.post('/login', (req, res) => {
  const input = parse(LoginSchema, req.body);
  res.json(input);
});
`,
    `
import express from 'express';
import * as v from 'valibot';
const app = express();
app.post('/login', (req, res) => {
  const input = v.parse(LoginSchema, { ...req.body });
  res.json(input);
});
`,
    // superstruct, ajv, TypeBox, typia.
    `
import express from 'express';
import { assert, create } from 'superstruct';
const app = express();
app.post('/a', (req, res) => {
  assert(req.body, Article);
  res.json(req.body.title);
});
app.post('/b', (req, res) => {
  const article = create(req.body, Article);
  res.json(article);
});
`,
    `
import express from 'express';
import Ajv from 'ajv';
const ajv = new Ajv();
const check = ajv.compile(schema);
const app = express();
app.post('/a', (req, res) => {
  if (!check(req.body)) return res.status(400).json(check.errors);
  res.json(req.body);
});
app.post('/b', (req, res) => {
  if (!ajv.validate(schema, req.body)) return res.status(400).end();
  res.json(req.body);
});
`,
    `
import express from 'express';
import { Value } from '@sinclair/typebox/value';
import typia from 'typia';
const app = express();
app.post('/a', (req, res) => {
  if (!Value.Check(Item, req.body)) return res.status(400).end();
  res.json(req.body);
});
app.post('/b', (req, res) => {
  const item = typia.assert<Item>(req.body);
  res.json(item);
});
`,
    // class-validator with class-transformer.
    `
import express from 'express';
import { plainToInstance } from 'class-transformer';
import { validateOrReject } from 'class-validator';
const app = express();
app.post('/users', async (req, res) => {
  const dto = plainToInstance(CreateUserDto, req.body);
  await validateOrReject(dto);
  res.json(dto);
});
`,
    // express-validator chains and validationResult.
    `
import express from 'express';
import { body, validationResult } from 'express-validator';
const app = express();
app.post('/signup', body('email').isEmail(), body('password').isLength({ min: 12 }), (req, res) => {
  if (!validationResult(req).isEmpty()) return res.status(400).end();
  res.json({ email: req.body.email });
});
`,
    `
import express from 'express';
import { checkSchema, matchedData } from 'express-validator';
const app = express();
const rules = [checkSchema({ email: { isEmail: true } })];
app.post('/signup', rules, (req, res) => {
  const data = matchedData(req);
  res.json(data);
});
`,
    // The chains live in another file; the handler asks for their result.
    `
import express from 'express';
import { validationResult } from 'express-validator';
import { signupRules } from './rules';
const app = express();
app.post('/signup', signupRules, (req, res) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(422).json(errors.array());
  res.json(req.body);
});
`,
    // celebrate.
    `
import express from 'express';
import { celebrate, Joi, Segments } from 'celebrate';
const app = express();
app.post('/items', celebrate({ [Segments.BODY]: Joi.object({ name: Joi.string() }) }), (req, res) => {
  res.json(req.body.name);
});
`,
    // express-openapi-validator on the app.
    `
import express from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
const app = express();
app.use(OpenApiValidator.middleware({ apiSpec: './openapi.yaml' }));
app.post('/items', (req, res) => res.json(req.body));
`,
    // zod-express-middleware, in an array and through a const.
    `
import express from 'express';
import { validateRequest } from 'zod-express-middleware';
const app = express();
const checkItem = validateRequest({ body: Item, query: Paging });
app.post('/items', [auth, checkItem], (req, res) => {
  res.json({ ...req.body, page: req.query.page });
});
`,
    // Router-level validation before the route.
    `
import express from 'express';
const router = express.Router();
router.use(validateBody(Item));
router.post('/items', (req, res) => res.json(req.body));
`,
    // Names from the options.
    {
      code: `
import express from 'express';
const app = express();
app.post('/a', guard(Item), (req, res) => res.json(req.body));
app.post('/b', (req, res) => res.json(ensureShape(req.body)));
`,
      options: [{ middleware: ['guard'], validators: ['ensureShape'] }],
    },
    // A presence check is not a read.
    `
import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  if (!req.body) return res.status(400).end();
  const item = ItemSchema.parse(req.body);
  res.json(item);
});
`,
    // Params and headers are off by default.
    `
import express from 'express';
const app = express();
app.get('/users/:id', (req, res) => {
  res.json({ id: req.params.id, agent: req.headers['user-agent'], lang: req.get('accept-language') });
});
`,
    // A router passed in as a parameter, a wrapped handler, a destructured request.
    `
import { z } from 'zod';
export function mount(router) {
  router.post('/a', asyncHandler(async (req, res) => {
    const input = z.object({ a: z.string() }).parse(req.body);
    res.json(input);
  }));
  router.post('/b', ({ body }, res) => {
    res.json(Schema.parse(body));
  });
}
`,
    // Not a route registration: a Map and a plain object.
    `
const cache = new Map();
cache.get('/users', (req) => req.body);
const app = { post: (path, fn) => fn };
app.post('/x', (req) => req.body);
`,
    // Handlers that are not functions here: quiet, never a crash. Handlers
    // imported from another file are not checked (see Known Limitations).
    `
import express from 'express';
import { handlers } from './handlers';
const app = express();
app.post('/a', handlers.create);
app.post('/b', makeHandler());
app.post('/c', ...middleware);
app.post('/d');
app.post();
`,
    // Fastify: schema on the route and on shorthand options.
    `
import Fastify from 'fastify';
const fastify = Fastify();
fastify.post('/items', { schema: { body: ItemSchema } }, async (request) => {
  return request.body;
});
fastify.route({
  method: 'GET',
  url: '/items',
  schema: { querystring: { type: 'object', properties: { q: { type: 'string' } } } },
  handler: async (request) => request.query.q,
});
`,
    `
import fastify from 'fastify';
const app = fastify();
const opts = { schema: { body: CreateItem, querystring: Paging } };
app.post('/items', opts, async (request, reply) => {
  reply.send({ ...request.body, page: request.query.page });
});
app.get('/other', { schema: sharedSchema }, async (request) => request.query);
`,
    `
export default async function routes(fastify) {
  fastify.post('/items', { preValidation: [validateBody(Item)] }, async (request) => request.body);
}
`,
    // Koa.
    `
import Router from '@koa/router';
const router = new Router();
router.post('/items', async (ctx) => {
  const item = ItemSchema.parse(ctx.request.body);
  ctx.body = item;
});
router.get('/items', validate({ query: Paging }), async (ctx) => {
  ctx.body = await list(ctx.query.page);
});
`,
    // Hono.
    `
import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
const app = new Hono();
app.post('/items', zValidator('json', Item), async (c) => {
  const item = c.req.valid('json');
  return c.json(item);
});
app.post('/raw', async (c) => {
  const item = Item.parse(await c.req.json());
  return c.json(item);
});
app.get('/search', async (c) => {
  const body = await c.req.json();
  const parsed = Search.safeParse(body);
  return c.json(parsed);
});
`,
    // NestJS DTOs and pipes.
    `
import { Body, Controller, Param, ParseIntPipe, Post, Query, ValidationPipe } from '@nestjs/common';
import { CreateUserDto } from './dto';
class ListQuery { page?: number }
@Controller('users')
export class UsersController {
  @Post()
  create(@Body() dto: CreateUserDto, @Query() query: ListQuery) {
    return this.users.create(dto, query);
  }
  @Post(':id')
  update(@Param('id', ParseIntPipe) id: number, @Body(new ValidationPipe()) body: any, @Query('q', new ParseStringPipe()) q: string) {
    return this.users.update(id, body, q);
  }
}
`,
    // NestJS: a loose parameter parsed on first use.
    `
import { Body, Controller, Post } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Post()
  create(@Body() body: unknown) {
    const item = ItemSchema.parse(body);
    return this.items.create(item);
  }
}
`,
    // Not a controller, or decorators of another library.
    `
import { Body } from './decorators';
export class Service {
  handle(@Body() body: any) {
    return body;
  }
}
`,
    // Next.js: outside pages/api, the default export is not a handler.
    {
      code: `
export default function handler(req, res) {
  res.json(req.body);
}
`,
      filename: 'src/components/handler.ts',
    },
    {
      code: `
import { z } from 'zod';
export default async function handler(req, res) {
  const input = z.object({ name: z.string() }).parse(req.body);
  res.json(input);
}
`,
      filename: 'pages/api/users.ts',
    },
    {
      code: `
export async function POST(request: Request) {
  const input = Item.parse(await request.json());
  return Response.json(input);
}
export async function GET(request: NextRequest) {
  const query = Search.parse(Object.fromEntries(request.nextUrl.searchParams));
  return Response.json(query);
}
`,
      filename: 'app/api/items/route.ts',
    },
    // Shadowed request parameter: the inner req is not the request.
    `
import express from 'express';
const app = express();
app.post('/x', (req, res) => {
  const run = (req) => req.body;
  res.json(Schema.parse(req.body));
});
`,
    // Error handlers and app.use middleware are not routes (see Known Limitations).
    `
import express from 'express';
const app = express();
app.use((req, res, next) => { log(req.body); next(); });
app.use((err, req, res, next) => res.status(500).json(req.body));
`,
    // An inline middleware that validates before the handler.
    `
import express from 'express';
const app = express();
const checkItem = (req, res, next) => {
  const result = Item.safeParse(req.body);
  if (!result.success) return res.status(400).json(result.error);
  next();
};
app.post('/items', checkItem, (req, res) => res.json(req.body));
app.put('/items', (req, res, next) => { Item.parse(req.body); next(); }, (req, res) => res.json(req.body));
`,
    // Namespace import called directly, and a shadowed express.
    `
import * as express from 'express';
const app = express();
app.post('/items', validate(Item), (req, res) => res.json(req.body));
`,
    `
function express() { return { post() {} }; }
const app = express();
app.post('/items', (req, res) => res.json(req.body));
`,
    // hapi routes validate through their own options.
    `
export function register(server) {
  server.route({
    method: 'POST',
    path: '/items',
    options: { validate: { payload: Item, query: Paging } },
    handler: (request, h) => save(request.payload, request.query.page),
  });
}
`,
    // An HTTP client named like a router is not one; Node's server events are no routes.
    `
import { api } from './client';
import { server } from './server';
api.get('/users', { params: { q } });
api.post('/users', payload, (err, res) => res.body);
server.on('request', (req, res) => res.end(req.headers.host));
`,
    // An Express error handler on a route.
    `
import express from 'express';
const app = express();
app.post('/x', (err, req, res, next) => res.status(500).json(req.body));
`,
    // Half-written and odd code: quiet, never a crash.
    `
import express from 'express';
import { Body, Controller, Post } from '@nestjs/common';
const app = express();
app.get('/a', (req, res) => req[key]);
app.get('/b', (req, res) => { req.body = {}; });
app.get('/c', function () { return arguments[0].body; });
app.get(\`/d\`, async ([first], res) => first);
app[method]('/e', (req) => req.body);
app.route().get();
@Controller()
export class C {
  @Post() create(@Body() ...rest: any[]) { return rest; }
  @Post() other(@Body ok: any, [x]: any) { return [ok, x]; }
}
`,
    // Only JSX and unrelated classes.
    {
      code: `
import { Controller } from '@nestjs/common';
@Injectable()
export class NotAController {
  handle(@Body() body: any) { return body; }
}
export const view = (props: { body: string }) => props.body;
`,
    },
    // Koa: ctx.body is the response.
    `
import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
const router = new Router();
router.get('/health', async (ctx) => {
  ctx.body = { ok: true };
  ctx.status = ctx.body ? 200 : 500;
});
app.use(router.routes());
`,
    // Hono validators of other kinds: valibot, typebox, standard-schema.
    `
import { Hono } from 'hono';
import { vValidator } from '@hono/valibot-validator';
import { sValidator } from '@hono/standard-validator';
const app = new Hono();
app.post('/a', vValidator('json', Item), (c) => c.json(c.req.valid('json')));
app.get('/b', sValidator('query', Search), (c) => c.json(c.req.query('q')));
`,
    // Express 5 async handler validating form the query with a pipe of helpers.
    `
import express from 'express';
const app = express();
app.get('/items', async (req, res) => {
  const { page, size } = PagingSchema.parse(req.query);
  res.json(await list(page, size, req.query.sort));
});
`,
    // Any validate-named middleware counts, whatever it does (see Known Limitations).
    `
import express from 'express';
import { validateInput } from './middleware';
const app = express();
app.post('/items', validateInput, (req, res) => res.json(req.body));
`,
    // An ignored validation result still counts (see Known Limitations).
    `
import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  schema.validate(req.body);
  res.json(req.body);
});
`,
    // An imported type is taken for a DTO class (see Known Limitations).
    `
import { Body, Controller, Post } from '@nestjs/common';
import type { CreateUserInput } from './types';
@Controller('users')
export class UsersController {
  @Post()
  create(@Body() input: CreateUserInput) {
    return input;
  }
}
`,
    // The request stored in another variable is not followed (see Known Limitations).
    `
import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  const request = req;
  res.json(request.body);
});
`,
    // An app from a local factory is not recognised (see Known Limitations).
    `
const app = createApp();
app.post('/items', (req, res) => res.json(req.body));
`,
    // express-validator through a namespace import and an alias.
    `
import express from 'express';
import * as ev from 'express-validator';
import { body as b } from 'express-validator';
const app = express();
app.post('/a', ev.body('email').isEmail(), (req, res) => res.json(req.body.email));
app.post('/b', b('email').isEmail(), (req, res) => res.json(req.body.email));
`,
    // valibot's parse under another name.
    `
import express from 'express';
import { object, string, parse as vparse } from 'valibot';
const app = express();
const Item = object({ name: string() });
app.post('/items', (req, res) => res.json(vparse(Item, req.body)));
`,
    // Schemas, keyed objects and DTO classes given to validate-named middleware.
    `
import express from 'express';
import { z } from 'zod';
import Joi from 'joi';
import { validateBody, validateQuery, validate } from './middleware';
const app = express();
const createItem = z.object({ name: z.string() });
const paging = Joi.object({ page: Joi.number() });
class ItemDto { name!: string; }
app.post('/1', validateBody(createItem), (req, res) => res.json(req.body));
app.get('/2', validateQuery(paging), (req, res) => res.json(req.query));
app.post('/3', validate(ItemDto), (req, res) => res.json(req.body));
app.post('/4', validate({ body: createItem }), (req, res) => res.json(req.body));
app.post('/5', validate(schemas.createItem), (req, res) => res.json(req.body));
`,
    // express-openapi-validator validates requests unless told not to.
    `
import express from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
const app = express();
app.use(OpenApiValidator.middleware({ apiSpec: './openapi.yaml', validateRequests: true }));
app.post('/items', (req, res) => res.json(req.body));
`,
    // NestJS: pipes on the method or on the controller class.
    `
import { Body, Controller, Post, UsePipes, ValidationPipe } from '@nestjs/common';
import { ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
const CreateCat = z.object({ name: z.string() });
type CreateCatInput = z.infer<typeof CreateCat>;
@Controller('cats')
export class CatsController {
  @Post()
  @UsePipes(new ZodValidationPipe(CreateCat))
  create(@Body() input: CreateCatInput) { return input; }
}
@Controller('dogs')
@UsePipes(ValidationPipe)
export class DogsController {
  @Post()
  create(@Body() input: { name: string }) { return input; }
}
`,
    // Validation middleware factories written in the file, whatever their name.
    `
import express from 'express';
import { z } from 'zod';
const app = express();
const S = z.object({ name: z.string() });
const withSchema = (schema: z.ZodTypeAny) => (req: any, res: any, next: any) => {
  const r = schema.safeParse(req.body);
  if (!r.success) return res.status(400).end();
  req.body = r.data;
  next();
};
function zodBody(schema: z.ZodTypeAny): express.RequestHandler {
  return (req, res, next) => { req.body = schema.parse(req.body); next(); };
}
app.post('/1', withSchema(S), (req, res) => res.json(req.body));
app.post('/2', zodBody(S), (req, res) => res.json(req.body));
`,
    // Presence and type checks come before the validation.
    `
import express from 'express';
import { z } from 'zod';
const app = express();
const S = z.object({ email: z.string() });
app.post('/1', (req, res) => { if (req.body === undefined) return res.status(400).end(); res.json(S.parse(req.body)); });
app.post('/2', (req, res) => { if (req.body == null) return res.status(400).end(); res.json(S.parse(req.body)); });
app.post('/3', (req, res) => { if (Object.keys(req.body).length === 0) return res.status(400).end(); res.json(S.parse(req.body)); });
app.post('/4', (req, res) => { if (!('email' in req.body)) return res.status(400).end(); res.json(S.parse(req.body)); });
app.post('/5', (req, res) => { if (!Array.isArray(req.body)) return res.status(400).end(); res.json(S.array().parse(req.body)); });
app.post('/6', (req, res) => { if (typeof req.body?.email !== 'string') return res.status(400).end(); res.json(S.parse(req.body)); });
`,
    // Numbers and booleans made from the query carry no shape.
    `
import express from 'express';
const app = express();
app.get('/1', (req, res) => res.json({ page: Number(req.query.page) || 1 }));
app.get('/2', (req, res) => res.json({ page: parseInt(String(req.query.page ?? '1'), 10) }));
app.get('/3', (req, res) => res.json({ limit: Math.min(Number(req.query.limit), 100) }));
app.get('/4', (req, res) => res.json({ x: parseFloat(req.query.x as string), y: +req.query.y! }));
app.get('/5', (req, res) => res.json({ all: req.query.all === 'true', b: Boolean(req.query.b) }));
`,
    // Webhooks are checked by their signature.
    `
import express from 'express';
import Stripe from 'stripe';
import { Webhook } from 'svix';
const stripe = new Stripe(process.env.STRIPE_KEY!);
const app = express();
app.post('/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature')!, secret);
  res.json({ type: event.type });
});
app.post('/svix', express.raw({ type: 'application/json' }), (req, res) => {
  const wh = new Webhook(secret);
  res.json(wh.verify(req.body, req.headers as any));
});
app.post('/gh', (req, res) => { verifySignature(req.body, req.get('x-hub-signature-256')); res.end(); });
`,
    {
      code: `
export async function POST(req: Request) {
  const body = await req.text();
  const event = stripe.webhooks.constructEvent(body, req.headers.get('stripe-signature')!, secret);
  return Response.json({ type: event.type });
}
`,
      filename: 'app/api/webhook/route.ts',
    },
    // Dotted names in the options match member calls.
    {
      code: `
import express from 'express';
const app = express();
app.post('/1', (req, res) => res.json(Checker.run(req.body)));
app.post('/2', mw.check(schema), (req, res) => res.json(req.body.a));
`,
      options: [{ validators: ['Checker.run'], middleware: ['mw.check'] }],
    },

    // The new handler shapes stay quiet when they validate.
    `
import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
const app = new Hono()
  .post('/h', zValidator('json', Body), (c) => c.json(c.req.valid('json')))
  .post('/r', async (c) => c.json(Body.parse(await c.req.raw.json())));
`,
    `
import Fastify, { FastifyInstance } from 'fastify';
const app = Fastify();
app.withTypeProvider<ZodTypeProvider>().post('/3', { schema: { body: Item } }, async (req) => req.body.a);
export default async function (fastify: FastifyInstance) {
  const f = fastify.withTypeProvider<TypeBoxTypeProvider>();
  f.get('/5', { schema: { querystring: Q } }, async (req) => req.query.q);
}
`,
    {
      code: `
async function handler(req: Request) { return Response.json(Item.parse(await req.json())); }
export { handler as POST };
export { helper };
`,
      filename: 'app/api/items/route.ts',
    },
    // A method of an instance is not resolved (see Known Limitations).
    `
import { Router } from 'express';
const router = Router();
class C { async create(req: any, res: any) { res.json(req.body); } }
const c = new C();
router.post('/1', c.create.bind(c));
`,

  ],
  invalid: [
    {
      code: `
import express from 'express';
const app = express();
app.post('/users', (req, res) => {
  res.json(req.body);
});
`,
      errors: [{ messageId: 'unvalidatedInput', line: 5, column: 12, endLine: 5, endColumn: 20 }],
    },
    // Only the first read of each source is reported.
    {
      code: `
import express from 'express';
const app = express();
app.get('/search', async (req, res) => {
  const q = req.query.q;
  const page = req.query.page;
  const item = await db.items.create({ name: req.body.name, q, page });
  res.json(item);
});
`,
      errors: [
        { messageId: 'unvalidatedInput', line: 5, column: 13, endLine: 5, endColumn: 22 },
        { messageId: 'unvalidatedInput', line: 7, column: 46, endLine: 7, endColumn: 54 },
      ],
    },
    // Validated after it was read: the first read is still unchecked.
    {
      code: `
import express from 'express';
const app = express();
app.post('/users', (req, res) => {
  log(req.body.email);
  const input = CreateUser.parse(req.body);
  res.json(input);
});
`,
      errors: [{ messageId: 'unvalidatedInput', line: 5, column: 7 }],
    },
    // A router, Router() named import, aliased express.
    {
      code: `
import { Router as makeRouter } from 'express';
const router = makeRouter();
router.put('/items/:id', (req, res) => update(req.params.id, req.body));
`,
      errors: [{ messageId: 'unvalidatedInput', line: 4, column: 62 }],
    },
    {
      code: `
import * as ex from 'express';
const app = ex.default();
const api = ex.Router();
api.patch('/me', (req, res) => res.json(req.body));
`,
      errors: [{ messageId: 'unvalidatedInput', line: 5, column: 41 }],
    },
    // A router from another file, by name.
    {
      code: `
import { usersRouter } from './routers';
usersRouter.post('/', async (req, res) => save(req.body));
`,
      errors: [{ messageId: 'unvalidatedInput', line: 3, column: 48 }],
    },
    // app.route() chains.
    {
      code: `
import express from 'express';
const app = express();
app.route('/book').get((req, res) => res.json(find(req.query))).post((req, res) => res.json(add(req.body)));
`,
      errors: [
        { messageId: 'unvalidatedInput', line: 4, column: 52 },
        { messageId: 'unvalidatedInput', line: 4, column: 97 },
      ],
    },
    // Renamed, optional chaining, element access.
    {
      code: `
import express from 'express';
const app = express();
app.post('/a', (request, response) => response.json(request?.body));
app.post('/b', (r, s) => s.json(r['query']));
`,
      errors: [
        { messageId: 'unvalidatedInput', line: 4, column: 53, endColumn: 66 },
        { messageId: 'unvalidatedInput', line: 5, column: 33, endColumn: 43 },
      ],
    },
    // Destructured in the parameter list and in the body.
    {
      code: `
import express from 'express';
const app = express();
app.post('/a', ({ body }, res) => res.json(body.name));
app.post('/b', (req, res) => {
  const { query } = req;
  res.json(query.q);
});
`,
      errors: [
        { messageId: 'unvalidatedInput', line: 4, column: 44 },
        { messageId: 'unvalidatedInput', line: 7, column: 12 },
      ],
    },
    // Named handlers: function declarations and const arrows.
    {
      code: `
import express from 'express';
const app = express();
function createUser(req, res) {
  return User.create({ email: req.body.email });
}
const listUsers = async (req, res) => res.json(await search(req.query.q));
app.post('/users', auth, createUser);
app.get('/users', listUsers);
`,
      errors: [
        { messageId: 'unvalidatedInput', line: 5, column: 31 },
        { messageId: 'unvalidatedInput', line: 7, column: 61 },
      ],
    },
    // Middleware that does not validate.
    {
      code: `
import express from 'express';
import rateLimit from 'express-rate-limit';
const app = express();
app.use(express.json());
app.post('/login', rateLimit({ max: 5 }), authenticate, (req, res) => login(req.body));
`,
      errors: [{ messageId: 'unvalidatedInput', line: 6, column: 77 }],
    },
    // Validation of one source leaves the other unchecked.
    {
      code: `
import express from 'express';
const app = express();
app.post('/items', validateBody(Item), (req, res) => res.json({ ...req.body, page: req.query.page }));
`,
      errors: [{ messageId: 'unvalidatedInput', line: 4, column: 84 }],
    },
    {
      code: `
import express from 'express';
import { query } from 'express-validator';
const app = express();
app.post('/items', query('page').isInt(), (req, res) => res.json(req.body));
`,
      errors: [{ messageId: 'unvalidatedInput', line: 5, column: 66 }],
    },
    // Router-level validation on another router does not count.
    {
      code: `
import express from 'express';
const adminRouter = express.Router();
const userRouter = express.Router();
adminRouter.use(validateBody(AdminAction));
userRouter.post('/me', (req, res) => res.json(req.body));
`,
      errors: [{ messageId: 'unvalidatedInput', line: 6, column: 47 }],
    },
    // A parse call that is not a schema.
    {
      code: `
import express from 'express';
const app = express();
app.post('/hook', (req, res) => {
  const event = JSON.parse(req.body);
  res.json(event);
});
`,
      errors: [{ messageId: 'unvalidatedInput', line: 5, column: 28 }],
    },
    // Sources from the options.
    {
      code: `
import express from 'express';
const app = express();
app.get('/users/:id', (req, res) => res.json(find(req.params.id, req.headers['x-tenant'])));
`,
      options: [{ sources: ['params', 'headers'] }],
      errors: [
        { messageId: 'unvalidatedInput', line: 4, column: 51 },
        { messageId: 'unvalidatedInput', line: 4, column: 66 },
      ],
    },
    // Fastify without a schema, and a schema without the source.
    {
      code: `
import Fastify from 'fastify';
const fastify = Fastify({ logger: true });
fastify.post('/items', async (request, reply) => {
  return save(request.body);
});
fastify.get('/items', { schema: { params: IdParams } }, async (request) => list(request.query.page));
`,
      errors: [
        { messageId: 'unvalidatedInput', line: 5, column: 15 },
        { messageId: 'unvalidatedInput', line: 7, column: 81 },
      ],
    },
    {
      code: `
import { fastify } from 'fastify';
const server = fastify();
server.route({
  method: 'POST',
  url: '/items',
  schema: { response: { 200: Item } },
  handler: async (request) => save(request.body),
});
`,
      errors: [{ messageId: 'unvalidatedInput', line: 8, column: 36 }],
    },
    // A Fastify plugin: the instance is a parameter.
    {
      code: `
export default async function routes(fastify, opts) {
  fastify.put('/items/:id', async (request) => update(request.body));
}
`,
      errors: [{ messageId: 'unvalidatedInput', line: 3, column: 55 }],
    },
    // Koa with @koa/router and koa-router.
    {
      code: `
import Router from '@koa/router';
const router = new Router();
router.post('/items', async (ctx) => {
  ctx.body = await save(ctx.request.body);
});
`,
      errors: [{ messageId: 'unvalidatedInput', line: 5, column: 25, endColumn: 41 }],
    },
    {
      code: `
const Router = require('koa-router');
const router = new Router();
router.get('/items', async (ctx) => {
  ctx.body = await list(ctx.query.page, ctx.request.query.size);
});
`,
      errors: [{ messageId: 'unvalidatedInput', line: 5, column: 25, endColumn: 34 }],
    },
    // Hono.
    {
      code: `
import { Hono } from 'hono';
const app = new Hono();
app.post('/items', async (c) => {
  const item = await c.req.json();
  return c.json(await save(item));
});
app.get('/search', (c) => c.json(find(c.req.query('q'))));
`,
      errors: [
        { messageId: 'unvalidatedInput', line: 5, column: 22, endColumn: 34 },
        { messageId: 'unvalidatedInput', line: 8, column: 39, endColumn: 55 },
      ],
    },
    {
      code: `
import { Hono } from 'hono';
const app = new Hono().basePath('/api');
app.post('/upload', async (c) => c.json(await store(await c.req.parseBody())));
`,
      errors: [{ messageId: 'unvalidatedInput', line: 4, column: 59 }],
    },
    // NestJS: parameters ValidationPipe cannot check.
    {
      code: `
import { Body, Controller, Post, Query } from '@nestjs/common';
@Controller('users')
export class UsersController {
  @Post()
  create(@Body() body: any) {
    return this.users.create(body);
  }
}
`,
      errors: [{ messageId: 'unvalidatedNestInput', line: 6, column: 10, endColumn: 17 }],
    },
    {
      code: `
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
interface CreateUserInput { email: string }
type Filter = { q: string };
@Controller('users')
export class UsersController {
  @Post()
  create(@Body() input: CreateUserInput) {
    return this.users.create(input);
  }
  @Get()
  list(@Query() filter: Filter, @Query('page') page: string) {
    return this.users.list(filter, page);
  }
  @Post('bulk')
  bulk(@Body() rows: Record<string, unknown>, @Body('tags') tags: { name: string }[]) {
    return this.users.bulk(rows, tags);
  }
}
`,
      errors: [
        { messageId: 'unvalidatedNestInput', line: 8, column: 10 },
        { messageId: 'unvalidatedNestInput', line: 12, column: 8 },
        { messageId: 'unvalidatedNestInput', line: 16, column: 8 },
      ],
    },
    {
      code: `
import * as common from '@nestjs/common';
import { Controller, Body as RequestBody } from '@nestjs/common';
@Controller()
export class Hooks {
  receive(@RequestBody() payload: object) {
    return payload;
  }
}
`,
      errors: [{ messageId: 'unvalidatedNestInput', line: 6, column: 11 }],
    },
    // Next.js pages API and App Router.
    {
      code: `
export default async function handler(req, res) {
  const user = await prisma.user.findUnique({ where: { email: req.query.email } });
  res.json(user);
}
`,
      filename: 'pages/api/user.ts',
      errors: [{ messageId: 'unvalidatedInput', line: 3, column: 63 }],
    },
    {
      code: `
const handler = async (req: NextApiRequest, res: NextApiResponse) => {
  res.json(await save(req.body));
};
export default withSession(handler);
`,
      filename: 'src/pages/api/items/[id].ts',
      errors: [{ messageId: 'unvalidatedInput', line: 3, column: 23 }],
    },
    {
      code: `
export async function POST(request: Request) {
  const data = await request.json();
  return Response.json(await save(data));
}
export const GET = async (request: NextRequest) => {
  const q = request.nextUrl.searchParams.get('q');
  const { searchParams } = new URL(request.url);
  return Response.json(await find(q, searchParams));
};
`,
      filename: 'app/api/items/route.ts',
      errors: [
        { messageId: 'unvalidatedInput', line: 3, column: 22, endColumn: 36 },
        { messageId: 'unvalidatedInput', line: 7, column: 13, endColumn: 41 },
      ],
    },
    {
      code: `
export async function PUT(request: Request) {
  const form = await request.formData();
  return Response.json(await save(Object.fromEntries(form)));
}
export async function DELETE(request: Request) {
  return Response.json(await drop(new URL(request.url).searchParams.get('id')));
}
`,
      filename: 'src/app/items/[id]/route.ts',
      errors: [
        { messageId: 'unvalidatedInput', line: 3, column: 22 },
        { messageId: 'unvalidatedInput', line: 7, column: 35 },
      ],
    },
    // Next.js App Router route parameters, when asked for.
    {
      code: `
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return Response.json(await find(id));
}
`,
      filename: 'app/items/[id]/route.ts',
      options: [{ sources: ['params'] }],
      errors: [{ messageId: 'unvalidatedInput', line: 3, column: 24, endColumn: 38 }],
    },
    // A middleware that reads without validating does not count.
    {
      code: `
import * as express from 'express';
const app = express();
app.post('/items', (req, res, next) => { log(req.body); next(); }, (req, res) => res.json(req.query));
`,
      errors: [{ messageId: 'unvalidatedInput', line: 4, column: 91 }],
    },
    // Validating a different object does not validate the request.
    {
      code: `
import express from 'express';
const app = express();
app.post('/x', (req, res) => {
  const settings = Settings.parse(defaults);
  res.json(merge(settings, req.body));
});
`,
      errors: [{ messageId: 'unvalidatedInput', line: 6, column: 28 }],
    },
    // A handler in an array of middleware.
    {
      code: `
import express from 'express';
const app = express();
app.post('/x', [auth, (req, res) => res.json(req.body)]);
`,
      errors: [{ messageId: 'unvalidatedInput', line: 4, column: 46 }],
    },
    // TypeScript wrappers around the read.
    {
      code: `
import express, { type Request } from 'express';
const app = express();
app.post('/x', (req: Request, res) => {
  const input = req.body as CreateItem;
  const again = req.body!;
  res.json({ input, again });
});
`,
      errors: [{ messageId: 'unvalidatedInput', line: 5, column: 17 }],
    },
    // express-validator checks one source: the body is checked, the query not.
    {
      code: `
import express from 'express';
import * as ev from 'express-validator';
const app = express();
app.post('/a', ev.body('email').isEmail(), (req, res) => res.json(req.query));
`,
      errors: [{ messageId: 'unvalidatedInput', line: 5, column: 67 }],
    },
    // Authentication middleware named validate* validates no input.
    {
      code: `
import express from 'express';
const app = express();
app.post('/1', validateRole('admin'), (req, res) => res.json(req.body));
app.post('/2', validateJwt({ secret }), (req, res) => res.json(req.body));
app.post('/3', validateApiKey(process.env.KEY), (req, res) => res.json(req.body));
app.post('/4', validateToken, (req, res) => res.json(req.body));
`,
      errors: [
        { messageId: 'unvalidatedInput', line: 4, column: 62 },
        { messageId: 'unvalidatedInput', line: 5, column: 64 },
        { messageId: 'unvalidatedInput', line: 6, column: 72 },
        { messageId: 'unvalidatedInput', line: 7, column: 54 },
      ],
    },
    {
      code: `
import express from 'express';
const app = express();
app.use(validateToken({ issuer: 'https://auth.example.com' }));
app.post('/users', (req, res) => res.json(req.body));
`,
      errors: [{ messageId: 'unvalidatedInput', line: 5, column: 43 }],
    },
    {
      code: `
import express from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
const app = express();
app.use(OpenApiValidator.middleware({ apiSpec: './openapi.yaml', validateRequests: false }));
app.post('/items', (req, res) => res.json(req.body));
`,
      errors: [{ messageId: 'unvalidatedInput', line: 6, column: 43 }],
    },
    // A factory that only checks a header is no validation.
    {
      code: `
import express from 'express';
const app = express();
const requireHeader = (name: string) => (req: any, res: any, next: any) => { if (!req.get(name)) return res.status(400).end(); next(); };
app.post('/1', requireHeader('x-id'), (req, res) => res.json(req.body));
`,
      errors: [{ messageId: 'unvalidatedInput', line: 5, column: 62 }],
    },
    // After a presence check, the first real read is reported.
    {
      code: `
import express from 'express';
const app = express();
app.post('/1', (req, res) => { if (typeof req.body?.email !== 'string') return res.status(400).end(); res.json(req.body.email); });
app.get('/2', (req, res) => res.json({ page: Number(req.query.page), q: req.query.q }));
`,
      errors: [
        { messageId: 'unvalidatedInput', line: 4, column: 112 },
        { messageId: 'unvalidatedInput', line: 5, column: 73 },
      ],
    },
    // A coerced value compared with another input is still a use.
    {
      code: `
import express from 'express';
const app = express();
app.get('/1', (req, res) => res.json(find(String(req.query.name))));
`,
      errors: [{ messageId: 'unvalidatedInput', line: 4, column: 50 }],
    },
    // A body that is not given to the signature check is reported.
    {
      code: `
import express from 'express';
const app = express();
app.post('/hook', (req, res) => {
  const event = stripe.webhooks.constructEvent(raw, req.get('stripe-signature')!, secret);
  res.json({ event, note: req.body.note });
});
`,
      errors: [{ messageId: 'unvalidatedInput', line: 6, column: 27 }],
    },
    // Plural sources read as plural.
    {
      code: `
import express from 'express';
const app = express();
app.get('/7/:id', (req, res) => { res.json(req.params.id); });
app.get('/8', (req, res) => { res.json(req.headers.authorization); });
`,
      options: [{ sources: ['params', 'headers'] }],
      errors: [
        {
          messageId: 'unvalidatedInput',
          data: { source: 'route parameters', verb: 'are' },
          line: 4,
          column: 44,
        },
        {
          messageId: 'unvalidatedInput',
          data: { source: 'request headers', verb: 'are' },
          line: 5,
          column: 40,
        },
      ],
    },
    // A dotted name matches only that member call.
    {
      code: `
import express from 'express';
const app = express();
app.post('/1', (req, res) => res.json(other.run(req.body)));
`,
      options: [{ validators: ['Checker.run'] }],
      errors: [{ messageId: 'unvalidatedInput', line: 4, column: 49 }],
    },
    // NestJS: UsePipes without a pipe validates nothing.
    {
      code: `
import { Body, Controller, Post, UsePipes } from '@nestjs/common';
@Controller('cats')
export class CatsController {
  @Post()
  @UsePipes()
  create(@Body() input: { name: string }) { return input; }
}
`,
      errors: [{ messageId: 'unvalidatedNestInput', line: 7, column: 10 }],
    },

    // Hono: routes chained on `new Hono()`, `c.req.raw`, `const { req } = c`.
    {
      code: `
import { Hono } from 'hono';
const app = new Hono()
  .get('/i', (c) => c.json(c.req.query()))
  .post('/p', async (c) => c.json(await c.req.json()));
const other = new Hono();
other.post('/l', async (c) => c.json(await c.req.raw.json()));
other.get('/n', (c) => { const { req } = c; return c.json(req.query()); });
`,
      errors: [
        { messageId: 'unvalidatedInput', line: 4, column: 28 },
        { messageId: 'unvalidatedInput', line: 5, column: 41 },
        { messageId: 'unvalidatedInput', line: 7, column: 44 },
        { messageId: 'unvalidatedInput', line: 8, column: 59 },
      ],
    },
    // Fastify: type providers and plugin instances.
    {
      code: `
import Fastify, { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
const app = Fastify();
app.withTypeProvider<TypeBoxTypeProvider>().post('/1', async (request) => save(request.body));
export async function userRoutes(instance: FastifyInstance) {
  const typed = instance.withTypeProvider<TypeBoxTypeProvider>();
  typed.post('/2', async (request) => save(request.body));
}
const plugin: FastifyPluginAsync = async (f) => {
  f.post('/3', async (request) => save(request.body));
};
app.register(async (api) => { api.post('/4', async (request) => save(request.body)); });
`,
      errors: [
        { messageId: 'unvalidatedInput', line: 5, column: 80 },
        { messageId: 'unvalidatedInput', line: 8, column: 44 },
        { messageId: 'unvalidatedInput', line: 11, column: 40 },
        { messageId: 'unvalidatedInput', line: 13, column: 70 },
      ],
    },
    // Next.js: an exported alias and a destructured `nextUrl`.
    {
      code: `
import type { NextRequest } from 'next/server';
async function handler(req: Request) { return Response.json(await save(await req.json())); }
export { handler as POST };
export async function GET(req: NextRequest) {
  const { searchParams } = req.nextUrl;
  return Response.json(await find(searchParams.get('q')));
}
`,
      filename: 'app/api/users/route.ts',
      errors: [
        { messageId: 'unvalidatedInput', line: 3, column: 78 },
        { messageId: 'unvalidatedInput', line: 6, column: 28 },
      ],
    },
    // Koa: a destructured `request`.
    {
      code: `
import Router from '@koa/router';
const router = new Router();
router.post('/i', async ({ request, response }) => { response.body = request.body.name; });
`,
      errors: [
        { messageId: 'unvalidatedInput', line: 4, column: 70 },
      ],
    },
    // Controllers written in the file: an object literal and static methods.
    {
      code: `
import { Router } from 'express';
const router = Router();
const UserController = { create: async (req: any, res: any) => res.json(req.body) };
class Posts { static async create(req: any, res: any) { res.json(req.body); } }
router.post('/1', UserController.create);
router.post('/2', Posts.create);
`,
      errors: [
        { messageId: 'unvalidatedInput', line: 4, column: 73 },
        { messageId: 'unvalidatedInput', line: 5, column: 66 },
      ],
    },
    // A handler on two routes is reported once.
    {
      code: `
import express from 'express';
const app = express();
const handler: express.RequestHandler = async (req, res) => { res.json(req.body); };
app.post('/14', handler);
app.post('/15', [auth(), handler]);
`,
      errors: [{ messageId: 'unvalidatedInput', line: 4, column: 72 }],
    },
  ],
});

jsRuleTester.run('require-input-validation (JavaScript)', rule, {
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
const { z } = require('zod');
const app = express();
app.post('/users', (req, res) => {
  const user = z.object({ name: z.string() }).parse(req.body);
  res.json(user);
});
`,
    `
const { Router } = require('express');
const { celebrate } = require('celebrate');
const router = Router();
router.post('/', celebrate(rules), (req, res) => res.json(req.body));
`,
    // express-validator through require and a destructured require.
    `
const express = require('express');
const { body } = require('express-validator');
const ev = require('express-validator');
const app = express();
app.post('/a', body('email').isEmail(), (req, res) => res.json(req.body.email));
app.post('/b', ev.check('email').isEmail(), (req, res) => res.json(req.body.email));
app.post('/c', [ev.body('x').isInt()], (req, res) => {
  const errors = ev.validationResult(req);
  res.json(req.query);
});
`,

  ],
  invalid: [
    {
      code: `
const express = require('express');
const app = express();
app.post('/users', function (req, res) {
  res.json(req.body);
});
`,
      errors: [{ messageId: 'unvalidatedInput', line: 5, column: 12 }],
    },
    {
      code: `
const { Router } = require('express');
const router = Router();
router.delete('/items', (req, res) => remove(req.query.ids));
`,
      errors: [{ messageId: 'unvalidatedInput', line: 4, column: 46 }],
    },
  ],
});
