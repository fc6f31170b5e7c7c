import rule from '../../src/rules/jwt-no-weak-algorithm';
import { jsRuleTester, ruleTester } from '../rule-tester';

ruleTester.run('jwt-no-weak-algorithm', rule, {
  valid: [
    `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, privateKey, { algorithm: 'RS256', expiresIn: '15m' });
jwt.verify(token, publicKey, { algorithms: ['RS256'] });
`,
    // HMAC on its own is allowed by default.
    `
import { sign, verify } from 'jsonwebtoken';
sign({ sub: id }, secret, { algorithm: 'HS256', expiresIn: '1h' });
verify(token, secret, { algorithms: ['HS256', 'HS384', 'HS512'] });
`,
    // One family, several algorithms: fine.
    `
import * as jwt from 'jsonwebtoken';
const ACCEPTED = ['RS256', 'PS256', 'ES256', 'EdDSA'] as const;
jwt.verify(token, publicKey, { algorithms: [...ACCEPTED] });
`,
    // The C07 shape.
    `
import jwt from 'jsonwebtoken';
const VERIFY_OPTS: jwt.VerifyOptions = { algorithms: ['ES256'], audience: 'orders' };
const SIGN_OPTS: jwt.SignOptions = { algorithm: 'ES256', keyid: 'k-2026' };
export const parse = (token: string, key: string) => jwt.verify(token, key, VERIFY_OPTS);
export const mint = (claims: object, key: string) => jwt.sign(claims, key, SIGN_OPTS);
`,
    // Values we cannot see are not a finding.
    `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, key, { algorithm: config.algorithm });
jwt.verify(token, key, { algorithms: config.algorithms });
jwt.verify(token, key, { algorithms: [...config.extra, 'RS256'] });
jwt.verify(token, key, { algorithms: ['RS256', process.env.EXTRA_ALG] });
jwt.verify(token, key, loadOptions());
`,
    // 'none' that is not a JWT algorithm.
    `
import jwt from 'jsonwebtoken';
res.setHeader('X-Robots-Tag', 'none');
cache.set(key, { algorithm: 'none' });
jwt.sign({ sub: id }, key, { algorithm: 'RS256', header: { typ: 'none' } });
`,
    // Not the jsonwebtoken module, and a shadowed name.
    `
import jwt from './my-jwt';
jwt.sign({ sub: id }, key, { algorithm: 'none' });
`,
    `
import jwt from 'jsonwebtoken';
function test(jwt: { verify(t: string, k: string, o: object): unknown }) {
  return jwt.verify(token, key, { algorithms: ['none', 'HS256', 'RS256'] });
}
`,
    `
import { SignJWT, jwtVerify } from 'jose';
const token = await new SignJWT({ sub: id })
  .setProtectedHeader({ alg: 'ES256' })
  .setExpirationTime('2h')
  .sign(privateKey);
await jwtVerify(token, publicKey, { algorithms: ['ES256'] });
`,
    `
import { createSigner, createVerifier } from 'fast-jwt';
const signer = createSigner({ key: privateKey, algorithm: 'EdDSA', expiresIn: 60_000 });
const verifier = createVerifier({ key: publicKey, algorithms: ['EdDSA'] });
`,
    `
import { JwtModule } from '@nestjs/jwt';
JwtModule.register({
  privateKey,
  publicKey,
  signOptions: { algorithm: 'RS256', expiresIn: '15m' },
  verifyOptions: { algorithms: ['RS256'] },
});
`,
    `
import { expressjwt } from 'express-jwt';
import koaJwt from 'koa-jwt';
app.use(expressjwt({ secret: publicKey, algorithms: ['RS256', 'RS512'] }));
app.use(koaJwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));
`,
    // Asymmetric only, with HMAC forbidden.
    {
      code: `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, privateKey, { algorithm: 'ES256' });
jwt.verify(token, publicKey, { algorithms: ['ES256', 'ES384'] });
`,
      options: [{ allowHmac: false }],
    },
    // Decoding checks nothing, and says so.
    `
import jwt from 'jsonwebtoken';
const header = jwt.decode(token, { complete: true })?.header;
`,
    `
import * as jose from 'jose';
await jose.compactVerify(jws, publicKey, { algorithms: ['ES256'] });
`,
    `
import jwt, { type VerifyOptions } from 'jsonwebtoken';
const OPTIONS = Object.freeze({ algorithms: ['PS256'] } satisfies VerifyOptions);
export const claims = jwt?.verify(token, publicKey!, OPTIONS);
`,
    `
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: publicKey,
  algorithms: ['RS256'],
}, verifyUser));
`,
    // Long odd names are classified in linear time.
    `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { algorithms: ['RS${'1'.repeat(100_000)}!', 'HS${'2'.repeat(100_000)}x'] });
`,
    // Unknown names are left alone.
    `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { algorithms: ['HS256', 'XS256'] });
`,
    `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { [settingName]: ['none'], algorithms: ['RS256'] });
jwt.verify(token, key, { algorithms: 'none' as never });
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
    `
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService) {}
  @Log()
  check(@Inject(TOKEN) token: string) {
    return this.jwt.verify(token, { algorithms: ['ES256'] });
  }
}
`,
    // Half-written code in an editor.
    '',
    `
import jwt from 'jsonwebtoken';
new jwt.verify;
jwt.verify(token, key, { algorithms: [, ] }, ...rest);
`,
    `
import jwt from 'jsonwebtoken';
declare const pending: Parameters<typeof jwt.verify>;
jwt.verify(...pending);
jwt.verify(token, key, { algorithms: [, 'RS256'] });
jwt.sign();
`,
    // A jose builder that escapes before it is signed: see Known Limitations.
    `
import { SignJWT } from 'jose';
export const builder = new SignJWT({ sub: id }).setProtectedHeader({ alg: 'none' });
`,
    // Unsigned tokens built on purpose: see Known Limitations.
    `
import { UnsecuredJWT } from 'jose';
export const fixture = new UnsecuredJWT({ sub: 'test' }).setExpirationTime('1m').encode();
`,
    // The library default when no algorithm is written: see Known Limitations.
    {
      code: `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, secret, { expiresIn: '1h' });
