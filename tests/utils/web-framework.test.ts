import { createRule } from '../../src/utils/create-rule';
import { getBoundIdentifiers } from '../../src/utils/request-validation';
import { webHandlerListeners } from '../../src/utils/web-framework';
import { ruleTester } from '../rule-tester';
import { describe, expect, it } from 'vitest';
import { parse } from '@typescript-eslint/parser';

// Reports every handler the model finds, with its framework, the sources it
// reads (`!` after a field read) and what was validated before it.
const rule = createRule<[], 'handler'>({
  name: 'web-framework-probe',
  meta: {
    type: 'problem',
    docs: { description: 'Report handlers', recommended: 'strict' },
    messages: { handler: '{{framework}} reads={{reads}} validated={{validated}}.' },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return webHandlerListeners(context, { validators: [], middleware: [] }, (handler) => {
      context.report({
        node: handler.node,
        messageId: 'handler',
        data: {
          framework: handler.framework,
          reads: handler.reads
            .map((read) => `${read.source}${read.field ? '.' : ''}${read.validated ? '+' : ''}`)
            .join(','),
          validated: [...handler.validated].map(([source, kind]) => `${source}:${kind}`).join(','),
        },
      });
    });
  },
});

function handler(framework: string, reads: string, validated = '') {
  return { messageId: 'handler' as const, data: { framework, reads, validated } };
}

ruleTester.run('web-framework model', rule, {
  valid: [
    'const app = createApp(); app.post("/x", (req) => req.body);',
    'import express from "express"; const app = express(); app.use((req, res, next) => next());',
    { code: 'export default function handler(req, res) {}', filename: 'src/lib/handler.ts' },
    // Long adversarial names and paths stay linear.
    {
      code: `import express from 'express'; const app = express(); app.use(${'validat'.repeat(3000)}x); app.use(${'a'.repeat(20_000)}Validator('json'));`,
      filename: `app/${'a/'.repeat(5000)}routes.ts`,
    },

  ],
  invalid: [
    {
      code: `
import express from 'express';
const app = express();
app.post('/x', validateBody(S), (req, res) => res.json({ a: req.body.a, q: req.query }));
`,
      errors: [handler('express', 'body.,query', 'body:schema')],
    },
    {
      code: `
import express from 'express';
import { body } from 'express-validator';
const app = express();
app.use(OpenApiValidator.middleware({ apiSpec }));
app.post('/x', body('a').isEmail(), (req, res) => res.end());
`,
      errors: [handler('express', '', 'body:schema,query:schema,params:schema,headers:schema')],
    },
    {
      code: `
import Fastify from 'fastify';
const f = Fastify();
f.route({ method: 'POST', url: '/', schema: { body: B, params: P }, handler: async (request) => request.headers });
`,
      errors: [handler('fastify', 'headers', 'body:schema,params:schema')],
    },
    {
      code: `
import Router from '@koa/router';
const router = new Router();
router.post('/', async (ctx) => { ctx.body = ctx.request.body; ctx.set('x', ctx.get('y')); });
`,
      errors: [handler('koa', 'body,headers.')],
    },
    {
      code: `
import { Hono } from 'hono';
const app = new Hono();
app.get('/', zValidator('query', Q), async (c) => c.json([c.req.query('a'), await c.req.json(), c.req.valid('query')]));
`,
      errors: [handler('hono', 'query.,body', 'query:schema')],
    },
    {
      code: `
import { Body, Controller, Post, Query } from '@nestjs/common';
@Controller()
class C {
  @Post() create(@Body() dto: Dto, @Query('q') q: string) {}
}
`,
      errors: [handler('nest', 'body+,query.')],
    },
    {
      code: `
export async function POST(request: Request, { params }) {
  return Response.json([await request.json(), params.id]);
}
`,
      filename: 'app/items/[id]/route.ts',
      errors: [handler('next', 'body,params.')],
    },
    {
      code: `
export default (req, res) => res.json(req.query);
`,
      filename: 'pages/api/x.js',
      errors: [handler('next', 'query')],
    },
  ],
});

describe('getBoundIdentifiers', () => {
  it('lists the names a declaration binds', () => {
    const program = parse('const { a, b: c, d = 1, ...e } = x;');
    const declaration = program.body[0];
    if (declaration?.type !== 'VariableDeclaration') throw new Error('no declaration');
    const pattern = declaration.declarations[0]?.id;
    if (!pattern) throw new Error('no pattern');
    expect(getBoundIdentifiers(pattern).map((identifier) => identifier.name)).toEqual([
      'a',
      'c',
      'd',
      'e',
    ]);
  });
});
