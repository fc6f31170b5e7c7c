import rule from '../../src/rules/jwt-verify-require-algorithms';
import { jsRuleTester, ruleTester } from '../rule-tester';

/** The three suggestions, in order, each output written with its list. */
function pins(output: (list: string) => string) {
  return ["['RS256']", "['ES256']", "['HS256']"].map((list) => ({
    messageId: 'pinAlgorithms' as const,
    data: { list },
    output: output(list),
  }));
}

ruleTester.run('jwt-verify-require-algorithms', rule, {
  valid: [
    `
import jwt from 'jsonwebtoken';
jwt.verify(token, publicKey, { algorithms: ['RS256'] });
`,
    // The C07 shape: options in a typed constant.
    `
import jwt from 'jsonwebtoken';
const VERIFY_OPTS: jwt.VerifyOptions = { algorithms: ['ES256'], audience: 'orders' };
export const parse = (token: string, key: string) => jwt.verify(token, key, VERIFY_OPTS);
`,
    `
import { verify } from 'jsonwebtoken';
const BASE = { algorithms: ['RS256'] } as const satisfies jwt.VerifyOptions;
verify(token, key, { ...BASE, audience: 'api' });
`,
    `
import * as jwt from 'jsonwebtoken';
const ALGS = ['ES256', 'ES384'];
jwt.verify(token, key, { algorithms: ALGS }, (err, claims) => done(err, claims));
`,
    // Options we cannot see are not a finding.
    `
import jwt from 'jsonwebtoken';
export function check(token: string, key: string, options: jwt.VerifyOptions) {
  return jwt.verify(token, key, options);
}
`,
    `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, loadVerifyOptions());
jwt.verify(token, key, { ...config.jwt, audience: 'api' });
jwt.verify(token, key, { algorithms: config.algorithms });
jwt.verify(token, key, { algorithms: [...config.algorithms] });
`,
    // Signing and decoding are not verification.
    `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, key, { algorithm: 'RS256', expiresIn: '1h' });
jwt.decode(token);
`,
    // Not the jsonwebtoken module, and a local function of the same name.
    `
import jwt from './jwt';
jwt.verify(token, key);
`,
    `
import jwt from 'jsonwebtoken';
function check(jwt: { verify(t: string, k: string): unknown }) {
  return jwt.verify(token, key);
}
`,
    `
import { jwtVerify, createRemoteJWKSet } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://id.example.com/.well-known/jwks.json'));
const { payload } = await jwtVerify(token, JWKS, { algorithms: ['RS256'], issuer: 'https://id.example.com' });
`,
    `
import * as jose from 'jose';
await jose.compactVerify(jws, key, { algorithms: ['EdDSA'] });
`,
    `
import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: publicKey, algorithms: ['RS256'] }).unless({ path: ['/login'] }));
`,
    `
import koaJwt from 'koa-jwt';
app.use(koaJwt({ secret: publicKey, algorithms: ['ES256'] }));
`,
    `
import { Strategy, ExtractJwt } from 'passport-jwt';
passport.use(new Strategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: publicKey,
  algorithms: ['RS256'],
}, verifyUser));
`,
    `
import { createVerifier } from 'fast-jwt';
export const verifyToken = createVerifier({ key: publicKey, algorithms: ['RS256'] });
`,
    `
import { JwtModule } from '@nestjs/jwt';
JwtModule.register({
  publicKey,
  signOptions: { algorithm: 'RS256', expiresIn: '15m' },
  verifyOptions: { algorithms: ['RS256'] },
});
`,
    `
import { JwtModule } from '@nestjs/jwt';
JwtModule.registerAsync({
  inject: [ConfigService],
  useFactory: (config: ConfigService) => config.get('jwt'),
});
`,
    // JwtService takes its verify defaults from JwtModule.
    `
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class AuthGuard {
  constructor(private readonly jwtService: JwtService) {}
  async check(token: string) {
    return this.jwtService.verifyAsync(token);
  }
}
`,
    // A computed key we cannot read may be `algorithms`.
    `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { [settingName]: configured });
jwt.verify(token, key, { ['algorithms']: ['RS256'] });
jwt.verify(token, key, { algorithms: 'RS256' as never });
`,
    {
      code: `
import jwt from 'jsonwebtoken';
export const Claims = ({ token }: { token: string }) => (
  <pre>{JSON.stringify(jwt.verify(token, key, { algorithms: ['RS256'] }))}</pre>
);
`,
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // Half-written code in an editor.
    '',
    `
import jwt from 'jsonwebtoken';
new jwt.verify;
jwt.verify(token, key, { algorithms: [, ] }, ...rest);
`,
    `
import jwt from 'jsonwebtoken';
import { Strategy } from 'passport-jwt';
import { createVerifier } from 'fast-jwt';
declare const pending: Parameters<typeof jwt.verify>;
jwt.verify(...pending);
jwt.verify(token);
jwt.verify();
new Strategy;
createVerifier();
`,
  ],
  invalid: [
    {
      code: `
import jwt from 'jsonwebtoken';
jwt.verify(token, publicKey);
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          column: 1,
          endColumn: 11,
          suggestions: pins(
            (list) => `
import jwt from 'jsonwebtoken';
jwt.verify(token, publicKey, { algorithms: ${list} });
`,
          ),
        },
      ],
    },
    {
      code: `
import { verify as checkToken } from 'jsonwebtoken';
checkToken(token, key, { audience: 'api', issuer: 'auth' });
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          column: 1,
          endColumn: 11,
          suggestions: pins(
            (list) => `
import { verify as checkToken } from 'jsonwebtoken';
checkToken(token, key, { audience: 'api', issuer: 'auth', algorithms: ${list} });
`,
          ),
        },
      ],
    },
    {
      code: `
import * as jwt from 'jsonwebtoken';
const VERIFY_OPTS: jwt.VerifyOptions = { audience: 'orders' };
export const parse = (token: string) => jwt.verify(token, key, VERIFY_OPTS);
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 4,
          column: 41,
          suggestions: pins(
            (list) => `
import * as jwt from 'jsonwebtoken';
const VERIFY_OPTS: jwt.VerifyOptions = { audience: 'orders' };
export const parse = (token: string) => jwt.verify(token, key, { ...VERIFY_OPTS, algorithms: ${list} });
`,
          ),
        },
      ],
    },
    {
      // Callback form: the options go before the callback.
      code: `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, (err, claims) => done(err, claims));
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          suggestions: pins(
            (list) => `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { algorithms: ${list} }, (err, claims) => done(err, claims));
`,
          ),
        },
      ],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