`,
      options: [{ allowHmac: false }],
    },
  ],
  invalid: [
    {
      code: `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, '', { algorithm: 'none' });
`,
      errors: [
        {
          messageId: 'noneAlgorithm',
          line: 3,
          column: 40,
          endColumn: 46,
          suggestions: null,
        },
      ],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
jwt.verify(token, publicKey, { algorithms: ['none', 'RS256'] });
`,
      errors: [
        {
          messageId: 'noneAlgorithm',
          line: 3,
          column: 45,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'removeNone',
              output: `
import jwt from 'jsonwebtoken';
jwt.verify(token, publicKey, { algorithms: ['RS256'] });
`,
            },
          ],
        },
      ],
    },
    {
      // jsonwebtoken signs with `header.alg` when it is set.
      code: `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, key, { algorithm: 'RS256', header: { alg: 'none', typ: 'JWT' } });
`,
      errors: [{ messageId: 'noneAlgorithm', line: 3, column: 65, suggestions: null }],
    },
    {
      code: `
import { JwtModule } from '@nestjs/jwt';
const HEADER = { alg: 'none' } as const;
JwtModule.register({ secret: '', signOptions: { header: HEADER } });
`,
      errors: [{ messageId: 'noneAlgorithm', line: 3, column: 23, suggestions: null }],
    },
    {
      // Nothing is left once 'none' is gone: the fix needs a key.
      code: `
import { verify } from 'jsonwebtoken';
verify(token, '', { algorithms: ['none'] });
`,
      errors: [{ messageId: 'noneAlgorithm', line: 3, column: 34, suggestions: null }],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
jwt.verify(token, publicKey, { algorithms: ['RS256', 'HS256'] });
`,
      errors: [
        {
          messageId: 'mixedAlgorithms',
          data: { symmetric: '`HS256`', asymmetric: '`RS256`' },
          line: 3,
          column: 54,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'keepAsymmetric',
              data: { kept: '`RS256`' },
              output: `
import jwt from 'jsonwebtoken';
jwt.verify(token, publicKey, { algorithms: ['RS256'] });
`,
            },
            {
              messageId: 'keepSymmetric',
              data: { kept: '`HS256`' },
              output: `
import jwt from 'jsonwebtoken';
jwt.verify(token, publicKey, { algorithms: ['HS256'] });
`,
            },
          ],
        },
      ],
    },
    {
      // A shared constant is reported once, where it is written.
      code: `
import * as jwt from 'jsonwebtoken';
const ALGORITHMS: jwt.Algorithm[] = ['HS256', 'RS256', 'ES256'];
export const access = (t: string) => jwt.verify(t, key, { algorithms: ALGORITHMS });
export const refresh = (t: string) => jwt.verify(t, key, { algorithms: ALGORITHMS });
`,
      errors: [
        {
          messageId: 'mixedAlgorithms',
          data: { symmetric: '`HS256`', asymmetric: '`RS256`, `ES256`' },
          line: 3,
          column: 38,
          suggestions: [
            {
              messageId: 'keepAsymmetric',
              data: { kept: '`RS256`, `ES256`' },
              output: `
import * as jwt from 'jsonwebtoken';
const ALGORITHMS: jwt.Algorithm[] = ['RS256', 'ES256'];
export const access = (t: string) => jwt.verify(t, key, { algorithms: ALGORITHMS });
export const refresh = (t: string) => jwt.verify(t, key, { algorithms: ALGORITHMS });
`,
            },
            {
              messageId: 'keepSymmetric',
              data: { kept: '`HS256`' },
              output: `
import * as jwt from 'jsonwebtoken';
const ALGORITHMS: jwt.Algorithm[] = ['HS256'];
export const access = (t: string) => jwt.verify(t, key, { algorithms: ALGORITHMS });
export const refresh = (t: string) => jwt.verify(t, key, { algorithms: ALGORITHMS });
`,
            },
          ],
        },
      ],
    },
    {
      // Entries from a spread cannot be removed in place: see Known Limitations.
      code: `
import { verify as check } from 'jsonwebtoken';
const ASYMMETRIC = ['RS256', 'ES256'] as const;
check(token, key, { algorithms: [...ASYMMETRIC, 'HS256'] });
`,
      errors: [
        {
          messageId: 'mixedAlgorithms',
          line: 4,
          column: 49,
          suggestions: [
            {
              messageId: 'keepAsymmetric',
              data: { kept: '`RS256`, `ES256`' },
              output: `
import { verify as check } from 'jsonwebtoken';
const ASYMMETRIC = ['RS256', 'ES256'] as const;
check(token, key, { algorithms: [...ASYMMETRIC] });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
const NO_SIGNATURE = 'none';
const BASE = { algorithm: NO_SIGNATURE } as const;
jwt.sign(claims, '', { ...BASE, expiresIn: '5m' });
`,
      errors: [
        {
          messageId: 'noneAlgorithm',
          line: 4,
          column: 27,
          endColumn: 39,
          suggestions: null,
        },
      ],
    },
    {
      code: `
import { SignJWT } from 'jose';
const token = await new SignJWT({ sub: id })
  .setProtectedHeader({ alg: 'none' as const })
  .setExpirationTime('2h')
  .sign(key);
`,
      errors: [{ messageId: 'noneAlgorithm', line: 4, column: 30, endColumn: 45 }],
    },
    {
      code: `
import { jwtVerify } from 'jose';
await jwtVerify(token, key, {
  algorithms: [
    'ES256',
    'HS256',
  ],
});
`,
      errors: [
        {
          messageId: 'mixedAlgorithms',
          line: 6,
          column: 5,
          suggestions: [
            {
              messageId: 'keepAsymmetric',
              data: { kept: '`ES256`' },
              output: `
import { jwtVerify } from 'jose';
await jwtVerify(token, key, {
  algorithms: [
    'ES256',
  ],
});
`,
            },
            {
              messageId: 'keepSymmetric',
              data: { kept: '`HS256`' },
              output: `
import { jwtVerify } from 'jose';
await jwtVerify(token, key, {
  algorithms: [
    'HS256',
  ],
});
`,
            },
          ],
        },
      ],
    },
    {
      // A comment in the list would be lost: see Known Limitations.
      code: `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { algorithms: ['RS256', /* legacy clients */ 'HS256'] });
