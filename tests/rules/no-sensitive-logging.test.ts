import rule from '../../src/rules/no-sensitive-logging';
import { jsRuleTester, ruleTester } from '../rule-tester';

ruleTester.run('no-sensitive-logging', rule, {
  valid: [
    // Masked, truncated and hashed values: every part hides the secret.
    "logger.info({ token: token.substring(0, 4) + '...' });",
    'logger.info({ token: `${token.slice(0, 4)}…` });',
    "logger.info({ apiKey: '***' + key.slice(-4) });",
    "logger.info({ apiKey: key.replace(/.(?=.{4})/g, '*') });",
    "logger.info({ apiKey: `${key.slice(0, 3)}${'*'.repeat(10)}` });",
    'logger.info({ token: sha256(token) });',
    "import { createHash } from 'node:crypto';\nlogger.info({ token: createHash('sha256').update(token).digest('hex') });",
    // LLM token counts: plural \`tokens\` holding a number.
    'logger.info({ tokens: usage.total_tokens });',
    'logger.info({ tokens: 1234 });',
    'const tokens = usage.total_tokens;\nlogger.info({ tokens });',
    'const tokens = usage.total_tokens;\nconsole.log(`Used ${tokens} tokens`);',
    'logger.info({ usage: { tokens } });',
    'logger.info({ usage: { tokens: response.usage.total_tokens } });',
    // Public attributes of a secret-named object.
    'logger.info({ apiKey: apiKey.id });',
    'logger.info({ apiKey: apiKey.name, owner: apiKey.ownerId });',
    'logger.info({ secret: secret.arn });',
    'logger.info({ token: token.expiresAt });',
    'logger.info({ credentials: credentials.type });',
    'logger.info({ token: token.scope });',
    // Cookie names, not values.
    'logger.info({ cookies: Object.keys(req.cookies) });',
    'logger.info({ hasCookie: Boolean(req.cookies.session) });',
    "logger.info({ sessionCookiePresent: 'session' in req.cookies });",
    // Child loggers with harmless bindings; counting env vars.
    "logger.child({ module: 'auth' }).info('ready');",
    'logger.info({ secretsLoaded: Object.keys(process.env).length });',
    "console.log('Auth URL', process.env.AUTH_URL);",
    "logger.info({ pass: 'fail', body: { email: req.body.email } });",
    // Messages that only mention the word.
    "console.log('password changed');",
    "logger.info('token refreshed for user %s', userId);",
    "console.warn('invalid token');",
    'logger.info({ tokenId, userId }, "token revoked");',
    "logger.info({ tokenType: 'Bearer', passwordLength: 12 });",
    // Flags and masked values under a secret's name.
    'logger.debug({ hasToken: !!token, token: token ? "present" : "missing" });',
    'logger.info({ apiKey: mask(apiKey), secret: "[REDACTED]" });',
    'logger.info({ token: token.slice(0, 6), tokenLength: token.length });',
    "logger.info({ password: undefined, user: user.email }, 'signup');",
    'console.error(err);',
    'console.log(`listening on ${port}`);',
    // `ctx.body` in Koa is the response, not the request.
    'ctx.logger.info({ body: ctx.body });',
    "console.log('headers', Object.keys(req.headers));",
    "logger.info({ method: req.method, url: req.url, requestId: req.id });",
    // Not loggers.
    "const log: string[] = [];\nlog.push(password);",
    'Math.log(secret);',
    'logger.dir(password);',
    "auditTrail.info({ password });",
    "const console = { log: (..._args: unknown[]) => undefined };\nconsole.log(password);",
    "function log(_x: unknown) {}\nlog.call(null, password);",
    // Pino redaction that covers the logged path.
    `
import pino from 'pino';
const logger = pino({ redact: ['req.headers.authorization', 'password', '*.token'] });
logger.info({ password }, 'signup');
logger.info({ user: { token } });
logger.info({ req: { headers: { authorization: req.headers.authorization } } });
`,
    `
import pino from 'pino';
const logger = pino({ redact: { paths: ['body', 'headers.authorization', 'headers.cookie'], censor: '***' } });
logger.info({ body: req.body, headers: req.headers });
`,
    `
import pino from 'pino';
const REDACT = ['*.password', 'password', 'creds["api-key"]'];
const log = pino({ level: 'info', redact: REDACT });
log.warn({ user: { password }, password, creds: { 'api-key': apiKey } });
`,
    `
import pino from 'pino';
const logger = pino({ redact: ['*'] });
logger.info(req.body);
`,
    `
import pino from 'pino';
const base = pino({ redact: ['token'] });
const child = base.child({ module: 'auth' });
child.info({ token });
`,
    `
import pino, { type LoggerOptions } from 'pino';
const base = { level: 'debug' } as const;
const logger = pino({ ...base, redact: ['password', 'user.apiKey'] } satisfies LoggerOptions);
logger?.info({ password: req.body.password, user: { apiKey } });
`,
    // Shadowed loggers are not the library's.
    `
import pino from 'pino';
const logger = pino({ redact: ['token'] });
function handler(logger: { info(o: object): void }) {
  const pinoLogger = logger;
  return pinoLogger;
}
logger.info({ token });
`,
    // A redact list we cannot read: it may cover the path.
    `
import pino from 'pino';
import { redactPaths } from './redact';
const logger = pino({ redact: redactPaths });
logger.info({ password });
`,
    `
import Fastify from 'fastify';
const app = Fastify({ logger: { redact: ['headers.authorization', 'password'] } });
app.post('/login', async (request) => {
  request.log.info({ password: request.body.password });
  app.log.info({ headers: { authorization: request.headers.authorization } });
});
`,
    // Known Limitations: secrets not visible at the call are not reported.
    'logger.info(user);',
    "logger.info({ req, res }, 'request completed');",
    `
export async function POST(request: Request) {
  const body = await request.json();
  console.log(body);
}
`,
    // Known Limitations: signatures and digests are not reported.
    "console.log('webhook', req.headers['stripe-signature'], { passwordHash });",
    // Known Limitations: function-style loggers are not checked.
    "import debug from 'debug';\nconst log = debug('auth');\nlog(token);",
    // Half-written code.
    'logger.info();\nconsole.log(...args);\nlogger.info({ [key]: value });',
    'logger.info({ get token() { return 1; }, password() {} });',
    {
      code: '<Form onSubmit={() => console.log(values.email)} token={token} />;',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
  ],
  invalid: [
    // Known Limitations: a count read by destructuring is not recognised.
    {
      code: 'const { tokens: used } = usage;\nlogger.info({ tokens: used });',
      errors: [{ messageId: 'secretLogged', data: { what: 'token' }, line: 2, column: 15, endColumn: 27 }],
    },
    // Plural \`tokens\` from an OAuth client holds credentials.
    {
      code: 'const { tokens } = await oauth2Client.getToken(code);\nlogger.info({ tokens });',
      errors: [{ messageId: 'secretLogged', data: { what: 'token' }, line: 2, column: 15, endColumn: 21 }],
    },
    // A secret-named attribute of a secret-named object.
    {
      code: 'logger.info({ oauth: { access_token: token.access_token } });',
      errors: [{ messageId: 'secretLogged', data: { what: 'token' }, line: 1, column: 24, endColumn: 56 }],
    },
    // Half-masked: one part shows the secret.
    {
      code: "logger.info({ token: token.slice(0, 4) + token });",
      errors: [{ messageId: 'secretLogged', data: { what: 'token' }, line: 1, column: 15, endColumn: 47 }],
    },
    // Cookie values, whatever the cookie is called.
    {
      code: 'console.log(req.cookies.session);',
      errors: [{ messageId: 'secretLogged', data: { what: 'cookie' }, line: 1, column: 13, endColumn: 32 }],
    },
    {
      code: 'logger.info({ sid: req.cookies.sid });',
      errors: [{ messageId: 'secretLogged', data: { what: 'cookie' }, line: 1, column: 15, endColumn: 35 }],
    },
    {
      code: "logger.info({ c: req.cookies['connect.sid'] });",
      errors: [{ messageId: 'secretLogged', data: { what: 'cookie' }, line: 1, column: 15, endColumn: 44 }],
    },
    {
      code: 'console.log(req.signedCookies);',
      errors: [{ messageId: 'secretLogged', data: { what: 'cookie' }, line: 1, column: 13, endColumn: 30 }],
    },
    // Child bindings are written on every line.
    {
      code: "logger.child({ token }).info('hi');",
      errors: [{ messageId: 'secretLogged', data: { what: 'token' }, line: 1, column: 16, endColumn: 21 }],
    },
    // The whole environment, and connection strings.
    {
      code: 'console.log(process.env);',
      errors: [{ messageId: 'secretLogged', data: { what: 'whole environment' }, line: 1, column: 13, endColumn: 24 }],
    },
    {
      code: "console.log('DB URL', process.env.DATABASE_URL);",
      errors: [{ messageId: 'secretLogged', data: { what: 'connection string' }, line: 1, column: 23, endColumn: 47 }],
    },
    {
      code: 'logger.info({ mongoUri });',
      errors: [{ messageId: 'secretLogged', data: { what: 'connection string' }, line: 1, column: 15, endColumn: 23 }],
    },
    // A short password field in a request body.
    {
      code: "logger.info('login', { email: user.email, pass: req.body.pass });",
      errors: [{ messageId: 'secretLogged', data: { what: 'password' }, line: 1, column: 43, endColumn: 62 }],
    },
    {
      code: 'console.log(password);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { what: 'password' },
          line: 1,
          column: 13,
          endColumn: 21,
        },
      ],
    },
    {
      code: 'logger.info({ password });',
      errors: [{ messageId: 'secretLogged', line: 1, column: 15, endColumn: 23 }],
    },
    {
      code: "logger.info({ email, password: req.body.password }, 'login attempt');",
      errors: [{ messageId: 'secretLogged', line: 1, column: 22, endColumn: 49 }],
    },
    {
      code: 'console.log(req.body);',
      errors: [
        { messageId: 'requestLogged', data: { part: 'body' }, line: 1, column: 13, endColumn: 21 },
      ],
    },
    {
      code: "console.debug('incoming', JSON.stringify(req.headers));",
      errors: [
        { messageId: 'requestLogged', data: { part: 'headers' }, line: 1, column: 42, endColumn: 53 },
      ],
    },
    {
      code: 'console.info(`token=${accessToken}`);',
      errors: [
        { messageId: 'secretLogged', data: { what: 'token' }, line: 1, column: 23, endColumn: 34 },
      ],
    },
    {
      code: "console.log('Authorization: ' + req.headers.authorization);",
      errors: [
        {
          messageId: 'secretLogged',
          data: { what: 'authorization header' },
          line: 1,
          column: 33,
          endColumn: 58,
        },
      ],
    },
    // Koa.
    {
      code: `
router.post('/login', async (ctx) => {
  ctx.logger.info(ctx.request.body);
  logger.debug({ auth: ctx.get('Authorization') });
});
`,
      errors: [
        { messageId: 'requestLogged', line: 3, column: 19, endColumn: 35 },
        { messageId: 'secretLogged', data: { what: 'authorization header' }, line: 4, column: 18, endColumn: 48 },
      ],
    },
    // Express with winston, tracked from its import.
    {
      code: `
import winston from 'winston';
const audit = winston.createLogger({ level: 'info' });
app.post('/reset', (req, res) => {
  audit.info('password reset', { resetToken: req.body.resetToken, cookie: req.headers.cookie });
});
`,
      errors: [
        { messageId: 'secretLogged', data: { what: 'token' }, line: 5, column: 34, endColumn: 65 },
        { messageId: 'secretLogged', data: { what: 'cookie' }, line: 5, column: 67, endColumn: 93 },
      ],
    },
    // Pino redaction that does not cover the logged path.
    {
      code: `
import pino from 'pino';
const logger = pino({ redact: ['req.headers.authorization', 'password', '*.token'] });
logger.info({ token });
logger.info({ user: { password } });
logger.info({ headers: req.headers });
logger.info(\`login with \${password}\`);
`,
      errors: [
        { messageId: 'secretLogged', line: 4, column: 15, endColumn: 20 },
        { messageId: 'secretLogged', line: 5, column: 23, endColumn: 31 },
        { messageId: 'requestLogged', line: 6, column: 15, endColumn: 35 },
        { messageId: 'secretLogged', line: 7, column: 27, endColumn: 35 },
      ],
    },
    // Only the merge object is redacted: other arguments are not.
    {
      code: `
import pino from 'pino';
const logger = pino({ redact: ['apiKey'] });
logger.info({ apiKey }, 'key %s', apiKey);
`,
      errors: [{ messageId: 'secretLogged', data: { what: 'API key' }, line: 4, column: 35 }],
    },
    // Winston has no \`redact\` option: it is ignored, and so is the list.
    {
      code: `
import { createLogger } from 'winston';
const logger = createLogger({ redact: ['password'] });
logger.info('signup', { password });
`,
      errors: [{ messageId: 'secretLogged', line: 4, column: 25, endColumn: 33 }],
    },
    // Aliased and namespace imports of pino, and \`pino.destination\`.
    {
      code: `
import * as P from 'pino';
const audit = P.pino(P.destination('app.log'));
audit.info({ apiKey: config.apiKey });
`,
      errors: [{ messageId: 'secretLogged', data: { what: 'API key' }, line: 4, column: 14 }],
    },
    // Aliased import, optional call.
    {
      code: `
import { createLogger as makeLogger } from 'winston';
const audit = makeLogger();
audit?.warn?.({ clientSecret: process.env.CLIENT_SECRET });
`,
      errors: [{ messageId: 'secretLogged', data: { what: 'secret' }, line: 4, column: 17, endColumn: 56 }],
    },
    // Fastify without redaction.
    {
      code: `
import Fastify from 'fastify';
const app = Fastify({ logger: true });
app.post('/login', async (request) => {
  request.log.info({ body: request.body }, 'login');
});
`,
      errors: [{ messageId: 'requestLogged', line: 5, column: 22, endColumn: 40 }],
    },
    // Next.js route handler with a logger by name.
    {
      code: `
import { logger } from '@/lib/logger';
export async function POST(request: Request) {
  logger.info({ authorization: request.headers.get('authorization') });
  return Response.json({ ok: true });
}
`,
      errors: [{ messageId: 'secretLogged', line: 4, column: 17, endColumn: 68 }],
    },
    {
      code: 'this.authLogger.warn(`refresh failed for ${user.refreshToken}`);',
      errors: [{ messageId: 'secretLogged', line: 1, column: 44, endColumn: 61 }],
    },
    {
      code: "log.error({ err, ...req.headers }, 'request failed');",
      errors: [{ messageId: 'requestLogged', line: 1, column: 18, endColumn: 32 }],
    },
    {
      code: 'logger.info({ stripeSecret: process.env.STRIPE_SECRET_KEY! });',
      errors: [{ messageId: 'secretLogged', data: { what: 'secret' }, line: 1, column: 15 }],
    },
    {
      code: 'console.dir(ctx.request.body, { depth: null });',
      errors: [{ messageId: 'requestLogged', data: { part: 'body' }, line: 1, column: 13, endColumn: 29 }],
    },
    {
      code: 'console.log(req.cookies);',
      errors: [{ messageId: 'secretLogged', data: { what: 'cookie' }, line: 1, column: 13 }],
    },
    // Through a local constant, and optional chaining.
    {
      code: `
const auth = req.headers?.authorization;
console.log('auth header', auth);
`,
      errors: [{ messageId: 'secretLogged', line: 3, column: 28, endColumn: 32 }],
    },
    {
      code: 'logger.info({ user: { id: user.id, password: user.password as string } });',
      errors: [{ messageId: 'secretLogged', line: 1, column: 36, endColumn: 69 }],
    },
    {
      code: 'this.logger.info({ [field]: user.apiKey });',
      errors: [{ messageId: 'secretLogged', data: { what: 'API key' }, line: 1, column: 20, endColumn: 40 }],
    },
    // Known Limitations: a logger known by name is judged by what is logged.
    {
      code: `
import { logger } from './logger';
logger.info({ password }, 'redacted by the shared config');
`,
      errors: [{ messageId: 'secretLogged', line: 3, column: 15 }],
    },
    // A redacted pino logger passed down is not followed: known by name only.
    {
      code: `
export function audit(logger: { info(o: object): void }, otp: string) {
  logger.info({ otp });
}
`,
      errors: [{ messageId: 'secretLogged', data: { what: 'one-time code' }, line: 3, column: 17 }],
    },
  ],
});