const BASE = { issuer: 'auth' } as const;
jwt.verify(token, key, {
  ...BASE,
  audience: 'api',
});
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 4,
          suggestions: pins(
            (list) => `
import jwt from 'jsonwebtoken';
const BASE = { issuer: 'auth' } as const;
jwt.verify(token, key, {
  ...BASE,
  audience: 'api',
  algorithms: ${list},
});
`,
          ),
        },
      ],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
const check = jwt.verify;
export const claims = check(token, key, {} satisfies jwt.VerifyOptions);
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 4,
          column: 23,
          suggestions: pins(
            (list) => `
import jwt from 'jsonwebtoken';
const check = jwt.verify;
export const claims = check(token, key, { algorithms: ${list} } satisfies jwt.VerifyOptions);
`,
          ),
        },
      ],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
export const claims = jwt?.verify(token, key!);
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          column: 23,
          endColumn: 34,
          suggestions: pins(
            (list) => `
import jwt from 'jsonwebtoken';
export const claims = jwt?.verify(token, key!, { algorithms: ${list} });
`,
          ),
        },
      ],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { algorithms: [] });
`,
      errors: [
        {
          messageId: 'emptyAlgorithms',
          line: 3,
          column: 38,
          endColumn: 40,
          suggestions: pins(
            (list) => `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { algorithms: ${list} });
`,
          ),
        },
      ],
    },
    {
      code: `
import { createVerifier } from 'fast-jwt';
const NO_ALGORITHMS: string[] = [];
export const verifyToken = createVerifier({ key: publicKey, algorithms: NO_ALGORITHMS });
`,
      errors: [
        {
          messageId: 'emptyAlgorithms',
          line: 4,
          column: 73,
          endColumn: 86,
          suggestions: pins(
            (list) => `
import { createVerifier } from 'fast-jwt';
const NO_ALGORITHMS: string[] = [];
export const verifyToken = createVerifier({ key: publicKey, algorithms: ${list} });
`,
          ),
        },
      ],
    },
    {
      code: `
