import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-hardcoded-secrets';
import { jsRuleTester, ruleTester } from '../rule-tester';

// Every token below is random text in the shape of a real one; none is live.
const jsx = { parserOptions: { ecmaFeatures: { jsx: true } } };

ruleTester.run('no-hardcoded-secrets', rule, {
  valid: [
    // Environment reads.
    'const jwtSecret = process.env.JWT_SECRET;',
    "const apiKey = process.env['STRIPE_API_KEY'] ?? '';",
    "const { DB_PASSWORD, JWT_SECRET = '' } = process.env;",
    'const token = import.meta.env.VITE_MAPBOX_TOKEN as string;',
    // Placeholders that cannot be credentials.
    `
const placeholders = {
  apiKey: '<your-api-key>',
  token: 'your-key-here',
  password: 'changeme',
  secret: 'xxx',
  clientSecret: '***',
  accessToken: '...',
  privateKey: 'example',
  authToken: 'test',
  refreshToken: 'dummy',
  webhookSecret: '',
};
`,
    // Labels and messages.
    "const messages = { password: 'Password is required', token: 'Your session has expired' };",
    "throw new Error('Invalid password');",
    // Field names and input types.
    `
import { Strategy as LocalStrategy } from 'passport-local';
passport.use(new LocalStrategy({ usernameField: 'email', passwordField: 'password' }, verify));
`,
    "const field = { name: 'password', type: 'password', password: 'password', autoComplete: 'current-password' };",
    {
      code: 'const input = <input type="password" name="password" placeholder="Password" />;',
      languageOptions: jsx,
    },
    // Schema builders, lengths and policies.
    `
import { z } from 'zod';
const Login = z.object({ email: z.string().email(), password: z.string().min(8).max(128) });
`,
    'const PASSWORD_MIN = 8;\nconst PASSWORD_MIN_LENGTH = 12;\nconst tokenTtl = 900;',
    // Algorithm names next to secret names.
    "const jwtConfig = { secret: 'HS256', signingKey: 'RS256' };",
    `
import { createHmac } from 'node:crypto';
export const sign = (body: string) => createHmac('sha256', process.env.WEBHOOK_SECRET!).update(body).digest('hex');
`,
    // Names of environment variables (field case C17).
    `
const settings = {
  stripeApiKeyEnv: 'PAYMENTS_STRIPE_API_KEY_V2',
  webhookSecretVar: 'PAYMENTS_WEBHOOK_SECRET_PRIMARY',
};
const apiKey = 'STRIPE_API_KEY';
`,
    // i18n keys, storage keys and header names.
    "const errors = { password: 'auth.password.invalid', token: 'errors.token_expired' };",
    "export const ACCESS_TOKEN = 'accessToken';\nexport const REFRESH_TOKEN = 'refresh_token';\nconst TOKEN_KEY = 'auth-token';",
    "const headers = { 'x-api-key': 'x-api-key', authorization: 'Bearer' };",
    // Options that sit under credential names.
    "await fetch('/api/me', { credentials: 'include' });",
    "const oauth = { grant_type: 'refresh_token', tokenType: 'Bearer', token: 'refresh' };",
    // Translations and one-word labels.
    "const de = { password: 'Passwort', token: 'Jeton' };",
    "const es = { password: 'contraseña' };",
    // Paths to key files, URLs without a password, local defaults.
    "const tls = { privateKey: './certs/server-key.pem', secret: '/run/secrets/jwt' };",
    "const DATABASE_URL = 'postgres://localhost:5432/app';",
    "const devUrl = 'postgres://postgres:postgres@localhost:5432/app';",
    "const docsUrl = 'postgres://user:pass@host:5432/db';",
    // PEM blocks whose bodies are placeholders (field case C19).
    `
export const deployKeyHelp = {
  title: 'Add a deploy key',
  format: '-----BEGIN OPENSSH PRIVATE KEY-----\\n<paste the key here>\\n-----END OPENSSH PRIVATE KEY-----',
  sample: '-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n',
};
`,
    // Public by design: publishable keys and Firebase web configs.
    "const stripe = await loadStripe('pk_live_wkNhFdnXsiVpzz63FfkCzJr4');",
    `
const firebaseConfig = {
  apiKey: 'AIzaxHKas1VOqg6YYZYn9ZhyiA4uoRgnatmUdjA',
  authDomain: 'shop-4f2a1.firebaseapp.com',
  projectId: 'shop-4f2a1',
};
`,
    // Keys that come from elsewhere.
    `
import jwt from 'jsonwebtoken';
export const mint = (sub: string) => jwt.sign({ sub }, config.jwtSecret, { expiresIn: '1h' });
export const check = (token: string) => jwt.verify(token, getPublicKey(), { algorithms: ['RS256'] });
`,
    `
import session from 'express-session';
import cookieParser from 'cookie-parser';
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));
app.use(cookieParser());
app.use(cookieParser(process.env.COOKIE_SECRET));
`,
    // Field case C03: the key is a parameter.
    `
import { createHmac } from 'node:crypto';
export function sign(rawBody: Buffer, hookSecret: string) {
  return 'sha256=' + createHmac('sha256', hookSecret).update(rawBody).digest('hex');
}
`,
    // Fallbacks that are not secrets.
    `
const port = process.env.PORT || '3000';
const algorithm = process.env.JWT_ALGORITHM || 'HS256';
const apiKeyHeader = process.env.API_KEY_HEADER ?? 'x-api-key';
const db = pgp(process.env.DATABASE_URL ?? '');
`,
    // A shadowed `process` is not the environment, and a key for a local module.
    `
function read(process: { env: Record<string, string> }) {
  return process.env.TOKEN_VALUE || 'fallback-9a8b7c';
}
import jwt from './my-jwt';
jwt.sign(payload, 'local-helper-value');
`,
    // Field case C17, as found.
    `
const settings = {
  stripeApiKeyEnv: 'PAYMENTS_STRIPE_API_KEY_V2',
  webhookSecretVar: 'PAYMENTS_WEBHOOK_SECRET_PRIMARY',
};

export function readSecret(name: keyof typeof settings): string {
  const value = process.env[settings[name]];
  if (!value) throw new Error(\`environment variable \${settings[name]} is not set\`);
  return value;
}
`,
    // Field case C21: an empty fallback for a cookie-session key.
    `
import express from 'express';
import cookieSession from 'cookie-session';
import helmet from 'helmet';
import { randomBytes } from 'node:crypto';

const app = express();
app.use(helmet());
app.use(cookieSession({ name: 'sid', keys: [process.env.SESSION_KEY ?? ''], secure: true, httpOnly: true, sameSite: 'lax' }));

app.get('/csrf', (_req, res) => {
  const csrfToken = randomBytes(32).toString('hex');
  res.cookie('XSRF-TOKEN', csrfToken, { secure: true, sameSite: 'strict' });
  res.json({ ok: true });
});
`,
    // Half-written code.
    `
import jwt from 'jsonwebtoken';
import { createHmac } from 'crypto';
import session from 'express-session';
jwt.sign();
createHmac('sha256');
session();
session(...args);
new jwt.sign;
`,
    // Action types, cache-key paths, validation patterns, capitalised labels.
    `
export const REFRESH_TOKEN = 'auth/refreshToken';
const patterns = { password: '^(?=.*[A-Z])(?=.*\\d).{8,}$', token: '[A-Za-z0-9]{32}' };
const fr = { password: 'Mot-de-passe', apiKey: 'Clé-API' };
const masked = { password: '••••••••' };
const rules = { password: 'required|min:8|confirmed' };
`,
    // Shadowed library names, options we cannot see, spread options.
    `
function mint(jwt: { sign(p: object, k: string): string }) {
  return jwt.sign({}, 'helper-argument-1');
}
import session from 'express-session';
app.use(session({ ...sessionOptions, resave: false }));
app.use(session(loadOptions()));
`,
    // \`pass\` is a password only next to a user name.
    "const result = { pass: 'all-checks-ok-1', message: () => 'matched' };",
    // Fastify plugins are judged by option name; a spaced value is missed (Known Limitations).
    "app.register(fastifyJwt, { secret: 'keyboard cat' });",
    // Unusual identifiers.
    "const пароль = 'значение-7';\nconst clé = 'valeur';",
    // A sentence-like value is not reported by its name alone (Known Limitations).
    "const secret = 'keyboard cat';",
    // Secrets built at run time are not seen (Known Limitations).
    "const password = ['hun', 'ter', '2'].join('');",
    // Test files by convention.
    {
      code: "const password = 'hunter2-for-tests';",
      filename: 'src/__tests__/login.ts',
    },
    {
      code: "const apiKey = 'sk_live_wkNhFdnXsiVpzz63FfkCzJr4';",
      filename: 'src/payments.spec.ts',
    },
    {
      code: "export const users = [{ email: 'a@b.c', password: 'S3cure!pass' }];",
      filename: 'test/fixtures/users.ts',
    },
    {
      code: "const apiKey = 'AKIAUJZDE8GXD6NCF10E';",
      filename: 'src/config.test.ts',
    },
    // ignoreNames removes a name from the vocabulary.
    {
      code: "const demoToken = 'pk-demo-8Hq2Lw9x';",
      options: [{ ignoreNames: ['^demoToken$'] }],
    },
    // checkEntropy is off by default.
    "const integrity = 'AAjlsHUqJoUD/+Ydua+5ZMs1SWOpQaPRYpzbLGVi';",
    {
      code: "const requestId = '550e8400-e29b-41d4-a716-446655440000';",
      options: [{ checkEntropy: true }],
    },
  ],
  invalid: [
    {
      code: "const jwtSecret = 'n8Fq2xLw7Zp4Rt1v';",
      errors: [
        {
          messageId: 'secretName',
          data: { name: 'jwtSecret', kind: 'a secret' },
          line: 1,
          column: 19,
          endColumn: 37,
          suggestions: [
            { messageId: 'readFromEnv', output: 'const jwtSecret = process.env.JWT_SECRET;' },
          ],
        },
      ],
    },
    {
      code: `
class PaymentsClient {
  private readonly apiKey = 'c29tZS1hcGkta2V5LTEyMzQ1' as const;
}
`,
      errors: [
        {
          messageId: 'secretName',
          line: 3,
          column: 29,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
class PaymentsClient {
  private readonly apiKey = process.env.API_KEY as const;
}
`,
            },
          ],
        },
      ],
    },
    {
      code: "export function connect(password = 'Tr0ub4dor&3') { return password; }",
      errors: [
        {
          messageId: 'secretName',
          line: 1,
          column: 36,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: 'export function connect(password = process.env.PASSWORD) { return password; }',
            },
          ],
        },
      ],
    },
    {
      code: "config.secret = 'a8f5f167f44f4964e6c998dee827110c';",
      errors: [
        {
          messageId: 'secretName',
          line: 1,
          column: 17,
          suggestions: [
            { messageId: 'readFromEnv', output: 'config.secret = process.env.SECRET;' },
          ],
        },
      ],
    },
    {
      code: "const db = { host: 'db.internal', user: 'app', password: 'P@ssw0rd-2024' };",
      errors: [
        {
          messageId: 'secretName',
          line: 1,
          column: 58,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: "const db = { host: 'db.internal', user: 'app', password: process.env.PASSWORD };",
            },
          ],
        },
      ],
    },
    {
      code: "const transport = nodemailer.createTransport({ auth: { user: 'ops@shop.io', pass: 'mailpass-9981' } });",
      errors: [
        {
          messageId: 'secretName',
          data: { name: 'pass', kind: 'a password' },
          line: 1,
          column: 83,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: "const transport = nodemailer.createTransport({ auth: { user: 'ops@shop.io', pass: process.env.PASSWORD } });",
            },
          ],
        },
      ],
    },
    {
      code: `
const s3 = new S3Client({
  credentials: {
    accessKeyId: 'AKIAUJZDE8GXD6NCF10E',
    secretAccessKey: 'AAjlsHUqJoUD/+Ydua+5ZMs1SWOpQaPRYpzbLGVi',
  },
});
`,
      errors: [
        {
          messageId: 'knownFormat',
          data: { format: 'an AWS access key id' },
          line: 4,
          column: 18,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
const s3 = new S3Client({
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID,
    secretAccessKey: 'AAjlsHUqJoUD/+Ydua+5ZMs1SWOpQaPRYpzbLGVi',
  },
});
`,
            },
          ],
        },
        {
          messageId: 'secretName',
          line: 5,
          column: 22,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
const s3 = new S3Client({
  credentials: {
    accessKeyId: 'AKIAUJZDE8GXD6NCF10E',
    secretAccessKey: process.env.SECRET_ACCESS_KEY,
  },
});
`,
            },
          ],
        },
      ],
    },
    {
      code: "const octokit = new Octokit({ auth: 'ghp_pfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0Rlg' });",
      errors: [
        {
          messageId: 'knownFormat',
          data: { format: 'a GitHub token' },
          line: 1,
          column: 37,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: 'const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });',
            },
          ],
        },
      ],
    },
    {
      code: "const slack = new WebClient('xoxb-749118625276-0189555979711-8rESQedUStPKR0CsTy4Qwb8D');",
      errors: [
        {
          messageId: 'knownFormat',
          data: { format: 'a Slack token' },
          line: 1,
          column: 29,
          suggestions: [
            { messageId: 'readFromEnv', output: 'const slack = new WebClient(process.env.SLACK_TOKEN);' },
          ],
        },
      ],
    },
    {
      code: "const stripe = new Stripe('sk_live_wkNhFdnXsiVpzz63FfkCzJr4', { apiVersion: '2024-06-20' });",
      errors: [
        {
          messageId: 'knownFormat',
          data: { format: 'a Stripe live secret key' },
          line: 1,
          column: 27,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });",
            },
          ],
        },
      ],
    },
    {
      code: "sgMail.setApiKey('SG.WtGSU8po_799NksnRH9ucA.UsdMlHUvTCQCyEZDz-TddJ8HyS5SUkCnD8zRA9a9Skp');",
      errors: [
        {
          messageId: 'knownFormat',
          data: { format: 'a SendGrid API key' },
          line: 1,
          column: 18,
          suggestions: [
            { messageId: 'readFromEnv', output: 'sgMail.setApiKey(process.env.SENDGRID_API_KEY);' },
          ],
        },
      ],
    },
    {
      code: "writeFileSync('.npmrc', `//registry.npmjs.org/:_authToken=npm_sGpWLuqIA1id6Vw5DQL05HA064GiIjHGb3CX\\n`);",
      errors: [
        {
          messageId: 'knownFormat',
          data: { format: 'an npm token' },
          line: 1,
          column: 25,
          suggestions: [],
        },
      ],
    },
    {
      code: `
export const SIGNING_KEY = \`-----BEGIN PRIVATE KEY-----
tUsGr7CmY+uCu3ZR1zTOlUcR64cXQLioDnkHIfxIq2HZt/PlJhx2jIclHkCiHp6b
R1IqfEouHgxzNNAL5wIScGebcy8F5n3/YNBDRzrZSgqbjG3uhkWKFLf6xuI5aHUQ
-----END PRIVATE KEY-----\`;
`,
      errors: [
        {
          messageId: 'knownFormat',
          data: { format: 'a private key' },
          line: 2,
          column: 28,
          endLine: 5,
          suggestions: [
            { messageId: 'readFromEnv', output: '\nexport const SIGNING_KEY = process.env.SIGNING_KEY;\n' },
          ],
        },
      ],
    },
    {
      code: `
const privateKey =
  '-----BEGIN RSA PRIVATE KEY-----\\n' +
  'tUsGr7CmY+uCu3ZR1zTOlUcR64cXQLioDnkHIfxIq2HZt/PlJhx2jIclHkCiHp6b\\n' +
  'R1IqfEouHgxzNNAL5wIScGebcy8F5n3/YNBDRzrZSgqbjG3uhkWKFLf6xuI5aHUQ\\n' +
  '-----END RSA PRIVATE KEY-----\\n';
`,
      errors: [
        {
          messageId: 'knownFormat',
          line: 3,
          column: 3,
          endLine: 6,
          suggestions: [
            { messageId: 'readFromEnv', output: '\nconst privateKey =\n  process.env.PRIVATE_KEY;\n' },
          ],
        },
      ],
    },
    {
      code: "const res = await fetch(url, { headers: { Authorization: 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzgxIiwicm9sZSI6ImFkbWluIiwiaWF0IjoxNzY0NzIwMDAwfQ.xatws8phP9nhFyJfm5di4PzJ59FHz5r1pY4OjE2jBMp' } });",
      errors: [
        {
          messageId: 'knownFormat',
          data: { format: 'a signed JWT' },
          line: 1,
          column: 58,
          suggestions: [],
        },
      ],
    },
    {
      code: "await mongoose.connect('mongodb+srv://svc:Q8d2mKz1@cluster0.ab1cd.mongodb.net/app');",
      errors: [
        {
          messageId: 'knownFormat',
          data: { format: 'a connection string with a password' },
          line: 1,
          column: 24,
          suggestions: [
            { messageId: 'readFromEnv', output: 'await mongoose.connect(process.env.DATABASE_URL);' },
          ],
        },
      ],
    },
    {
      code: "const repoUrl = `https://api.github.com/repos/${repo}?access_token=ghp_pfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0Rlg`;",
      errors: [{ messageId: 'knownFormat', line: 1, column: 53, suggestions: null }],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
export const mint = (sub: string) => jwt.sign({ sub }, 'keyboard cat', { expiresIn: '1h' });
`,
      errors: [
        {
          messageId: 'literalKey',
          data: { api: '`jwt.sign`', impact: 'forge tokens' },
          line: 3,
          column: 56,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import jwt from 'jsonwebtoken';
export const mint = (sub: string) => jwt.sign({ sub }, process.env.JWT_SECRET, { expiresIn: '1h' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { verify as verifyToken } from 'jsonwebtoken';
const KEY = 'shh-its-a-secret';
export const check = (token: string) => verifyToken(token, KEY, { algorithms: ['HS256'] });
`,
      errors: [
        {
          messageId: 'literalKey',
          data: { api: '`jwt.verify`', impact: 'forge tokens' },
          line: 3,
          column: 13,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import { verify as verifyToken } from 'jsonwebtoken';
const KEY = process.env.JWT_SECRET;
export const check = (token: string) => verifyToken(token, KEY, { algorithms: ['HS256'] });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { SignJWT, jwtVerify } from 'jose';
const secret = new TextEncoder().encode('cc7e0d44fd473002f1c42167459001140ec6389b');
export const issue = () => new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(secret);
`,
      errors: [
        {
          messageId: 'literalKey',
          data: { api: '`SignJWT.sign`', impact: 'forge tokens' },
          line: 3,
          column: 41,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import { SignJWT, jwtVerify } from 'jose';
const secret = new TextEncoder().encode(process.env.JWT_SECRET);
export const issue = () => new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(secret);
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: 'shared-hmac-value', algorithms: ['HS256'] }));
`,
      errors: [
        {
          messageId: 'literalKey',
          data: { api: '`express-jwt`', impact: 'forge tokens' },
          line: 3,
          column: 30,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
const opts = { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'secret' };
passport.use(new JwtStrategy(opts, verify));
`,
      errors: [
        {
          messageId: 'literalKey',
          line: 3,
          column: 87,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
const opts = { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET };
passport.use(new JwtStrategy(opts, verify));
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { JwtModule } from '@nestjs/jwt';
export const auth = JwtModule.register({ secret: 'topSecret51', signOptions: { expiresIn: 3600 } });
`,
      errors: [
        {
          messageId: 'literalKey',
          data: { api: '`@nestjs/jwt`', impact: 'forge tokens' },
          line: 3,
          column: 50,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import { JwtModule } from '@nestjs/jwt';
export const auth = JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: 3600 } });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import * as crypto from 'node:crypto';
export const sign = (body: string) => crypto.createHmac('sha256', 'webhook-signing-key').update(body).digest('hex');
`,
      errors: [
        {
          messageId: 'literalKey',
          data: { api: '`createHmac`', impact: 'forge signatures' },
          line: 3,
          column: 67,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import * as crypto from 'node:crypto';
export const sign = (body: string) => crypto.createHmac('sha256', process.env.HMAC_SECRET).update(body).digest('hex');
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { createCipheriv, randomBytes } from 'crypto';
const cipher = createCipheriv('aes-256-gcm', Buffer.from('k3y-f0r-aes-256-gcm-32-bytes-ok!'), randomBytes(12));
`,
      errors: [
        {
          messageId: 'literalKey',
          data: { api: '`createCipheriv`', impact: 'decrypt the data' },
          line: 3,
          column: 58,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import { createCipheriv, randomBytes } from 'crypto';
const cipher = createCipheriv('aes-256-gcm', Buffer.from(process.env.ENCRYPTION_KEY), randomBytes(12));
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import session from 'express-session';
app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true }));
`,
      errors: [
        {
          messageId: 'literalKey',
          data: { api: '`express-session`', impact: 'forge session cookies' },
          line: 3,
          column: 27,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import session from 'express-session';
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: true }));
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import cookieParser from 'cookie-parser';
import cookieSession from 'cookie-session';
app.use(cookieParser('s3cret-cookie-signer'));
app.use(cookieSession({ name: 'session', keys: ['rotating-key-a1', 'rotating-key-b2'] }));
`,
      errors: [
        {
          messageId: 'literalKey',
          data: { api: '`cookie-parser`', impact: 'forge signed cookies' },
          line: 4,
          column: 22,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import cookieParser from 'cookie-parser';
import cookieSession from 'cookie-session';
app.use(cookieParser(process.env.COOKIE_SECRET));
app.use(cookieSession({ name: 'session', keys: ['rotating-key-a1', 'rotating-key-b2'] }));
`,
            },
          ],
        },
        {
          messageId: 'literalKey',
          data: { api: '`cookie-session`', impact: 'forge session cookies' },
          line: 5,
          column: 49,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import cookieParser from 'cookie-parser';
import cookieSession from 'cookie-session';
app.use(cookieParser('s3cret-cookie-signer'));
app.use(cookieSession({ name: 'session', keys: [process.env.SESSION_SECRET, 'rotating-key-b2'] }));
`,
            },
          ],
        },
        {
          messageId: 'literalKey',
          line: 5,
          column: 68,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import cookieParser from 'cookie-parser';
import cookieSession from 'cookie-session';
app.use(cookieParser('s3cret-cookie-signer'));
app.use(cookieSession({ name: 'session', keys: ['rotating-key-a1', process.env.SESSION_SECRET] }));
`,
            },
          ],
        },
      ],
    },
    {
      code: "const secret = process.env.JWT_SECRET || 'dev-jwt-secret';",
      errors: [
        {
          messageId: 'envFallback',
          data: { name: 'JWT_SECRET' },
          line: 1,
          column: 42,
          suggestions: [
            { messageId: 'removeFallback', output: 'const secret = process.env.JWT_SECRET;' },
          ],
        },
      ],
    },
    {
      code: `
import session from 'express-session';
app.use(session({ secret: process.env.SESSION_KEY ?? 'keyboard cat', resave: false }));
`,
      errors: [
        {
          messageId: 'envFallback',
          data: { name: 'SESSION_KEY' },
          line: 3,
          column: 54,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: `
import session from 'express-session';
app.use(session({ secret: process.env.SESSION_KEY, resave: false }));
`,
            },
          ],
        },
      ],
    },
    {
      code: "const { DB_PASSWORD = 'r00tpass!' } = process.env;",
      errors: [
        {
          messageId: 'envFallback',
          data: { name: 'DB_PASSWORD' },
          line: 1,
          column: 23,
          suggestions: [
            { messageId: 'removeFallback', output: 'const { DB_PASSWORD } = process.env;' },
          ],
        },
      ],
    },
    {
      code: "export const apiKey = (import.meta.env.VITE_SEARCH_BACKEND as string) ?? 'a1b2c3d4e5f6g7';",
      errors: [
        {
          messageId: 'envFallback',
          data: { name: 'VITE_SEARCH_BACKEND' },
          line: 1,
          column: 74,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: 'export const apiKey = (import.meta.env.VITE_SEARCH_BACKEND as string);',
            },
          ],
        },
      ],
    },
    {
      code: "const headers = { Authorization: 'Basic dXNlcjpzM2NyM3RQYXNz' };",
      errors: [
        {
          messageId: 'secretName',
          line: 1,
          column: 34,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: 'const headers = { Authorization: process.env.AUTHORIZATION };',
            },
          ],
        },
      ],
    },
    {
      code: 'const checkout = <StripeProvider apiKey="sk_live_wkNhFdnXsiVpzz63FfkCzJr4" />;',
      languageOptions: jsx,
      errors: [
        {
          messageId: 'knownFormat',
          line: 1,
          column: 41,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: 'const checkout = <StripeProvider apiKey={process.env.API_KEY} />;',
            },
          ],
        },
      ],
    },
    {
      code: "const dsn = 'k8s-backup-7c1d9e';",
      options: [{ extraNames: ['^dsn$', '^x\\-legacy$'] }],
      errors: [
        {
          messageId: 'secretName',
          line: 1,
          column: 13,
          suggestions: [{ messageId: 'readFromEnv', output: 'const dsn = process.env.DSN;' }],
        },
      ],
    },
    {
      code: "const config = { webhookUrlSigner: 'AAjlsHUqJoUD/+Ydua+5ZMs1SWOpQaPRYpzbLGVi' };",
      options: [{ checkEntropy: true }],
      errors: [
        {
          messageId: 'randomLiteral',
          line: 1,
          column: 36,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: 'const config = { webhookUrlSigner: process.env.WEBHOOK_URL_SIGNER };',
            },
          ],
        },
      ],
    },
    {
      code: `
import session from 'express-session';
const base = { secret: 'cat-on-keyboard-42', resave: false } satisfies session.SessionOptions;
app.use(session({ ...base, saveUninitialized: false }));
`,
      errors: [
        {
          messageId: 'literalKey',
          line: 3,
          column: 24,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import session from 'express-session';
const base = { secret: process.env.SESSION_SECRET, resave: false } satisfies session.SessionOptions;
app.use(session({ ...base, saveUninitialized: false }));
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import koaJwt from 'koa-jwt';
import { createSigner } from 'fast-jwt';
app.use(koaJwt({ secret: 'koa-shared-secret-9' }));
const signer = createSigner({ key: 'fast-jwt-key-8a7b', expiresIn: 60_000 });
`,
      errors: [
        { messageId: 'literalKey', line: 4, column: 26, suggestions: [{ messageId: 'readFromEnv', output: `
import koaJwt from 'koa-jwt';
import { createSigner } from 'fast-jwt';
app.use(koaJwt({ secret: process.env.JWT_SECRET }));
const signer = createSigner({ key: 'fast-jwt-key-8a7b', expiresIn: 60_000 });
` }] },
        { messageId: 'literalKey', line: 5, column: 36, suggestions: [{ messageId: 'readFromEnv', output: `
import koaJwt from 'koa-jwt';
import { createSigner } from 'fast-jwt';
app.use(koaJwt({ secret: 'koa-shared-secret-9' }));
const signer = createSigner({ key: process.env.JWT_SECRET, expiresIn: 60_000 });
` }] },
      ],
    },
    {
      code: `
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'nest-passport-key' });
  }
}
`,
      errors: [
        {
          messageId: 'literalKey',
          line: 8,
          column: 84,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { JwtModule } from '@nestjs/jwt';
export const auth = JwtModule.registerAsync({
  useFactory: () => ({ secret: process.env.JWT_SECRET ?? 'nest-dev-secret' }),
});
`,
      errors: [
        {
          messageId: 'envFallback',
          line: 4,
          column: 58,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: `
import { JwtModule } from '@nestjs/jwt';
export const auth = JwtModule.registerAsync({
  useFactory: () => ({ secret: process.env.JWT_SECRET }),
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { jwtVerify } from 'jose';
const key = Buffer.from('jose-verify-key-77');
export const check = (token: string) => jwtVerify(token, key);
`,
      errors: [
        {
          messageId: 'literalKey',
          data: { api: '`jwtVerify`', impact: 'forge tokens' },
          line: 3,
          column: 25,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import { jwtVerify } from 'jose';
const key = Buffer.from(process.env.JWT_SECRET);
export const check = (token: string) => jwtVerify(token, key);
`,
            },
          ],
        },
      ],
    },
    {
      code: "app.register(fastifyJwt, { secret: 'supersecretvalue' });",
      errors: [
        {
          messageId: 'secretName',
          line: 1,
          column: 36,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: 'app.register(fastifyJwt, { secret: process.env.SECRET });',
            },
          ],
        },
      ],
    },
    {
      code: `
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService) {}
  issue(sub: string) {
    return this.jwt.sign({ sub }, { secret: 'per-call-secret-42', expiresIn: '5m' });
  }
}
`,
      errors: [
        {
          messageId: 'literalKey',
          line: 8,
          column: 45,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService) {}
  issue(sub: string) {
    return this.jwt.sign({ sub }, { secret: process.env.JWT_SECRET, expiresIn: '5m' });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      code: "const apiKey = 'AKIAUJZDE8GXD6NCF10E';",
      filename: 'src/__tests__/aws.ts',
      options: [{ ignoreTestFiles: false }],
      errors: [
        {
          messageId: 'knownFormat',
          line: 1,
          column: 16,
          suggestions: [{ messageId: 'readFromEnv', output: 'const apiKey = process.env.API_KEY;' }],
        },
      ],
    },
  ],
});

// Findings of a review against real-world code, by kind (see the rule page).
ruleTester.run('no-hardcoded-secrets (field review)', rule, {
  valid: [
    `import jwt from 'jsonwebtoken';
const PUBLIC_KEY = '-----BEGIN PUBLIC KEY-----\\nnlcSCtc9a3fZlDkZosCIH3TWsGRWm3rbvrkx0eknFlF/fMIAtAOhjiTaX+iTnmrc\\nxepNMdIlLIRnlcSCtc9a3fZlDkZosCIH3TWsGRWm3rbvrkx0eknFlF/fMIAtAO\\n-----END PUBLIC KEY-----';
export const claims = jwt.verify(token, PUBLIC_KEY);`,
    `import { Strategy } from 'passport-jwt';
new Strategy({ secretOrKey: '-----BEGIN CERTIFICATE-----\\nnlcSCtc9a3fZlDkZosCIH3TWsGRWm3rbvrkx0eknFlF/fMIAtAOhjiTaX+iTnmrc\\n-----END CERTIFICATE-----' }, verify);`,
    `const deployKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3pQ2nZ9vR7sT1uW4yA6bCd8Ef0Gh2Ij4Kl6Mn8Op0 deploy@ci';`,
    `const rsaKey = '-----BEGIN RSA PUBLIC KEY-----\\nMIIBCgKCAQEAnlcSCtc9a3fZlDkZosCIH3TWsGRWm3rbvrkx0eknFlF/fMIAtAOhjiTa\\n-----END RSA PUBLIC KEY-----';`,
    { code: `process.env.JWT_SECRET = 'test-jwt-secret-1234';`, filename: 'cypress/support/e2e.ts' },
    { code: `const password = 'Sup3rS3cretPw!';`, filename: 'src/login.cy.ts' },
    { code: `const password = 'Sup3rS3cretPw!';`, filename: 'test/app.e2e-spec.ts' },
    { code: `const password = 'Sup3rS3cretPw!';`, filename: 'e2e/login.ts' },
    { code: `const password = 'Sup3rS3cretPw!';`, filename: 'playwright/auth.ts' },
    { code: `export const user = { password: 'Sup3rS3cretPw!' };`, filename: 'src/mocks/handlers.ts' },
    { code: `process.env.API_KEY = 'k670RkfO4kkFdFklt65zg4tI0BmrnE2z';`, filename: 'vitest.setup.ts' },
    { code: `process.env.API_KEY = 'k670RkfO4kkFdFklt65zg4tI0BmrnE2z';`, filename: 'jest.setup.js' },
    { code: `process.env.API_KEY = 'k670RkfO4kkFdFklt65zg4tI0BmrnE2z';`, filename: 'src/setupTests.ts' },
    { code: `process.env.API_KEY = 'k670RkfO4kkFdFklt65zg4tI0BmrnE2z';`, filename: 'src/auth.setup.ts' },
    { code: `export const token = 'k_9f8e7d6c5b4a39281706';`, filename: 'src/auth.test-utils.ts' },
    { code: `export const password = 'Zq8!mK2#pL';`, filename: 'testing/helpers.ts' },
    `const SUPABASE_ANON_KEY = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJhbm9uIn0.Xk3pQ2nZ9vR7sT1uW4yA6bCd8Ef0Gh2Ij4';`,
    `mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZWNvIiwiYSI6ImNseDFhYmNkMDAwMHh5eiJ9.Xk3pQ2nZ9vR7sT1uW4yA6b';`,
    { code: `export const el = <LoadScript googleMapsApiKey="AIzaSyB3kX9mQ2pLw7Zr4Tn1Vc8Hd5Jf6Gs0Ye2" />;`, filename: 'src/map.tsx', languageOptions: jsx },
    { code: `export const el = <Map apiKey="AIzaSyB3kX9mQ2pLw7Zr4Tn1Vc8Hd5Jf6Gs0Ye2" />;`, filename: 'src/map.tsx', languageOptions: jsx },
    `export const MIXPANEL_TOKEN = 'c3f5a8b2d1e4f6a7b9c0d2e3f4a5b6c7';`,
    `export const algolia = { appId: 'ABCD1234EF', searchApiKey: '6be0576ff61c053d5f9a3225e2a90f76', searchKey: '6be0576ff61c053d5f9a3225e2a90f76' };`,
    `export const icons = { password: 'lock-closed', apiKey: 'key-round', hide: 'eye-off', secret: 'fa-lock', token: 'LockClosedIcon' };`,
    `export const tokens = { accentToken: '--accent-500', focusRingToken: 'var(--color-primary)', primaryToken: '$color-primary' };`,
    `export const de = { password: 'Passwort*', token: 'Passwort:', confirmPassword: 'Mot de passe :' };`,
    `export const users = [{ email: 'a@b.c', password: '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy' }];`,
    `const passwordHash = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG';
const password = '$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4Yb';`,
    `let lastSignificantToken = '?NoLineTerminatorHere';
const token = 'RegularExpressionLiteral';`,
  ],
  invalid: [
    {
      code: `const admin = createClient(url, 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJzZXJ2aWNlX3JvbGUifQ.Xk3pQ2nZ9vR7sT1uW4yA6bCd8Ef0Gh2Ij4');`,
      errors: [
        {
          messageId: 'knownFormat',
          line: 1,
          column: 33,
          suggestions: [
            { messageId: 'readFromEnv', output: `const admin = createClient(url, process.env.JWT);` },
          ],
        },
      ],
    },
    {
      code: `const MAPBOX_TOKEN = 'sk.eyJ1IjoiYWNtZSIsImEiOiJjbHgxIn0.Xk3pQ2nZ9vR7sT1uW4yA6b';`,
      errors: [
        {
          messageId: 'secretName',
          line: 1,
          column: 22,
          suggestions: [
            { messageId: 'readFromEnv', output: `const MAPBOX_TOKEN = process.env.MAPBOX_TOKEN;` },
          ],
        },
      ],
    },
    {
      code: `const config = { secret: 'my-secret-key' };`,
      errors: [
        {
          messageId: 'secretName',
          line: 1,
          column: 26,
          suggestions: [
            { messageId: 'readFromEnv', output: `const config = { secret: process.env.SECRET };` },
          ],
        },
      ],
    },
    {
      code: `const jwtSecret = process.env.JWT_SECRET || 'your-secret-key';`,
      errors: [
        {
          messageId: 'envFallback',
          line: 1,
          column: 45,
          suggestions: [
            { messageId: 'removeFallback', output: `const jwtSecret = process.env.JWT_SECRET;` },
          ],
        },
      ],
    },
    {
      code: `const jwtSecret = process.env.JWT_SECRET ?? 'dev-secret-change-me';`,
      errors: [
        {
          messageId: 'envFallback',
          line: 1,
          column: 45,
          suggestions: [
            { messageId: 'removeFallback', output: `const jwtSecret = process.env.JWT_SECRET;` },
          ],
        },
      ],
    },
    {
      code: `const jwtSecret = process.env.JWT_SECRET || 'changeme';`,
      filename: 'src/config.js',
      errors: [
        {
          messageId: 'envFallback',
          line: 1,
          column: 45,
          suggestions: [
            { messageId: 'removeFallback', output: `const jwtSecret = process.env.JWT_SECRET;` },
          ],
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const token = jwt.sign(payload, 'your-secret-key');`,
      errors: [
        {
          messageId: 'literalKey',
          line: 2,
          column: 40,
          suggestions: [
            { messageId: 'readFromEnv', output: `import jwt from 'jsonwebtoken';
export const token = jwt.sign(payload, process.env.JWT_SECRET);` },
          ],
        },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 'changeme' }));`,
      errors: [
        {
          messageId: 'literalKey',
          line: 2,
          column: 27,
          suggestions: [
            { messageId: 'readFromEnv', output: `import session from 'express-session';
app.use(session({ secret: process.env.SESSION_SECRET }));` },
          ],
        },
      ],
    },
    {
      code: `import { createCipheriv } from 'node:crypto';
const cipher = createCipheriv('aes-256-cbc', 'abcdefghijklmnopqrstuvwxyz123456', iv);`,
      errors: [
        {
          messageId: 'literalKey',
          line: 2,
          column: 46,
          suggestions: [
            { messageId: 'readFromEnv', output: `import { createCipheriv } from 'node:crypto';
const cipher = createCipheriv('aes-256-cbc', process.env.ENCRYPTION_KEY, iv);` },
          ],
        },
      ],
    },
    {
      code: `const key = '-----BEGIN PRIVATE KEY-----\\n5tClWaWXCwU7+mccAjC3Ub1gwese+aZIq0fLEO2gwATSvoHEHa0yyemJhcq/wxzKou7HdDYLAJ5tClWaWXCwU7+mccAjC3Ub1gwese+aZIq0fLEO2gwATSvoHEHa0yyemJhcq/wxzKou7HdDYLAJ\\n-----END PRIVATE KEY-----';`,
      errors: [
        {
          messageId: 'knownFormat',
          line: 1,
          column: 13,
          suggestions: [
            { messageId: 'readFromEnv', output: `const key = process.env.PRIVATE_KEY;` },
          ],
        },
      ],
    },
    {
      code: `const signingKey = '-----BEGIN PRIVATE KEY----- 5tClWaWXCwU7+mccAjC3Ub1gwese+aZIq0fLEO2gwATSvoHEHa0yyemJhcq/wxzK ou7HdDYLAJ5tClWaWXCwU7+mccAjC3Ub1gwese+aZIq0fLEO2gwATSvoHEHa0yyemJ -----END PRIVATE KEY-----';`,
      errors: [
        {
          messageId: 'knownFormat',
          line: 1,
          column: 20,
          suggestions: [
            { messageId: 'readFromEnv', output: `const signingKey = process.env.SIGNING_KEY;` },
          ],
        },
      ],
    },
    {
      code: `const secret = process.env.JWT_SECRET || process.env.SECRET || 'Zq8mK2pLw7Zr4Tn1Vc8Hd5Jf6Gs0Ye2';`,
      errors: [
        {
          messageId: 'envFallback',
          line: 1,
          column: 64,
          suggestions: [
            { messageId: 'removeFallback', output: `const secret = process.env.JWT_SECRET || process.env.SECRET;` },
          ],
        },
      ],
    },
    {
      code: `const secret = process.env.JWT_SECRET ? process.env.JWT_SECRET : 'Zq8mK2pLw7Zr4Tn1Vc8Hd5Jf6Gs0Ye2';`,
      errors: [
        {
          messageId: 'envFallback',
          line: 1,
          column: 66,
          suggestions: [],
        },
      ],
    },
    {
      code: `const secret = configService.get<string>('JWT_SECRET', 'Zq8mK2pLw7Zr4Tn1Vc8Hd5Jf6Gs0Ye2');`,
      errors: [
        {
          messageId: 'envFallback',
          line: 1,
          column: 56,
          suggestions: [],
        },
      ],
    },
    {
      code: `class JwtConfig {
  constructor(private readonly config: ConfigService) {}
  get secret() { return this.config.get<string>('JWT_SECRET') ?? 'dev-secret-change-me'; }
}`,
      errors: [
        {
          messageId: 'envFallback',
          line: 3,
          column: 66,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: `class JwtConfig {
  constructor(private readonly config: ConfigService) {}
  get secret() { return this.config.get<string>('JWT_SECRET'); }
}`,
            },
          ],
        },
      ],
    },
    {
      code: `class Client { #apiKey = 'f3b2c1d0e9a8f7b6c5d4e3f2a1b0c9d8'; }`,
      errors: [
        {
          messageId: 'secretName',
          line: 1,
          column: 26,
          suggestions: [
            { messageId: 'readFromEnv', output: `class Client { #apiKey = process.env.API_KEY; }` },
          ],
        },
      ],
    },
    {
      code: `const jwtSecret: string = process.env.JWT_SECRET || 'Zq8mK2pLw7Zr4Tn1Vc8Hd5Jf6Gs0Ye2';`,
      errors: [
        {
          messageId: 'envFallback',
          line: 1,
          column: 53,
          suggestions: [],
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const t = jwt.sign(p, process.env.JWT_SECRET || 'Zq8mK2pLw7Zr4Tn1Vc8Hd5Jf6Gs0Ye2');`,
      errors: [
        {
          messageId: 'envFallback',
          line: 2,
          column: 56,
          suggestions: [],
        },
      ],
    },
    {
      code: `const jwt = require('jsonwebtoken');
exports.t = jwt.sign(p, process.env.JWT_SECRET || 'Zq8mK2pLw7Zr4Tn1Vc8Hd5Jf6Gs0Ye2');`,
      filename: 'src/token.js',
      errors: [
        {
          messageId: 'envFallback',
          line: 2,
          column: 51,
          suggestions: [
            { messageId: 'removeFallback', output: `const jwt = require('jsonwebtoken');
exports.t = jwt.sign(p, process.env.JWT_SECRET);` },
          ],
        },
      ],
    },
    {
      code: `export const admin = { email: 'a@b.c', password: 'Adm1nPassw0rd!' };`,
      filename: 'prisma/seed.ts',
      errors: [
        {
          messageId: 'secretName',
          line: 1,
          column: 50,
          suggestions: [
            { messageId: 'readFromEnv', output: `export const admin = { email: 'a@b.c', password: process.env.PASSWORD };` },
          ],
        },
      ],
    },
  ],
});

// The env-read suggestion follows the file's style and the object path.
ruleTester.run('no-hardcoded-secrets (suggestion style)', rule, {
  valid: [],
  invalid: [
    {
      code: `const baseUrl = import.meta.env.VITE_API_URL;
const apiKey = 'Zq8mK2pLw7Zr4Tn1Vc8Hd5Jf6Gs0Ye2';`,
      errors: [
        {
          messageId: 'secretName',
          line: 2,
          column: 16,
          suggestions: [
            { messageId: 'readFromEnv', output: `const baseUrl = import.meta.env.VITE_API_URL;
const apiKey = import.meta.env.API_KEY;` },
          ],
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
const jwtSecret = 'Zq8mK2pLw7Zr4Tn1Vc8Hd5Jf6Gs0Ye2';
app.get('/', (c) => c.text(c.env.JWT_SECRET));`,
      errors: [
        {
          messageId: 'secretName',
          line: 3,
          column: 19,
          suggestions: [],
        },
      ],
    },
    {
      code: `export default {
  async fetch(request, env) {
    const apiKey = 'Zq8mK2pLw7Zr4Tn1Vc8Hd5Jf6Gs0Ye2';
    return new Response(env.NAME);
  },
};`,
      errors: [
        {
          messageId: 'secretName',
          line: 3,
          column: 20,
          suggestions: [],
        },
      ],
    },
    {
      code: `export const d = { db: { password: 'Xk29fjQmZ1!' }, redis: { password: 'Yk29fjQmZ1!' } };`,
      errors: [
        {
          messageId: 'secretName',
          line: 1,
          column: 36,
          suggestions: [
            { messageId: 'readFromEnv', output: `export const d = { db: { password: process.env.DB_PASSWORD }, redis: { password: 'Yk29fjQmZ1!' } };` },
          ],
        },
        {
          messageId: 'secretName',
          line: 1,
          column: 72,
          suggestions: [
            { messageId: 'readFromEnv', output: `export const d = { db: { password: 'Xk29fjQmZ1!' }, redis: { password: process.env.REDIS_PASSWORD } };` },
          ],
        },
      ],
    },
    {
      code: `export const nested = { stripe: { secretKey: 'Zq8mK2pLw7Zr4Tn1Vc8Hd5Jf6Gs0Ye2' } };`,
      errors: [
        {
          messageId: 'secretName',
          line: 1,
          column: 46,
          suggestions: [
            { messageId: 'readFromEnv', output: `export const nested = { stripe: { secretKey: process.env.STRIPE_SECRET_KEY } };` },
          ],
        },
      ],
    },
    {
      code: `stripe.secretKey = 'Zq8mK2pLw7Zr4Tn1Vc8Hd5Jf6Gs0Ye2';`,
      errors: [
        {
          messageId: 'secretName',
          line: 1,
          column: 20,
          suggestions: [
            { messageId: 'readFromEnv', output: `stripe.secretKey = process.env.STRIPE_SECRET_KEY;` },
          ],
        },
      ],
    },
    {
      code: `export const config = { auth: { password: 'Xk29fjQmZ1!' }, jwt: { jwtSecret: 'Zq8mK2pLw7Zr4Tn1Vc8Hd5Jf6Gs0Ye2' } };`,
      errors: [
        {
          messageId: 'secretName',
          line: 1,
          column: 43,
          suggestions: [
            { messageId: 'readFromEnv', output: `export const config = { auth: { password: process.env.PASSWORD }, jwt: { jwtSecret: 'Zq8mK2pLw7Zr4Tn1Vc8Hd5Jf6Gs0Ye2' } };` },
          ],
        },
        {
          messageId: 'secretName',
          line: 1,
          column: 78,
          suggestions: [
            { messageId: 'readFromEnv', output: `export const config = { auth: { password: 'Xk29fjQmZ1!' }, jwt: { jwtSecret: process.env.JWT_SECRET } };` },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-hardcoded-secrets (JavaScript)', rule, {
  valid: [
    "const jwt = require('jsonwebtoken');\nmodule.exports = (p) => jwt.sign(p, process.env.JWT_SECRET, { expiresIn: '15m' });",
    "const { createHmac } = require('node:crypto');\nconst mac = (key, body) => createHmac('sha256', key).update(body).digest('hex');",
    "module.exports = { password: process.env.DB_PASSWORD || '', user: 'app' };",
    "const label = { password: 'Mot de passe', token: 'Jeton' };",
  ],
  invalid: [
    {
      code: "const jwt = require('jsonwebtoken');\nmodule.exports = (p) => jwt.sign(p, 'supersecretvalue');",
      errors: [
        {
          messageId: 'literalKey',
          line: 2,
          column: 37,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: "const jwt = require('jsonwebtoken');\nmodule.exports = (p) => jwt.sign(p, process.env.JWT_SECRET);",
            },
          ],
        },
      ],
    },
    {
      code: "const { createHmac: hmac } = require('crypto');\nconst SIGNING = 'whk_9d8c7b6a5f4e';\nconst sign = (body) => hmac('sha256', SIGNING).update(body).digest('hex');",
      errors: [
        {
          messageId: 'literalKey',
          line: 2,
          column: 17,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: "const { createHmac: hmac } = require('crypto');\nconst SIGNING = process.env.HMAC_SECRET;\nconst sign = (body) => hmac('sha256', SIGNING).update(body).digest('hex');",
            },
          ],
        },
      ],
    },
    {
      code: "module.exports = {\n  development: { client: 'pg', connection: { user: 'app', password: 'Kx7!dev-db-pw' } },\n};",
      errors: [
        {
          messageId: 'secretName',
          line: 2,
          column: 69,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: "module.exports = {\n  development: { client: 'pg', connection: { user: 'app', password: process.env.PASSWORD } },\n};",
            },
          ],
        },
      ],
    },
    {
      code: "const SESSION_SECRET = process.env.SESSION_SECRET || 'x9F!kq2-session';",
      errors: [
        {
          messageId: 'envFallback',
          line: 1,
          column: 54,
          suggestions: [
            { messageId: 'removeFallback', output: 'const SESSION_SECRET = process.env.SESSION_SECRET;' },
          ],
        },
      ],
    },
  ],
});

describe('no-hardcoded-secrets on odd input', () => {
  const linter = new Linter();
  const config = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { 'secure-api': { rules: { 'no-hardcoded-secrets': rule as never } } },
      rules: { 'secure-api/no-hardcoded-secrets': ['error', { checkEntropy: true }] },
    },
  ] as Linter.Config[];

  function lintTimed(code: string): { count: number; ms: number } {
    const started = performance.now();
    const messages = linter.verify(code, config, 'src/input.ts');
    expect(messages.filter((message) => message.fatal === true)).toEqual([]);
    return { count: messages.length, ms: performance.now() - started };
  }

  it('handles a 1 MB base64 string literal', () => {
    const { ms } = lintTimed(`const blob = '${'QUJD'.repeat(262_144)}';\nconst apiKey = '${'QUJD'.repeat(262_144)}';`);
    expect(ms).toBeLessThan(3000);
  });

  it('handles a template literal with thousands of parts', () => {
    const { count, ms } = lintTimed(`const page = \`${'<li>${item}</li>'.repeat(5000)}\`;`);
    expect(count).toBe(0);
    expect(ms).toBeLessThan(3000);
  });

  // The parsers themselves overflow the stack near a thousand operands.
  it('handles a long chain of string concatenations', () => {
    const { count, ms } = lintTimed(`const sql = ${Array.from({ length: 400 }, () => "'a'").join(' + ')};`);
    expect(count).toBe(0);
    expect(ms).toBeLessThan(3000);
  });

  it('handles unusual Unicode identifiers and strings', () => {
    const { count } = lintTimed(
      "const 𝒑𝒂𝒔𝒔𝒘𝒐𝒓𝒅 = '🔑🔑🔑'; const ℙassword = 'x'; const _$ = { 'päss-wörd': 'ü'.repeat(3) }; const password\\u0031 = 'ab';",
    );
    expect(count).toBe(0);
  });
});