`,
      errors: [{ messageId: 'mixedAlgorithms', line: 3, column: 69, suggestions: null }],
    },
    {
      code: `
import { jwtVerify } from 'jose';
await jwtVerify(token, key, {
  algorithms: [
    'HS256',
    'ES256'
  ],
});
`,
      errors: [
        {
          messageId: 'mixedAlgorithms',
          line: 5,
          column: 5,
          suggestions: [
            {
              messageId: 'keepAsymmetric',
              output: `
import { jwtVerify } from 'jose';
await jwtVerify(token, key, {
  algorithms: [
    'ES256'
  ],
});
`,
            },
            {
              messageId: 'keepSymmetric',
              output: `
import { jwtVerify } from 'jose';
await jwtVerify(token, key, {
  algorithms: [
    'HS256'
  ],
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { createSigner, createVerifier } from 'fast-jwt';
export const signer = createSigner({ algorithm: 'none', expiresIn: 60_000 });
export const verifier = createVerifier({ key: publicKey, algorithms: ['RS256', 'none'] });
`,
      errors: [
        { messageId: 'noneAlgorithm', line: 3, column: 49, suggestions: null },
        {
          messageId: 'noneAlgorithm',
          line: 4,
          column: 80,
          suggestions: [
            {
              messageId: 'removeNone',
              output: `
import { createSigner, createVerifier } from 'fast-jwt';
export const signer = createSigner({ algorithm: 'none', expiresIn: 60_000 });
export const verifier = createVerifier({ key: publicKey, algorithms: ['RS256'] });
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
    publicKey,
    signOptions: { algorithm: 'none' },
    verifyOptions: { algorithms: ['HS512', 'PS512'] },
  }),
});
`,
      errors: [
        { messageId: 'noneAlgorithm', line: 6, column: 31, suggestions: null },
        {
          messageId: 'mixedAlgorithms',
          line: 7,
          column: 35,
          suggestions: [
            {
              messageId: 'keepAsymmetric',
              output: `