jsRuleTester.run('no-sensitive-logging (JavaScript)', rule, {
  valid: [
    "console.log('Login failed for %s', username);",
    "const bunyan = require('bunyan');\nconst log = bunyan.createLogger({ name: 'api' });\nlog.info({ userId }, 'login ok');",
    "logger.info('session %s created', sessionId.slice(0, 8));",
    "const app = require('express')();\napp.listen(port, () => console.log('listening on %d', port));",
  ],
  invalid: [
    {
      code: `
const express = require('express');
const app = express();
app.post('/login', (req, res) => {
  console.log('login attempt', req.body);
  res.sendStatus(204);
});
`,
      errors: [{ messageId: 'requestLogged', data: { part: 'body' }, line: 5, column: 32, endColumn: 40 }],
    },
    {
      code: `
const bunyan = require('bunyan');
const log = bunyan.createLogger({ name: 'api' });
log.info({ password: req.body.password });
`,
      errors: [{ messageId: 'secretLogged', line: 4, column: 12, endColumn: 39 }],
    },
    {
      code: `
const log4js = require('log4js');
const log = log4js.getLogger('auth');
log.debug('api key', apiKey);
`,
      errors: [{ messageId: 'secretLogged', data: { what: 'API key' }, line: 4, column: 22 }],
    },
    {
      code: `
const pino = require('pino');
const logger = pino();
logger.info({ token: req.query.token });
`,
      errors: [{ messageId: 'secretLogged', line: 4, column: 15, endColumn: 37 }],
    },
  ],
});
