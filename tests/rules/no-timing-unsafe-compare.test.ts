import rule from '../../src/rules/no-timing-unsafe-compare';
import { jsRuleTester, ruleTester } from '../rule-tester';

ruleTester.run('no-timing-unsafe-compare', rule, {
  valid: [
    // Both values come from the same request: the client wrote both.
    'if (req.body.token !== req.body.confirmToken) res.status(400);',
    "if (req.get('x-api-key') !== req.query.apiKey) res.status(400);",
    // A cache noticing a new token, not a check that lets anyone in.
    `
let currentToken: string | null = null;
export function onTokenChange(newToken: string) {
  if (newToken !== currentToken) {
    currentToken = newToken;
  }
}
`,
    'if (this.token !== token) this.token = token;',
    // CSRF names stay quiet in presence checks and away from requests.
    "if (req.body.csrfToken === undefined) res.status(403);",
    "if (req.body._csrf !== req.query._csrf) res.status(400);",
    // Test files are skipped by default.
    {
      code: 'expect(token === process.env.API_TOKEN).toBe(true);',
      filename: 'src/auth.test.ts',
    },
    {
      code: "if (req.get('x-api-key') !== apiKey) throw new Error('bad');",
      filename: 'tests/helpers/server.ts',
    },
    {
      code: 'assert(signature === expectedSignature);',
      filename: 'src/__tests__/webhook.ts',
    },
    // Unkeyed digests of public data compared with a published checksum.
    `
import { createHash } from 'node:crypto';
if (createHash('sha256').update(file).digest('hex') !== manifest.sha256) throw new Error('corrupt');
`,
    `
import { createHash } from 'node:crypto';
const digest = createHash('sha256').update(file).digest('hex');
if (digest !== manifest.sha256) throw new Error('corrupt download');
`,
    `
import crypto from 'node:crypto';
const actual = crypto.createHash('sha512').update(tarball).digest('base64');
if (\`sha512-\${actual}\` !== lock.integrity) throw new Error('integrity mismatch');
`,
    `
import { createHash } from 'crypto';
export function verifyFile(data: Buffer, expectedSha256: string) {
  const got = createHash('sha256').update(data).digest('hex');
  return got === expectedSha256;
}
`,
    // WebSocket handshake: Sec-WebSocket-Accept is a hash of a public nonce.
    `
const { createHash } = require('crypto');
const accept = createHash('sha1').update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
if (res.headers['sec-websocket-accept'] !== accept) throw new Error('Invalid Sec-WebSocket-Accept header');
`,
    // Presence checks after extracting a bearer token (field case C01).
    `
import type { NextFunction, Request, Response } from 'express';
export function requireBearer(req: Request, res: Response, next: NextFunction) {
  const header = req.get('authorization');
  const token = header?.startsWith('Bearer ') ? header.slice(7) : null;
  if (token === null) return res.sendStatus(401);
  next();
}
`,
    'if (token === undefined) throw new Error();',
    "if (apiKey === '') throw new Error();",
    "if (typeof token === 'string') use(token);",
    'if (token.length === 32) use(token);',
    'if (tokens.length !== 0) use(tokens);',
    "if (tokenType === 'Bearer') use(token);",
    `
const [scheme, credentials] = header.split(' ');
if (scheme === 'Bearer') use(credentials);
`,
    "if (header.startsWith('Bearer ')) use(header);",
    "if (user.status === 'active') use(user);",
    "if (decoded.header.alg === 'RS256') use(decoded);",
    "if (hmacAlgorithm === 'sha256') use(hmacAlgorithm);",
    // A short word is a scheme or a mode, not a secret.
    "if (signature === 'none') reject();",
    'if (userId === req.params.id) allow();',
    'if (token.kind === TokenKind.Refresh) rotate(token);',
    'if (secret === Secrets.Unset) load();',
    'if (secret !== void 0) use(secret);',
    "if (process.env.API_TOKEN === undefined) throw new Error('API_TOKEN is not set');",
    "if (ctx.get('x-api-key') === undefined) ctx.throw(401);",
    "if (req.get('x-request-id') === requestId) reuse();",
    // Passwords compared in the open are a storage problem, not this rule's.
    'if (password !== confirmPassword) throw new Error();',
    // bcrypt compares in constant time itself.
    `
import bcrypt from 'bcrypt';
const ok = await bcrypt.compare(password, user.passwordHash);
`,
    `
import { timingSafeEqual } from 'node:crypto';
const ok = a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
`,
    // Published checksums and ETags are not secrets.
    `
import { createHash } from 'node:crypto';
const ok = createHash('sha256').update(file).digest('hex') === expectedChecksum;
`,
    "if (req.get('if-none-match') === etag) res.sendStatus(304);",
    "const PLACEHOLDER = 'changeme';\nif (apiKey === PLACEHOLDER) warn();",
    'names.sort((a, b) => a.localeCompare(b));',
    // A local `Buffer` is not Node's.
    `
const Buffer = { compare: (a: string, b: string) => a.length - b.length };
Buffer.compare(secret, other);
`,
    // A digest of something other than `createHash`/`createHmac`.
    "if (report.digest('weekly') === lastSummary) skip();",
    // Lexer tokens, in parsers and lint rules.
    'if (token === closingToken) break;',
    'const same = sourceCode.getFirstToken(node) === firstToken;',
    'if (request.query.pageToken === nextPageToken) done();',
    // A local `createHmac` is not Node's.
    `
function createHmac(_alg: string) { return { digest: () => 'weekly' }; }
if (createHmac('x').digest() === edition) publish();
`,
    // Known Limitations: helpers, switch, lookups and unnamed digests are not followed.
    'if (getApiKey() === presented) allow();',
    'switch (token) { case expected: allow(); }',
    'if (validKeys.includes(apiKey)) allow();',
    "if (fileHash === req.get('x-file-hash')) accept();",
    {
      code: '<Input value={token} invalid={token === undefined} />;',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    `
class Guard {
  #secret = '';
  @Inject() private readonly config!: Config;
  has(o: object) { return #secret in o; }
}
`,
    // Half-written code (field case C30).
    `
import { timingSafeEqual } from 'node:crypto';
// @ts-expect-error editor state
timingSafeEqual();
Buffer.compare();
apiKey.equals();
Buffer.compare(...pair);
token.localeCompare(...rest);
`,
  ],
  invalid: [
    // ignoreTestFiles: false checks tests too.
    {
      code: 'expect(token === process.env.API_TOKEN).toBe(true);',
      filename: 'src/auth.test.ts',
      options: [{ ignoreTestFiles: false }],
      errors: [
        { messageId: 'timingUnsafeCompare', line: 1, column: 8, endColumn: 39,
          suggestions: [{ messageId: 'useTimingSafeEqual', output: "import { timingSafeEqual } from 'crypto';\nexpect((typeof token === 'string' && typeof process.env.API_TOKEN === 'string' && Buffer.byteLength(token) === Buffer.byteLength(process.env.API_TOKEN) && timingSafeEqual(Buffer.from(token), Buffer.from(process.env.API_TOKEN)))).toBe(true);" }],
        },
      ],
    },
    // A change check assigns one side to the other; this one does not.
    {
      code: 'if (token !== storedToken) { reject(); }',
      errors: [
        { messageId: 'timingUnsafeCompare', line: 1, column: 5,
          suggestions: [{ messageId: 'useTimingSafeEqual', output: "import { timingSafeEqual } from 'crypto';\nif (!(typeof token === 'string' && typeof storedToken === 'string' && Buffer.byteLength(token) === Buffer.byteLength(storedToken) && timingSafeEqual(Buffer.from(token), Buffer.from(storedToken)))) { reject(); }" }],
        },
      ],
    },
    // CSRF tokens checked against the copy the server keeps.
    {
      code: 'if (req.body._csrf !== req.session.csrfToken) res.status(403);',
      errors: [
        { messageId: 'timingUnsafeCompare', data: { operator: '\`!==\`', what: 'token' }, line: 1, column: 5, endColumn: 45,
          suggestions: [{ messageId: 'useTimingSafeEqual', output: "import { timingSafeEqual } from 'crypto';\nif (!(typeof req.body._csrf === 'string' && typeof req.session.csrfToken === 'string' && Buffer.byteLength(req.body._csrf) === Buffer.byteLength(req.session.csrfToken) && timingSafeEqual(Buffer.from(req.body._csrf), Buffer.from(req.session.csrfToken)))) res.status(403);" }],
        },
      ],
    },
    {
      code: 'if (req.body.csrfToken !== req.cookies.csrfToken) res.status(403);',
      errors: [
        { messageId: 'timingUnsafeCompare', line: 1, column: 5, endColumn: 49,
          suggestions: [{ messageId: 'useTimingSafeEqual', output: "import { timingSafeEqual } from 'crypto';\nif (!(typeof req.body.csrfToken === 'string' && typeof req.cookies.csrfToken === 'string' && Buffer.byteLength(req.body.csrfToken) === Buffer.byteLength(req.cookies.csrfToken) && timingSafeEqual(Buffer.from(req.body.csrfToken), Buffer.from(req.cookies.csrfToken)))) res.status(403);" }],
        },
      ],
    },
    {
      code: "if (req.get('x-csrf-token') !== req.cookies['csrf-token']) res.status(403);",
      errors: [{ messageId: 'timingUnsafeCompare', line: 1, column: 5, suggestions: null }],
    },
    {
      code: 'const csrfToken = req.session.csrfToken;\nif (token !== csrfToken) res.status(403);',
      errors: [
        { messageId: 'timingUnsafeCompare', line: 2, column: 5,
          suggestions: [{ messageId: 'useTimingSafeEqual', output: "import { timingSafeEqual } from 'crypto';\nconst csrfToken = req.session.csrfToken;\nif (!(typeof token === 'string' && typeof csrfToken === 'string' && Buffer.byteLength(token) === Buffer.byteLength(csrfToken) && timingSafeEqual(Buffer.from(token), Buffer.from(csrfToken)))) res.status(403);" }],
        },
      ],
    },
    // Webhook signature headers named by \`hmac\` or \`signature\`.
    {
      code: "if (req.header('X-Shopify-Hmac-Sha256') !== computed) res.sendStatus(401);",
      errors: [{ messageId: 'timingUnsafeCompare', data: { operator: '\`!==\`', what: 'signature' }, line: 1, column: 5, suggestions: null }],
    },
    {
      code: "if (req.headers['x-slack-signature'] !== expected) res.sendStatus(401);",
      errors: [
        { messageId: 'timingUnsafeCompare', data: { operator: '\`!==\`', what: 'signature' }, line: 1, column: 5,
          suggestions: [{ messageId: 'useTimingSafeEqual', output: "import { timingSafeEqual } from 'crypto';\nif (!(typeof req.headers['x-slack-signature'] === 'string' && typeof expected === 'string' && Buffer.byteLength(req.headers['x-slack-signature']) === Buffer.byteLength(expected) && timingSafeEqual(Buffer.from(req.headers['x-slack-signature']), Buffer.from(expected)))) res.sendStatus(401);" }],
        },
      ],
    },
    {
      code: "const hmacHeader = req.get('X-Shopify-Hmac-Sha256');\nif (hmacHeader !== computed) res.sendStatus(401);",
      errors: [
        { messageId: 'timingUnsafeCompare', data: { operator: '\`!==\`', what: 'signature' }, line: 2, column: 5,
          suggestions: [{ messageId: 'useTimingSafeEqual', output: "import { timingSafeEqual } from 'crypto';\nconst hmacHeader = req.get('X-Shopify-Hmac-Sha256');\nif (!(typeof hmacHeader === 'string' && typeof computed === 'string' && Buffer.byteLength(hmacHeader) === Buffer.byteLength(computed) && timingSafeEqual(Buffer.from(hmacHeader), Buffer.from(computed)))) res.sendStatus(401);" }],
        },
      ],
    },
    // A plain hash next to a secret-named value is reported.
    {
      code: `
import { createHash } from 'node:crypto';
const ok = createHash('sha256').update(body).digest('hex') === webhookSecret;
`,
      errors: [{ messageId: 'timingUnsafeCompare', data: { operator: '\`===\`', what: 'secret' }, line: 3, column: 12, suggestions: null }],
    },
    // An HMAC stays reported whatever the other side is called.
    {
      code: `
import { createHmac } from 'node:crypto';
const expected = createHmac('sha256', key).update(body).digest('hex');
if (expected !== manifest.sha256) reject();
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          data: { operator: '\`!==\`', what: 'digest' },
          line: 4,
          column: 5,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `
import { createHmac, timingSafeEqual } from 'node:crypto';
const expected = createHmac('sha256', key).update(body).digest('hex');
if (!(typeof expected === 'string' && typeof manifest.sha256 === 'string' && Buffer.byteLength(expected) === Buffer.byteLength(manifest.sha256) && timingSafeEqual(Buffer.from(expected), Buffer.from(manifest.sha256)))) reject();
`,
            },
          ],
        },
      ],
    },
    // A missing header or unset variable is \`undefined\`: the suggestion checks
    // for strings first so that it type-checks and still rejects.
    {
      code: `
import type { Request, Response, NextFunction } from 'express';
export function auth(req: Request, res: Response, next: NextFunction) {
  const key = req.get('x-api-key');
  if (key !== process.env.API_KEY) return res.sendStatus(401);
  next();
}
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          data: { operator: '\`!==\`', what: 'API key' },
          line: 5,
          column: 7,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `
import type { Request, Response, NextFunction } from 'express';
import { timingSafeEqual } from 'crypto';
export function auth(req: Request, res: Response, next: NextFunction) {
  const key = req.get('x-api-key');
  if (!(typeof key === 'string' && typeof process.env.API_KEY === 'string' && Buffer.byteLength(key) === Buffer.byteLength(process.env.API_KEY) && timingSafeEqual(Buffer.from(key), Buffer.from(process.env.API_KEY)))) return res.sendStatus(401);
  next();
}
`,
            },
          ],
        },
      ],
    },
    // The docs' example: a call operand is not narrowed by \`typeof\`, so no
    // suggestion (see Known Limitations).
    {
      code: "if (req.get('x-api-key') !== process.env.API_KEY) return res.sendStatus(401);",
      errors: [{ messageId: 'timingUnsafeCompare', line: 1, column: 5, endColumn: 49, suggestions: null }],
    },
    // Field case C29.
    {
      code: `
import type { Request } from 'express';
export function isAdminCall(req: Request, adminToken: string): boolean {
  return req.get('x-admin-token') === adminToken;
}
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          data: { operator: '`===`', what: 'token' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 49,
          suggestions: null,
        },
      ],
    },
    // Field case C03: a Buffer of an HMAC digest, and `Buffer.compare`.
    {
      code: `
import { createHmac } from 'node:crypto';
export function isGenuine(rawBody: Buffer, header: string, hookSecret: string) {
  const expected = Buffer.from(
    'sha256=' + createHmac('sha256', hookSecret).update(rawBody).digest('hex'),
  );
  const received = Buffer.from(header);
  return expected.equals(received);
}
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          data: { operator: '`.equals`', what: 'digest' },
          line: 8,
          column: 10,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `
import { createHmac, timingSafeEqual } from 'node:crypto';
export function isGenuine(rawBody: Buffer, header: string, hookSecret: string) {
  const expected = Buffer.from(
    'sha256=' + createHmac('sha256', hookSecret).update(rawBody).digest('hex'),
  );
  const received = Buffer.from(header);
  return Buffer.byteLength(expected) === Buffer.byteLength(received) && timingSafeEqual(Buffer.from(expected), Buffer.from(received));
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `
export function sameDigest(expectedMac: Buffer, suppliedMac: Buffer): boolean {
  return Buffer.compare(expectedMac, suppliedMac) === 0;
}
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          data: { operator: '`Buffer.compare`', what: 'digest' },
          line: 3,
          column: 10,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `
import { timingSafeEqual } from 'crypto';
export function sameDigest(expectedMac: Buffer, suppliedMac: Buffer): boolean {
  return Buffer.byteLength(expectedMac) === Buffer.byteLength(suppliedMac) && timingSafeEqual(Buffer.from(expectedMac), Buffer.from(suppliedMac));
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `
if (Buffer.compare(signature, expected) !== 0) reject();
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          line: 2,
          column: 5,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `
import { timingSafeEqual } from 'crypto';
if (!(Buffer.byteLength(signature) === Buffer.byteLength(expected) && timingSafeEqual(Buffer.from(signature), Buffer.from(expected)))) reject();
`,
            },
          ],
        },
      ],
    },
    // Express middleware with a namespace import of `node:crypto`.
    {
      code: `
import * as crypto from 'node:crypto';
import express from 'express';
const app = express();
app.use((req, res, next) => {
  if (req.headers['x-api-key'] !== process.env.API_KEY) return res.sendStatus(401);
  next();
});
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          data: { operator: '`!==`', what: 'API key' },
          line: 6,
          column: 7,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `
import * as crypto from 'node:crypto';
import express from 'express';
const app = express();
app.use((req, res, next) => {
  if (!(typeof req.headers['x-api-key'] === 'string' && typeof process.env.API_KEY === 'string' && Buffer.byteLength(req.headers['x-api-key']) === Buffer.byteLength(process.env.API_KEY) && crypto.timingSafeEqual(Buffer.from(req.headers['x-api-key']), Buffer.from(process.env.API_KEY)))) return res.sendStatus(401);
  next();
});
`,
            },
          ],
        },
      ],
    },
    // Next.js cron route: the template holds the secret.
    {
      code: `
import { NextResponse } from 'next/server';
export function GET(request: Request) {
  if (request.headers.get('authorization') !== \`Bearer \${process.env.CRON_SECRET}\`) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  return NextResponse.json({ ok: true });
}
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          data: { operator: '`!==`', what: 'credential' },
          line: 4,
          column: 7,
          endColumn: 83,
          suggestions: null,
        },
      ],
    },
    // An existing aliased import is reused.
    {
      code: `
import { timingSafeEqual as safeEqual } from 'crypto';
const ok = config.apiKey === presented;
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          line: 3,
          column: 12,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `
import { timingSafeEqual as safeEqual } from 'crypto';
const ok = typeof config.apiKey === 'string' && typeof presented === 'string' && Buffer.byteLength(config.apiKey) === Buffer.byteLength(presented) && safeEqual(Buffer.from(config.apiKey), Buffer.from(presented));
`,
            },
          ],
        },
      ],
    },
    // Fastify, type assertion kept.
    {
      code: `
fastify.addHook('onRequest', async (request, reply) => {
  if ((request.headers['x-webhook-token'] as string) === webhookToken) return;
  reply.code(401).send();
});
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          line: 3,
          column: 7,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `
import { timingSafeEqual } from 'crypto';
fastify.addHook('onRequest', async (request, reply) => {
  if (typeof request.headers['x-webhook-token'] === 'string' && typeof webhookToken === 'string' && Buffer.byteLength(request.headers['x-webhook-token'] as string) === Buffer.byteLength(webhookToken) && timingSafeEqual(Buffer.from(request.headers['x-webhook-token'] as string), Buffer.from(webhookToken))) return;
  reply.code(401).send();
});
`,
            },
          ],
        },
      ],
    },
    // Koa.
    {
      code: `
router.post('/hooks', async (ctx) => {
  if (ctx.get('X-Api-Key') !== ctx.state.tenant.apiKey) ctx.throw(401);
});
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          line: 3,
          column: 7,
          endColumn: 55,
          suggestions: null,
        },
      ],
    },
    // Origin through a local Hmac object; the digest call cannot run twice.
    {
      code: `
import { createHmac } from 'crypto';
const h = createHmac('sha256', key);
h.update(body);
if (h.digest('hex') === given) accept();
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          data: { operator: '`===`', what: 'digest' },
          line: 5,
          column: 5,
          suggestions: null,
        },
      ],
    },
    {
      code: `
import { createHash } from 'node:crypto';
const ok = createHash('sha256').update(apiKey).digest('hex') === storedHash;
`,
      errors: [{ messageId: 'timingUnsafeCompare', line: 3, column: 12, suggestions: null }],
    },
    {
      code: "const ok = req.header('Authorization') == expected;",
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          data: { operator: '`==`', what: 'credential' },
          line: 1,
          column: 12,
          suggestions: null,
        },
      ],
    },
    // A type-only import brings no value: a new import line is added.
    {
      code: "import type { BinaryLike } from 'node:crypto';\nconst ok = (apiKey as BinaryLike) === presented;",
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          line: 2,
          column: 12,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output:
                "import type { BinaryLike } from 'node:crypto';\nimport { timingSafeEqual } from 'node:crypto';\nconst ok = typeof apiKey === 'string' && typeof presented === 'string' && Buffer.byteLength(apiKey as BinaryLike) === Buffer.byteLength(presented) && timingSafeEqual(Buffer.from(apiKey as BinaryLike), Buffer.from(presented));",
            },
          ],
        },
      ],
    },
    // Known Limitations: a lexer token named plain `token`.
    {
      code: 'if (token === firstTokenOfLine) indent(token);',
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          line: 1,
          column: 5,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output:
                "import { timingSafeEqual } from 'crypto';\nif (typeof token === 'string' && typeof firstTokenOfLine === 'string' && Buffer.byteLength(token) === Buffer.byteLength(firstTokenOfLine) && timingSafeEqual(Buffer.from(token), Buffer.from(firstTokenOfLine))) indent(token);",
            },
          ],
        },
      ],
    },
    // Known Limitations: a digest that is not cryptographic, by its name.
    {
      code: "if (report.digest('weekly') === lastDigest) skip();",
      errors: [{ messageId: 'timingUnsafeCompare', line: 1, column: 5, suggestions: null }],
    },
    // Known by origin alone: aliased and default imports.
    {
      code: `
import { createHmac as hmacOf } from 'crypto';
const expected = hmacOf('sha256', key).update(body).digest('base64');
const ok = expected == req.header('x-shopify-hmac-sha256');
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          data: { operator: '`==`', what: 'digest' },
          line: 4,
          column: 12,
          suggestions: null,
        },
      ],
    },
    {
      code: `
import nodeCrypto from 'node:crypto';
const computed = nodeCrypto.createHash('sha256').update(presentedToken).digest('hex');
if (computed !== stored) throw new Error('invalid');
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          line: 4,
          column: 5,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `
import nodeCrypto from 'node:crypto';
const computed = nodeCrypto.createHash('sha256').update(presentedToken).digest('hex');
if (!(typeof computed === 'string' && typeof stored === 'string' && Buffer.byteLength(computed) === Buffer.byteLength(stored) && nodeCrypto.timingSafeEqual(Buffer.from(computed), Buffer.from(stored)))) throw new Error('invalid');
`,
            },
          ],
        },
      ],
    },
    // A secret compared with a literal that looks like a key.
    {
      code: "if (apiKey === 'sk_live_4eC39HqLyjWDarjtT1zdp7dc') allow();",
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          line: 1,
          column: 5,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output:
                "import { timingSafeEqual } from 'crypto';\nif (typeof apiKey === 'string' && Buffer.byteLength(apiKey) === Buffer.byteLength('sk_live_4eC39HqLyjWDarjtT1zdp7dc') && timingSafeEqual(Buffer.from(apiKey), Buffer.from('sk_live_4eC39HqLyjWDarjtT1zdp7dc'))) allow();",
            },
          ],
        },
      ],
    },
    {
      code: `
const equal = secret.localeCompare(provided) === 0;
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          data: { operator: '`.localeCompare`', what: 'secret' },
          line: 2,
          column: 15,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `
import { timingSafeEqual } from 'crypto';
const equal = typeof secret === 'string' && typeof provided === 'string' && Buffer.byteLength(secret) === Buffer.byteLength(provided) && timingSafeEqual(Buffer.from(secret), Buffer.from(provided));
`,
            },
          ],
        },
      ],
    },
    // Not an equality test: reported, nothing to suggest.
    {
      code: 'const order = token.localeCompare(other);',
      errors: [{ messageId: 'timingUnsafeCompare', line: 1, column: 15, suggestions: null }],
    },
    {
      code: 'const same = user.resetToken?.equals(presented);',
      errors: [{ messageId: 'timingUnsafeCompare', line: 1, column: 14, suggestions: null }],
    },
    // The name is taken by something else: no suggestion.
    {
      code: `
function timingSafeEqual(a: string, b: string) { return a == b; }
if (signature === expected) accept();
`,
      errors: [
        { messageId: 'timingUnsafeCompare', line: 3, column: 5, suggestions: null },
      ],
    },
    // Optional chaining and the non-null assertion.
    {
      code: 'const ok = req.headers?.authorization! === expected;',
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          line: 1,
          column: 12,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output:
                "import { timingSafeEqual } from 'crypto';\nconst ok = typeof req.headers?.authorization === 'string' && typeof expected === 'string' && Buffer.byteLength(req.headers?.authorization!) === Buffer.byteLength(expected) && timingSafeEqual(Buffer.from(req.headers?.authorization!), Buffer.from(expected));",
            },
          ],
        },
      ],
    },
    // A statement starting with the comparison, in code without semicolons.
    {
      code: `
import { timingSafeEqual } from 'crypto'
const expected = load()
token === expected ? accept() : reject()
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          line: 4,
          column: 1,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `
import { timingSafeEqual } from 'crypto'
const expected = load()
;(typeof token === 'string' && typeof expected === 'string' && Buffer.byteLength(token) === Buffer.byteLength(expected) && timingSafeEqual(Buffer.from(token), Buffer.from(expected))) ? accept() : reject()
`,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-timing-unsafe-compare (JavaScript)', rule, {
  valid: [
    'function check(req, next) { if (req.headers.authorization == null) return next(); }',
    "if (typeof req.query.token !== 'string') res.sendStatus(400);",
    "const isBearer = scheme === 'Bearer';",
    'const shown = token.slice(0, 4) + "…";',
  ],
  invalid: [
    // CommonJS with the module as a namespace.
    {
      code: `
const crypto = require('crypto');
function verify(body, signature, secret) {
  const hmac = crypto.createHmac('sha256', secret).update(body).digest('hex');
  return hmac === signature;
}
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          line: 5,
          column: 10,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `
const crypto = require('crypto');
function verify(body, signature, secret) {
  const hmac = crypto.createHmac('sha256', secret).update(body).digest('hex');
  return typeof hmac === 'string' && typeof signature === 'string' && Buffer.byteLength(hmac) === Buffer.byteLength(signature) && crypto.timingSafeEqual(Buffer.from(hmac), Buffer.from(signature));
}
`,
            },
          ],
        },
      ],
    },
    // A destructured require grows.
    {
      code: `
const { createHmac } = require('node:crypto');
const digest = createHmac('sha1', key).update(payload).digest('hex');
if (digest != req.get('X-Hub-Signature')) throw new Error('bad signature');
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          data: { operator: '`!=`', what: 'digest' },
          line: 4,
          column: 5,
          suggestions: null,
        },
      ],
    },
    // Other requires: a `require` line is added after them, with `node:`.
    {
      code: `
const express = require("node:path")
if (config.apiKey == key) next()
`,
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          line: 3,
          column: 5,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `
const express = require("node:path")
const { timingSafeEqual } = require("node:crypto")
if (typeof config.apiKey === 'string' && typeof key === 'string' && Buffer.byteLength(config.apiKey) === Buffer.byteLength(key) && timingSafeEqual(Buffer.from(config.apiKey), Buffer.from(key))) next()
`,
            },
          ],
        },
      ],
    },
    {
      code: "'use strict';\nmodule.exports = (req) => req.body.token === storedToken;",
      errors: [
        {
          messageId: 'timingUnsafeCompare',
          line: 2,
          column: 27,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output:
                "'use strict';\nconst { timingSafeEqual } = require('crypto');\nmodule.exports = (req) => (typeof req.body.token === 'string' && typeof storedToken === 'string' && Buffer.byteLength(req.body.token) === Buffer.byteLength(storedToken) && timingSafeEqual(Buffer.from(req.body.token), Buffer.from(storedToken)));",
            },
          ],
        },
      ],
    },
  ],
});