import { JwtModule } from '@nestjs/jwt';
JwtModule.registerAsync({
  useFactory: () => ({
    publicKey,
    signOptions: { algorithm: 'none' },
    verifyOptions: { algorithms: ['PS512'] },
  }),
});
`,
            },
            {
              messageId: 'keepSymmetric',
              output: `
import { JwtModule } from '@nestjs/jwt';
JwtModule.registerAsync({
  useFactory: () => ({
    publicKey,
    signOptions: { algorithm: 'none' },
    verifyOptions: { algorithms: ['HS512'] },
  }),
});
`,
            },
          ],
        },
      ],
    },
    {
      // Settings written at an injected JwtService call are checked.
      code: `
import { JwtService } from '@nestjs/jwt';
export class Tokens {
  constructor(private readonly jwtService: JwtService) {}
  guest() {
    return this.jwtService.sign({ role: 'guest' }, { algorithm: 'none' });
  }
}
`,
      errors: [{ messageId: 'noneAlgorithm', line: 6, column: 65, suggestions: null }],
    },
    {
      code: `
import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: getKey, algorithms: ['HS256', 'RS256'] }));
`,
      errors: [
        {
          messageId: 'mixedAlgorithms',
          line: 3,
          column: 51,
          suggestions: [
            {
              messageId: 'keepAsymmetric',
              output: `
import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: getKey, algorithms: ['RS256'] }));
`,
            },
            {
              messageId: 'keepSymmetric',
              output: `
import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: getKey, algorithms: ['HS256'] }));
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
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: key,
      algorithms: ['none', 'HS256'],
    });
  }
}
`,
      errors: [
        {
          messageId: 'noneAlgorithm',
          line: 11,
          column: 20,
          suggestions: [
            {
              messageId: 'removeNone',
              output: `
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: key,
      algorithms: ['HS256'],
    });
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
import koaJwt from 'koa-jwt';
const ALG_NONE = 'none';
app.use(koaJwt({ secret, algorithms: [ALG_NONE, 'ES256'] }));
`,
      errors: [
        {
          messageId: 'noneAlgorithm',
          line: 4,
          column: 39,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'removeNone',
              output: `
