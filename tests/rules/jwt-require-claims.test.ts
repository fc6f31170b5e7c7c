import rule from '../../src/rules/jwt-require-claims';
import { jsRuleTester, ruleTester } from '../rule-tester';

const BOTH = { missing: '`issuer` and `audience`' };

ruleTester.run('jwt-require-claims', rule, {
  valid: [
    `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, key, { issuer: 'auth.example.com', audience: 'orders', expiresIn: '15m' });
`,
    // The payload may carry the claims itself.
    `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id, iss: 'auth.example.com', aud: ['orders', 'billing'] }, key, { expiresIn: '15m' });
`,
    `
import { sign } from 'jsonwebtoken';
const claims = { sub: id, iss: ISSUER };
sign(claims, key, { audience: 'orders' });
`,
    // Options we cannot see are not a finding.
    `
import jwt from 'jsonwebtoken';
export function mint(payload: object, options: jwt.SignOptions) {
  return jwt.sign(payload, key, options);
}
`,
    // A spread we cannot see may hold them (see Known Limitations).
    `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { ...loadVerifyOptions(), algorithms: ['RS256'] });
`,
    // jsonwebtoken refuses issuer and audience for a string payload.
    `
import jwt from 'jsonwebtoken';
jwt.sign('opaque-value', key);
`,
    `
import * as jwt from 'jsonwebtoken';
const VERIFY = { algorithms: ['ES256'], issuer: ISSUER, audience: 'orders' } satisfies jwt.VerifyOptions;
export const check = (t: string) => jwt.verify(t, publicKey, VERIFY);
`,
    `
import jwt from 'jsonwebtoken';
const BASE = Object.freeze({ issuer: 'auth', audience: 'api' });
jwt.verify(token, key, { ...BASE, algorithms: ['RS256'] }, (err, payload) => done(err, payload));
`,
    `
import { SignJWT } from 'jose';
const token = await new SignJWT({ sub: id })
  .setProtectedHeader({ alg: 'ES256' })
  .setIssuer('urn:example:issuer')
  .setAudience('urn:example:audience')
  .setExpirationTime('2h')
  .sign(privateKey);
`,
    `
import * as jose from 'jose';
await new jose.SignJWT({ sub: id, iss: ISSUER, aud: AUDIENCE }).setProtectedHeader({ alg: 'EdDSA' }).sign(key);
`,
    // The builder escapes before it is signed (see Known Limitations).
    `
import { SignJWT } from 'jose';
export const builder = new SignJWT({ sub: id }).setProtectedHeader({ alg: 'ES256' });
`,
    `
import { jwtVerify } from 'jose';
export async function check(token: string, options: JWTVerifyOptions) {
  return jwtVerify(token, JWKS, options);
}
`,
    `
import { jwtVerify } from 'jose';
const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://id.example.com/', audience: 'api' });
`,
    `
import { createSigner, createVerifier } from 'fast-jwt';
const signer = createSigner({ key, iss: 'auth', aud: 'api', expiresIn: 60_000 });
const verifier = createVerifier({ key, allowedIss: 'auth', allowedAud: /^api/ });
`,
    `
import { JwtModule } from '@nestjs/jwt';
JwtModule.register({
  secret: process.env.JWT_SECRET,
  signOptions: { expiresIn: '60s', issuer: 'auth', audience: 'api' },
  verifyOptions: { issuer: 'auth', audience: 'api' },
});
`,
    // The factory's result is not written out.
    `
import { JwtModule } from '@nestjs/jwt';
JwtModule.registerAsync({ useFactory: (config: ConfigService) => config.get('jwt'), inject: [ConfigService] });
`,
    // JwtService inherits the module's defaults.
    `
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  login(user: { id: string }) {
    return this.jwtService.sign({ sub: user.id }, { expiresIn: '15m' });
  }
  async check(token: string) {
    return this.jwtService.verifyAsync(token);
  }
}
`,
    `
import { Strategy, ExtractJwt } from 'passport-jwt';
passport.use(new Strategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: publicKey,
  issuer: 'accounts.example.com',
  audience: 'example.com',
}, verify));
`,
    `
import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: jwks, algorithms: ['RS256'], issuer: ISSUER, audience: AUDIENCE }));
`,
    // Decoding is not signing or verifying.
    `
import jwt from 'jsonwebtoken';
const { header } = jwt.decode(token, { complete: true }) ?? {};
`,
    // Not the jsonwebtoken module, or a local function.
    `
import jwt from './my-jwt';
jwt.sign({ sub: id }, key);
`,
    `
import { verify } from 'jsonwebtoken';
function check(verify: (t: string, k: string) => void) {
  verify(token, key);
}
`,
    // Half-written code in an editor.
    `
import jwt from 'jsonwebtoken';
declare const pending: Parameters<typeof jwt.verify>;
jwt.verify(...pending);
jwt.sign();
jwt.verify(token);
new jwt.sign;
`,
  ],
  invalid: [
    {
      code: `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, key);
`,
      errors: [
        {
          messageId: 'unboundSign',
          data: BOTH,
          line: 3,
          column: 1,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'addClaims',
              data: BOTH,
              output: `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, key, { issuer: '<issuer>', audience: '<audience>' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { sign as mintToken } from 'jsonwebtoken';
mintToken({ sub: userId }, key, { algorithm: 'RS256', issuer: 'auth' });
`,
      errors: [
        {
          messageId: 'unboundSign',
          data: { missing: '`audience`' },
          line: 3,
          column: 1,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'addClaims',
              data: { missing: '`audience`' },
              output: `
import { sign as mintToken } from 'jsonwebtoken';
mintToken({ sub: userId }, key, { algorithm: 'RS256', issuer: 'auth', audience: '<audience>' });
`,
            },
          ],
        },
      ],
    },
    {
      // The payload's \`iss\` counts; its audience is still missing.
      code: `
import * as jwt from 'jsonwebtoken';
const SIGN_OPTS: jwt.SignOptions = { algorithm: 'ES256', expiresIn: '15m' };
export const t = jwt.sign({ sub: id, iss: 'auth' }, signingKey, SIGN_OPTS);
`,
      errors: [
        {
          messageId: 'unboundSign',
          data: { missing: '`audience`' },
          line: 4,
          column: 18,
          suggestions: [
            {
              messageId: 'addClaims',
              data: { missing: '`audience`' },
              output: `
import * as jwt from 'jsonwebtoken';
const SIGN_OPTS: jwt.SignOptions = { algorithm: 'ES256', expiresIn: '15m' };
export const t = jwt.sign({ sub: id, iss: 'auth' }, signingKey, { ...SIGN_OPTS, audience: '<audience>' });
`,
            },
          ],
        },
      ],
    },
    {
      // Callback form: the options go before the callback.
      code: `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, (err, payload) => done(err, payload));
`,
      errors: [
        {
          messageId: 'unboundVerify',
          data: BOTH,
          line: 3,
          column: 1,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addClaims',
              data: BOTH,
              output: `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { issuer: '<issuer>', audience: '<audience>' }, (err, payload) => done(err, payload));
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
const base = { algorithms: ['RS256'] } as const;
jwt.verify(token, key, {
  ...base,
  complete: true,
});
`,
      errors: [
        {
          messageId: 'unboundVerify',
          data: BOTH,
          line: 4,
          column: 1,
          suggestions: [
            {
              messageId: 'addClaims',
              data: BOTH,
              output: `
import jwt from 'jsonwebtoken';
const base = { algorithms: ['RS256'] } as const;
jwt.verify(token, key, {
  ...base,
  complete: true,
  issuer: '<issuer>',
  audience: '<audience>',
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
export const claims = jwt?.verify(token, key, { audience: 'api' } as jwt.VerifyOptions);
`,
      errors: [
        {
          messageId: 'unboundVerify',
          data: { missing: '`issuer`' },
          line: 3,
          column: 23,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'addClaims',
              data: { missing: '`issuer`' },
              output: `
import jwt from 'jsonwebtoken';
export const claims = jwt?.verify(token, key, { audience: 'api', issuer: '<issuer>' } as jwt.VerifyOptions);
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { SignJWT } from 'jose';
const token = await new SignJWT({ sub: id }).setProtectedHeader({ alg: 'ES256' }).setExpirationTime('2h').sign(privateKey);
`,
      errors: [
        {
          messageId: 'unboundSign',
          data: { missing: '`.setIssuer()` and `.setAudience()`' },
          line: 3,
          column: 107,
          endColumn: 111,
          suggestions: [
            {
              messageId: 'addClaims',
              data: { missing: '`.setIssuer()` and `.setAudience()`' },
              output: `
import { SignJWT } from 'jose';
const token = await new SignJWT({ sub: id }).setProtectedHeader({ alg: 'ES256' }).setExpirationTime('2h').setIssuer('<issuer>').setAudience('<audience>').sign(privateKey);
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { SignJWT as Builder } from 'jose';
export const mint = (sub: string) =>
  new Builder({ sub, scope: 'read' })
    .setProtectedHeader({ alg: 'RS256' })
    .setIssuer(ISSUER)
    .sign(key);
`,
      errors: [
        {
          messageId: 'unboundSign',
          data: { missing: '`.setAudience()`' },
          line: 7,
          column: 6,
          suggestions: [
            {
              messageId: 'addClaims',
              data: { missing: '`.setAudience()`' },
              output: `
import { SignJWT as Builder } from 'jose';
export const mint = (sub: string) =>
  new Builder({ sub, scope: 'read' })
    .setProtectedHeader({ alg: 'RS256' })
    .setIssuer(ISSUER).setAudience('<audience>')
    .sign(key);
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { jwtVerify } from 'jose';
const { payload } = await jwtVerify(token, JWKS);
`,
      errors: [
        {
          messageId: 'unboundVerify',
          data: BOTH,
          line: 3,
          column: 27,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'addClaims',
              data: BOTH,
              output: `
import { jwtVerify } from 'jose';
const { payload } = await jwtVerify(token, JWKS, { issuer: '<issuer>', audience: '<audience>' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import * as jose from 'jose';
const options = { algorithms: ['ES256'], issuer: 'https://id.example.com/' };
await jose.jwtVerify(token, key, options);
`,
      errors: [
        {
          messageId: 'unboundVerify',
          data: { missing: '`audience`' },
          line: 4,
          column: 7,
          suggestions: [
            {
              messageId: 'addClaims',
              data: { missing: '`audience`' },
              output: `
import * as jose from 'jose';
const options = { algorithms: ['ES256'], issuer: 'https://id.example.com/' };
await jose.jwtVerify(token, key, { ...options, audience: '<audience>' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { createSigner } from 'fast-jwt';
export const signer = createSigner({ key: privateKey, expiresIn: 600_000 });
`,
      errors: [
        {
          messageId: 'unboundSign',
          data: { missing: '`iss` and `aud`' },
          line: 3,
          column: 23,
          suggestions: [
            {
              messageId: 'addClaims',
              data: { missing: '`iss` and `aud`' },
              output: `
import { createSigner } from 'fast-jwt';
export const signer = createSigner({ key: privateKey, expiresIn: 600_000, iss: '<issuer>', aud: '<audience>' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { createVerifier } from 'fast-jwt';
export const verifier = createVerifier({ key: publicKey, algorithms: ['RS256'] });
`,
      errors: [
        {
          messageId: 'unboundVerify',
          data: { missing: '`allowedIss` and `allowedAud`' },
          line: 3,
          column: 25,
          suggestions: [
            {
              messageId: 'addClaims',
              data: { missing: '`allowedIss` and `allowedAud`' },
              output: `
import { createVerifier } from 'fast-jwt';
export const verifier = createVerifier({ key: publicKey, algorithms: ['RS256'], allowedIss: '<issuer>', allowedAud: '<audience>' });
`,
            },
          ],
        },
      ],
    },
    {
      // Module options configure both sides, each reported on its own.
      code: `
import { JwtModule } from '@nestjs/jwt';
JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' } });
`,
      errors: [
        {
          messageId: 'unboundSign',
          data: { missing: '`signOptions.issuer` and `signOptions.audience`' },
          line: 3,
          column: 1,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'addClaims',
              data: { missing: '`signOptions.issuer` and `signOptions.audience`' },
              output: `
import { JwtModule } from '@nestjs/jwt';
JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h', issuer: '<issuer>', audience: '<audience>' } });
`,
            },
          ],
        },
        {
          messageId: 'unboundVerify',
          data: { missing: '`verifyOptions.issuer` and `verifyOptions.audience`' },
          line: 3,
          column: 1,
          suggestions: [
            {
              messageId: 'addClaims',
              data: { missing: '`verifyOptions.issuer` and `verifyOptions.audience`' },
              output: `
import { JwtModule } from '@nestjs/jwt';
JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' }, verifyOptions: { issuer: '<issuer>', audience: '<audience>' } });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { JwtModule } from '@nestjs/jwt';
JwtModule.registerAsync({
  useFactory: () => ({
    secret: process.env.JWT_SECRET,
    signOptions: { expiresIn: '1h', issuer: 'auth', audience: 'api' },
    verifyOptions: { issuer: 'auth' },
  }),
});
`,
      errors: [
        {
          messageId: 'unboundVerify',
          data: { missing: '`verifyOptions.audience`' },
          line: 3,
          column: 1,
          suggestions: [
            {
              messageId: 'addClaims',
              data: { missing: '`verifyOptions.audience`' },
              output: `
import { JwtModule } from '@nestjs/jwt';
JwtModule.registerAsync({
  useFactory: () => ({
    secret: process.env.JWT_SECRET,
    signOptions: { expiresIn: '1h', issuer: 'auth', audience: 'api' },
    verifyOptions: { issuer: 'auth', audience: '<audience>' },
  }),
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { expressjwt as jwtMiddleware } from 'express-jwt';
app.use(jwtMiddleware({ secret: process.env.JWT_SECRET!, algorithms: ['HS256'] }));
`,
      errors: [
        {
          messageId: 'unboundVerify',
          data: BOTH,
          line: 3,
          column: 9,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'addClaims',
              data: BOTH,
              output: `
import { expressjwt as jwtMiddleware } from 'express-jwt';
app.use(jwtMiddleware({ secret: process.env.JWT_SECRET!, algorithms: ['HS256'], issuer: '<issuer>', audience: '<audience>' }));
`,
            },
          ],
        },
      ],
    },
    {
      // A multi-line object without a trailing comma.
      code: `
import { expressjwt } from 'express-jwt';
export const requireAuth = expressjwt({
  secret: getSecret,
  algorithms: ['RS256']
});
`,
      errors: [
        {
          messageId: 'unboundVerify',
          data: BOTH,
          line: 3,
          column: 28,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'addClaims',
              data: BOTH,
              output: `
import { expressjwt } from 'express-jwt';
export const requireAuth = expressjwt({
  secret: getSecret,
  algorithms: ['RS256'],
  issuer: '<issuer>',
  audience: '<audience>'
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
const opts = {
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: publicKey,
  algorithms: ['RS256'],
};
passport.use(new JwtStrategy(opts, verify));
`,
      errors: [
        {
          messageId: 'unboundVerify',
          data: BOTH,
          line: 8,
          column: 18,
          suggestions: [
            {
              messageId: 'addClaims',
              data: BOTH,
              output: `
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
const opts = {
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: publicKey,
  algorithms: ['RS256'],
};
passport.use(new JwtStrategy({ ...opts, issuer: '<issuer>', audience: '<audience>' }, verify));
`,
            },
          ],
        },
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
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, issuer: 'auth' });
  }
}
`,
      errors: [
        {
          messageId: 'unboundVerify',
          data: { missing: '`audience`' },
          line: 8,
          column: 5,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'addClaims',
              data: { missing: '`audience`' },
              output: `
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, issuer: 'auth', audience: '<audience>' });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // A payload we cannot see is assumed not to carry the claims (see Known Limitations).
      code: `
import jwt from 'jsonwebtoken';
export function mint(claims: Record<string, unknown>) {
  return jwt.sign(claims, key, { expiresIn: '15m' });
}
`,
      errors: [
        {
          messageId: 'unboundSign',
          data: BOTH,
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'addClaims',
              data: BOTH,
              output: `
import jwt from 'jsonwebtoken';
export function mint(claims: Record<string, unknown>) {
  return jwt.sign(claims, key, { expiresIn: '15m', issuer: '<issuer>', audience: '<audience>' });
}
`,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('jwt-require-claims (JavaScript)', rule, {
  valid: [
    `
const jwt = require('jsonwebtoken');
jwt.sign({ sub: id }, process.env.JWT_SECRET, { expiresIn: '1d', issuer: 'auth', audience: 'web' });
`,
    `
const { verify } = require('jsonwebtoken');
const options = { issuer: 'auth', audience: 'web' };
verify(token, secret, options, callback);
`,
    `
const koaJwt = require('koa-jwt');
app.use(koaJwt({ secret, issuer: 'auth', audience: ['web', 'mobile'] }));
`,
    `
const jwt = require('not-jsonwebtoken');
jwt.verify(token, secret);
`,
    `
const jwt = require('jsonwebtoken');
function check(jwt, token) {
  return jwt.verify(token, secret);
}
`,
  ],
  invalid: [
    {
      code: `
const jwt = require('jsonwebtoken');
jwt.sign({ sub: id }, process.env.JWT_SECRET, { expiresIn: '1d' });
`,
      errors: [
        {
          messageId: 'unboundSign',
          data: BOTH,
          line: 3,
          column: 1,
          suggestions: [
            {
              messageId: 'addClaims',
              data: BOTH,
              output: `
const jwt = require('jsonwebtoken');
jwt.sign({ sub: id }, process.env.JWT_SECRET, { expiresIn: '1d', issuer: '<issuer>', audience: '<audience>' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
const { verify: check } = require('jsonwebtoken');
module.exports = (token) => check(token, secret, { algorithms: ['HS256'] });
`,
      errors: [
        {
          messageId: 'unboundVerify',
          data: BOTH,
          line: 3,
          column: 29,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'addClaims',
              data: BOTH,
              output: `
const { verify: check } = require('jsonwebtoken');
module.exports = (token) => check(token, secret, { algorithms: ['HS256'], issuer: '<issuer>', audience: '<audience>' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
const koaJwt = require('koa-jwt');
app.use(koaJwt({ secret: process.env.JWT_SECRET }).unless({ path: [/^\\/public/] }));
`,
      errors: [
        {
          messageId: 'unboundVerify',
          data: BOTH,
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'addClaims',
              data: BOTH,
              output: `
const koaJwt = require('koa-jwt');
app.use(koaJwt({ secret: process.env.JWT_SECRET, issuer: '<issuer>', audience: '<audience>' }).unless({ path: [/^\\/public/] }));
`,
            },
          ],
        },
      ],
    },
    {
      code: `
const { expressjwt } = require('express-jwt');
const base = { secret: jwks, algorithms: ['RS256'] };
app.use(expressjwt({ ...base, audience: 'api' }));
`,
      errors: [
        {
          messageId: 'unboundVerify',
          data: { missing: '`issuer`' },
          line: 4,
          column: 9,
          suggestions: [
            {
              messageId: 'addClaims',
              data: { missing: '`issuer`' },
              output: `
const { expressjwt } = require('express-jwt');
const base = { secret: jwks, algorithms: ['RS256'] };
app.use(expressjwt({ ...base, audience: 'api', issuer: '<issuer>' }));
`,
            },
          ],
        },
      ],
    },
    {
      // A local alias of the API.
      code: `
const jwt = require('jsonwebtoken');
const issue = jwt.sign;
exports.mint = (user) => issue({ sub: user.id }, secret, { expiresIn: '1h', audience: 'web' });
`,
      errors: [
        {
          messageId: 'unboundSign',
          data: { missing: '`issuer`' },
          line: 4,
          column: 26,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'addClaims',
              data: { missing: '`issuer`' },
              output: `
const jwt = require('jsonwebtoken');
const issue = jwt.sign;
exports.mint = (user) => issue({ sub: user.id }, secret, { expiresIn: '1h', audience: 'web', issuer: '<issuer>' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
require('jsonwebtoken').verify(token, secret, function (err, decoded) {});
`,
      errors: [
        {
          messageId: 'unboundVerify',
          data: BOTH,
          line: 2,
          column: 1,
          suggestions: [
            {
              messageId: 'addClaims',
              data: BOTH,
              output: `
require('jsonwebtoken').verify(token, secret, { issuer: '<issuer>', audience: '<audience>' }, function (err, decoded) {});
`,
            },
          ],
        },
      ],
    },
  ],
});