import { createVerifier } from 'fast-jwt';
export const verifyToken = createVerifier({ key: async () => publicKey });
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          column: 28,
          suggestions: pins(
            (list) => `
import { createVerifier } from 'fast-jwt';
export const verifyToken = createVerifier({ key: async () => publicKey, algorithms: ${list} });
`,
          ),
        },
      ],
    },
    {
      // HS256 is offered even for a JWKS: see Known Limitations.
      code: `
import { jwtVerify, createRemoteJWKSet } from 'jose';
const JWKS = createRemoteJWKSet(new URL(issuerJwksUrl));
const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://id.example.com' });
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 4,
          column: 27,
          endColumn: 36,
          suggestions: pins(
            (list) => `
import { jwtVerify, createRemoteJWKSet } from 'jose';
const JWKS = createRemoteJWKSet(new URL(issuerJwksUrl));
const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://id.example.com', algorithms: ${list} });
`,
          ),
        },
      ],
    },
    {
      code: `
import * as jose from 'jose';
const { payload } = await jose.compactVerify(jws, key);
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          column: 27,
          suggestions: pins(
            (list) => `
import * as jose from 'jose';
const { payload } = await jose.compactVerify(jws, key, { algorithms: ${list} });
`,
          ),
        },
      ],
    },
    {
      code: `
import { expressjwt as requireAuth } from 'express-jwt';
app.use(requireAuth({ secret: publicKey }).unless({ path: ['/login'] }));
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          column: 9,
          endColumn: 20,
          suggestions: pins(
            (list) => `
import { expressjwt as requireAuth } from 'express-jwt';
app.use(requireAuth({ secret: publicKey, algorithms: ${list} }).unless({ path: ['/login'] }));
`,
          ),
        },
      ],
    },
    {
      // express-jwt 6 as an ES module default import.
      code: `
import jwt from 'express-jwt';
app.use(jwt({ secret: process.env.JWT_SECRET! }));
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          column: 9,
          endColumn: 12,
          suggestions: pins(
            (list) => `
import jwt from 'express-jwt';
app.use(jwt({ secret: process.env.JWT_SECRET!, algorithms: ${list} }));
`,
          ),
        },
      ],
    },
    {
      code: `
import koaJwt from 'koa-jwt';
app.use(koaJwt({ secret: publicKey, cookie: 'session' }));
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          column: 9,
          suggestions: pins(
            (list) => `
import koaJwt from 'koa-jwt';
app.use(koaJwt({ secret: publicKey, cookie: 'session', algorithms: ${list} }));
`,
          ),
        },
      ],
    },
    {
      code: `
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: publicKey,
}, verifyUser));
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          column: 18,
          endColumn: 29,
          suggestions: pins(
            (list) => `
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: publicKey,
  algorithms: ${list},
}, verifyUser));
`,
          ),
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
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key });
  }
}
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 8,
          column: 5,
          endColumn: 10,
          suggestions: pins(
            (list) => `
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, algorithms: ${list} });
  }
}
`,
          ),
        },
      ],
    },
    {
      code: `
import { JwtModule } from '@nestjs/jwt';
JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '15m' } });
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          column: 1,
          endColumn: 19,
          suggestions: pins(
            (list) => `
import { JwtModule } from '@nestjs/jwt';
JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '15m' }, verifyOptions: { algorithms: ${list} } });
`,
          ),
        },
      ],
    },
    {
      code: `