import koaJwt from 'koa-jwt';
const ALG_NONE = 'none';
app.use(koaJwt({ secret, algorithms: ['ES256'] }));
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, secret, { algorithm: 'HS256', expiresIn: '1h' });
jwt.verify(token, secret, { algorithms: ['HS256', 'HS512'] });
`,
      options: [{ allowHmac: false }],
      errors: [
        {
          messageId: 'hmacAlgorithm',
          data: { algorithm: 'HS256' },
          line: 3,
          column: 44,
          suggestions: null,
        },
        { messageId: 'hmacAlgorithm', line: 4, column: 42, suggestions: null },
        {
          messageId: 'hmacAlgorithm',
          data: { algorithm: 'HS512' },
          line: 4,
          column: 51,
          suggestions: null,
        },
      ],
    },
    {
      // With HMAC forbidden, only the public-key side is offered.
      code: `
import jwt from 'jsonwebtoken';
jwt.verify(token, publicKey, { algorithms: ['RS256', 'HS256'] });
`,
      options: [{ allowHmac: false }],
      errors: [
        {
          messageId: 'mixedAlgorithms',
          line: 3,
          column: 54,
          suggestions: [
            {
              messageId: 'keepAsymmetric',
              output: `
import jwt from 'jsonwebtoken';
jwt.verify(token, publicKey, { algorithms: ['RS256'] });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { JwtModule } from '@nestjs/jwt';
const JWT_ALGORITHM = 'HS384';
JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { algorithm: JWT_ALGORITHM } });
`,
      options: [{ allowHmac: false }],
      errors: [{ messageId: 'hmacAlgorithm', line: 4, column: 80, endColumn: 93 }],
    },
  ],
});

jsRuleTester.run('jwt-no-weak-algorithm (JavaScript)', rule, {
  valid: [
    `
const jwt = require('jsonwebtoken');
jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
`,
    `
const { sign } = require('jsonwebtoken');
const options = { algorithm: 'RS256', expiresIn: 3600 };
sign({ sub: id }, privateKey, options, callback);
`,
    `
const jwt = require('not-jsonwebtoken');
jwt.verify(token, secret, { algorithms: ['none'] });
`,
    `
const { expressjwt } = require('express-jwt');
app.use(expressjwt({ secret: jwksSecret, algorithms: ['RS256'] }));
`,
    `
const jwt = require('jsonwebtoken');
function relay(jwt) {
  return jwt.sign(payload, '', { algorithm: 'none' });
}
`,
    `
const { createSigner } = require('fast-jwt');
const signer = createSigner({ key: process.env.JWT_SECRET, algorithm: 'HS512', expiresIn: '10m' });
`,
  ],
  invalid: [
    {
      code: `
const jwt = require('jsonwebtoken');
jwt.verify(token, key, { algorithms: ['HS256', 'none'] }, callback);
`,
      errors: [
        {
          messageId: 'noneAlgorithm',
          line: 3,
          column: 48,
          suggestions: [
            {
              messageId: 'removeNone',
              output: `
const jwt = require('jsonwebtoken');
jwt.verify(token, key, { algorithms: ['HS256'] }, callback);
`,
            },
          ],
        },
      ],
    },
    {
      code: `
const { sign: issue } = require('jsonwebtoken');
module.exports = (user) => issue({ id: user.id }, '', { algorithm: 'none' });
`,
      errors: [{ messageId: 'noneAlgorithm', line: 3, column: 68, suggestions: null }],
    },
    {
      // express-jwt 5 and 6: the module is the middleware factory.
      code: `
const jwt = require('express-jwt');
app.use(jwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256', 'RS256'] }));
`,
      errors: [
        {
          messageId: 'mixedAlgorithms',
          line: 3,
          column: 60,
          suggestions: [
            {
              messageId: 'keepAsymmetric',
              output: `
const jwt = require('express-jwt');
app.use(jwt({ secret: process.env.JWT_SECRET, algorithms: ['RS256'] }));
`,
            },
            {
              messageId: 'keepSymmetric',
              output: `
const jwt = require('express-jwt');
app.use(jwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));
`,
            },
          ],
        },
      ],
    },
  ],
});