import { JwtModule } from '@nestjs/jwt';
JwtModule.registerAsync({
  useFactory: () => ({ publicKey, verifyOptions: { issuer: 'auth' } }),
});
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          suggestions: pins(
            (list) => `
import { JwtModule } from '@nestjs/jwt';
JwtModule.registerAsync({
  useFactory: () => ({ publicKey, verifyOptions: { issuer: 'auth', algorithms: ${list} } }),
});
`,
          ),
        },
      ],
    },
    {
      // An explicit empty list overrides the module defaults.
      code: `
import { JwtService } from '@nestjs/jwt';
export class TokenService {
  constructor(private readonly jwt: JwtService) {}
  check(token: string) {
    return this.jwt.verify(token, { algorithms: [] });
  }
}
`,
      errors: [
        {
          messageId: 'emptyAlgorithms',
          line: 6,
          column: 49,
          suggestions: pins(
            (list) => `
import { JwtService } from '@nestjs/jwt';
export class TokenService {
  constructor(private readonly jwt: JwtService) {}
  check(token: string) {
    return this.jwt.verify(token, { algorithms: ${list} });
  }
}
`,
          ),
        },
      ],
    },
    {
      // No fix into a nested variable: see Known Limitations.
      code: `
import { JwtModule } from '@nestjs/jwt';
const VERIFY = { issuer: 'auth' };
JwtModule.register({ publicKey, verifyOptions: VERIFY });
`,
      errors: [{ messageId: 'missingAlgorithms', line: 4, column: 1, suggestions: null }],
    },
    {
      // Options shared by several calls: the empty list is reported once.
      code: `
import { verify } from 'jsonwebtoken';
const SHARED = { algorithms: [], audience: 'api' };
export const a = (t: string) => verify(t, key, SHARED);
export const b = (t: string) => verify(t, key, { ...SHARED, issuer: 'auth' });
`,
      errors: [
        {
          messageId: 'emptyAlgorithms',
          line: 3,
          column: 30,
          suggestions: pins(
            (list) => `
import { verify } from 'jsonwebtoken';
const SHARED = { algorithms: ${list}, audience: 'api' };
export const a = (t: string) => verify(t, key, SHARED);
export const b = (t: string) => verify(t, key, { ...SHARED, issuer: 'auth' });
`,
          ),
        },
      ],
    },
    {
      // With the project's algorithms configured, --fix pins them.
      code: `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: 'api' });
jwt.verify(token, key, { algorithms: [] });
`,
      options: [{ algorithms: ['ES384', 'ES512'] }],
      output: `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: 'api', algorithms: ['ES384', 'ES512'] });
jwt.verify(token, key, { algorithms: ['ES384', 'ES512'] });
`,
      errors: [
        { messageId: 'missingAlgorithms', line: 3, suggestions: null },
        { messageId: 'emptyAlgorithms', line: 4, suggestions: null },
      ],
    },
  ],
});

jsRuleTester.run('jwt-verify-require-algorithms (JavaScript)', rule, {
  valid: [
    `
const jwt = require('jsonwebtoken');
jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });
`,
    `
const { verify } = require('jsonwebtoken');
const options = { algorithms: ['HS256'], maxAge: '1h' };
verify(token, secret, options, callback);
`,
    `
const { expressjwt } = require('express-jwt');
const { expressJwtSecret } = require('jwks-rsa');
app.use(expressjwt({ secret: expressJwtSecret({ jwksUri }), algorithms: ['RS256'] }));
`,
    `
const jwt = require('not-jsonwebtoken');
jwt.verify(token, secret);
`,
    `
const jwt = require('jsonwebtoken');
module.exports = (token, options) => jwt.verify(token, key, options);
`,
    `
const koaJwt = require('koa-jwt');
const { secret } = require('./config');
const ALGORITHMS = Object.freeze({ algorithms: ['HS512'] });
app.use(koaJwt({ secret, ...ALGORITHMS }));
`,
    `
const { Strategy } = require('passport-jwt');
passport.use(new Strategy(strategyOptions, verifyUser));
`,
    // A bare `require` (no Node globals declared) still counts.
    `
require('jose').jwtVerify(token, key, { algorithms: ['ES256'] });
`,
  ],
  invalid: [
    {
      code: `
const jwt = require('jsonwebtoken');
jwt.verify(req.headers.authorization, process.env.JWT_SECRET);
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          column: 1,
          suggestions: pins(
            (list) => `
const jwt = require('jsonwebtoken');
jwt.verify(req.headers.authorization, process.env.JWT_SECRET, { algorithms: ${list} });
`,
          ),
        },
      ],
    },
    {
      code: `
const { verify: decodeAndCheck } = require('jsonwebtoken');
module.exports = (token) => decodeAndCheck(token, secret, { maxAge: '2h' });
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          column: 29,
          suggestions: pins(
            (list) => `
const { verify: decodeAndCheck } = require('jsonwebtoken');
module.exports = (token) => decodeAndCheck(token, secret, { maxAge: '2h', algorithms: ${list} });
`,
          ),
        },
      ],
    },
    {
      // express-jwt 5 and 6: the module is the middleware factory.
      code: `
const jwt = require('express-jwt');
app.use(jwt({ secret: process.env.JWT_SECRET, credentialsRequired: false }));
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          column: 9,
          suggestions: pins(
            (list) => `
const jwt = require('express-jwt');
app.use(jwt({ secret: process.env.JWT_SECRET, credentialsRequired: false, algorithms: ${list} }));
`,
          ),
        },
      ],
    },
    {
      code: `
require('jsonwebtoken').verify(token, secret, function (err, decoded) {});
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          suggestions: pins(
            (list) => `
require('jsonwebtoken').verify(token, secret, { algorithms: ${list} }, function (err, decoded) {});
`,
          ),
        },
      ],
    },
  ],
});
