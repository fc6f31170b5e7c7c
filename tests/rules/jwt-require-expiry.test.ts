import rule from '../../src/rules/jwt-require-expiry';
import { jsRuleTester, ruleTester } from '../rule-tester';

ruleTester.run('jwt-require-expiry', rule, {
  valid: [
    `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, key, { expiresIn: '15m' });
`,
    `
import { sign } from 'jsonwebtoken';
sign({ sub: id }, key, { algorithm: 'RS256', expiresIn: 900 });
`,
    // The payload carries its own expiry.
    `
import jwt from 'jsonwebtoken';
const now = Math.floor(Date.now() / 1000);
jwt.sign({ sub: id, exp: now + 900 }, key, { algorithm: 'RS256' });
`,
    `
import jwt from 'jsonwebtoken';
const claims = { sub: id, exp };
jwt.sign(claims, key);
`,
    // Options we cannot see are not a finding.
    `
import jwt from 'jsonwebtoken';
export function mint(payload: object, options: jwt.SignOptions) {
  return jwt.sign(payload, key, options);
}
`,
    `
import jwt from 'jsonwebtoken';
const BASE = { expiresIn: '1h' } as const;
jwt.sign({ sub: id }, key, { ...BASE, algorithm: 'RS256' });
`,
    `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, key, { ...loadOptions() });
`,
    // A string payload cannot take an expiry.
    `
import jwt from 'jsonwebtoken';
jwt.sign('opaque', key);
`,
    `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { algorithms: ['RS256'], ignoreExpiration: false });
`,
    // Not the jsonwebtoken module.
    `
import jwt from './my-jwt';
jwt.sign({ sub: id }, key);
`,
    `
const sign = (a: unknown, b: unknown) => [a, b];
sign({ sub: id }, key);
`,
    `
import { SignJWT } from 'jose';
const token = await new SignJWT({ sub: id })
  .setProtectedHeader({ alg: 'ES256' })
  .setExpirationTime('2h')
  .sign(privateKey);
`,
    // The builder escapes before it is signed; we cannot see the rest.
    `
import { SignJWT } from 'jose';
export const builder = new SignJWT({ sub: id }).setProtectedHeader({ alg: 'ES256' });
`,
    `
import { createSigner } from 'fast-jwt';
const signer = createSigner({ key: async () => key, expiresIn: 600_000 });
`,
    `
import { JwtModule } from '@nestjs/jwt';
JwtModule.register({ secret: env.JWT_SECRET, signOptions: { expiresIn: '60s' } });
`,
    `
import { JwtModule } from '@nestjs/jwt';
JwtModule.registerAsync({
  useFactory: async (config: ConfigService) => ({
    secret: config.get('JWT_SECRET'),
    signOptions: { expiresIn: config.get('JWT_TTL') },
  }),
  inject: [ConfigService],
});
`,
    // JwtService inherits the module's defaults.
    `
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  login(user: { id: string }) {
    return this.jwtService.sign({ sub: user.id });
  }
}
`,
    // Half-written code in an editor.
    `
import jwt from 'jsonwebtoken';
declare const pending: Parameters<typeof jwt.sign>;
jwt.sign(...pending);
jwt.sign();
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
          messageId: 'missingExpiry',
          line: 3,
          column: 1,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { remedy: "`expiresIn: '15m'`" },
              output: `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, key, { expiresIn: '15m' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { sign as mintToken } from 'jsonwebtoken';
mintToken({ sub: userId }, key, { algorithm: 'RS256' });
`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          column: 1,
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { remedy: "`expiresIn: '15m'`" },
              output: `
import { sign as mintToken } from 'jsonwebtoken';
mintToken({ sub: userId }, key, { algorithm: 'RS256', expiresIn: '15m' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import * as jwt from 'jsonwebtoken';
const SIGN_OPTS: jwt.SignOptions = { algorithm: 'ES256', keyid: 'k-2026' };
export const t = jwt.sign(claims, signingKey, SIGN_OPTS);
`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 4,
          column: 18,
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { remedy: "`expiresIn: '15m'`" },
              output: `
import * as jwt from 'jsonwebtoken';
const SIGN_OPTS: jwt.SignOptions = { algorithm: 'ES256', keyid: 'k-2026' };
export const t = jwt.sign(claims, signingKey, { ...SIGN_OPTS, expiresIn: '15m' });
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
jwt.sign(payload, key, (err, token) => done(err, token));
`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { remedy: "`expiresIn: '15m'`" },
              output: `
import jwt from 'jsonwebtoken';
jwt.sign(payload, key, { expiresIn: '15m' }, (err, token) => done(err, token));
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
const base = { algorithm: 'HS256' } as const;
jwt.sign({ sub: id }, key, {
  ...base,
  issuer: 'api',
});
`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 4,
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { remedy: "`expiresIn: '15m'`" },
              output: `
import jwt from 'jsonwebtoken';
const base = { algorithm: 'HS256' } as const;
jwt.sign({ sub: id }, key, {
  ...base,
  issuer: 'api',
  expiresIn: '15m',
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
const issue = jwt.sign;
issue({ sub: id }, key, {} satisfies jwt.SignOptions);
`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 4,
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { remedy: "`expiresIn: '15m'`" },
              output: `
import jwt from 'jsonwebtoken';
const issue = jwt.sign;
issue({ sub: id }, key, { expiresIn: '15m' } satisfies jwt.SignOptions);
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
export const token = jwt?.sign({ sub: id }, key);
`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          column: 22,
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { remedy: "`expiresIn: '15m'`" },
              output: `
import jwt from 'jsonwebtoken';
export const token = jwt?.sign({ sub: id }, key, { expiresIn: '15m' });
`,
            },
          ],
        },
      ],
    },
    {
      // With a configured lifetime, --fix adds it.
      code: `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, key, { algorithm: 'RS256' });
`,
      options: [{ defaultExpiresIn: '1h' }],
      output: `
import jwt from 'jsonwebtoken';
jwt.sign({ sub: id }, key, { algorithm: 'RS256', expiresIn: '1h' });
`,
      errors: [{ messageId: 'missingExpiry', line: 3, suggestions: null }],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { algorithms: ['RS256'], ignoreExpiration: true });
`,
      errors: [
        {
          messageId: 'ignoredExpiration',
          line: 3,
          column: 49,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'removeIgnoreExpiration',
              output: `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { algorithms: ['RS256'] });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: publicKey,
  algorithms: ['RS256'],
  ignoreExpiration: true,
}, verify));
`,
      errors: [
        {
          messageId: 'ignoredExpiration',
          line: 7,
          column: 3,
          suggestions: [
            {
              messageId: 'removeIgnoreExpiration',
              output: `
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: publicKey,
  algorithms: ['RS256'],
}, verify));
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
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), ignoreExpiration: true, secretOrKey: key });
  }
}
`,
      errors: [
        {
          messageId: 'ignoredExpiration',
          line: 8,
          column: 71,
          suggestions: [
            {
              messageId: 'removeIgnoreExpiration',
              output: `
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
            },
          ],
        },
      ],
    },
    {
      code: `
import { SignJWT } from 'jose';
const token = await new SignJWT({ sub: id }).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);
`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          column: 83,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { remedy: "`.setExpirationTime('15m')`" },
              output: `
import { SignJWT } from 'jose';
const token = await new SignJWT({ sub: id }).setProtectedHeader({ alg: 'ES256' }).setExpirationTime('15m').sign(privateKey);
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { createSigner } from 'fast-jwt';
export const signer = createSigner({ key: 'k', algorithm: 'HS256' });
`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          column: 23,
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { remedy: "`expiresIn: '15m'`" },
              output: `
import { createSigner } from 'fast-jwt';
export const signer = createSigner({ key: 'k', algorithm: 'HS256', expiresIn: '15m' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { JwtModule } from '@nestjs/jwt';
JwtModule.register({ secret: process.env.JWT_SECRET });
`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          column: 1,
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { remedy: "`signOptions.expiresIn: '15m'`" },
              output: `
import { JwtModule } from '@nestjs/jwt';
JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '15m' } });
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
  useFactory: () => ({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256' } }),
});
`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { remedy: "`signOptions.expiresIn: '15m'`" },
              output: `
import { JwtModule } from '@nestjs/jwt';
JwtModule.registerAsync({
  useFactory: () => ({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256', expiresIn: '15m' } }),
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { JwtService } from '@nestjs/jwt';
export class TokenService {
  constructor(private readonly jwt: JwtService) {}
  check(token: string) {
    return this.jwt.verify(token, { ignoreExpiration: true });
  }
}
`,
      errors: [
        {
          messageId: 'ignoredExpiration',
          line: 6,
          column: 37,
          suggestions: [
            {
              messageId: 'removeIgnoreExpiration',
              output: `
import { JwtService } from '@nestjs/jwt';
export class TokenService {
  constructor(private readonly jwt: JwtService) {}
  check(token: string) {
    return this.jwt.verify(token, { });
  }
}
`,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('jwt-require-expiry (JavaScript)', rule, {
  valid: [
    `
const jwt = require('jsonwebtoken');
jwt.sign({ sub: id }, process.env.JWT_SECRET, { expiresIn: '1d' });
`,
    `
const { sign } = require('jsonwebtoken');
const options = { expiresIn: 3600 };
sign({ sub: id }, secret, options, callback);
`,
    `
const jwt = require('not-jsonwebtoken');
jwt.sign({ sub: id }, secret);
`,
  ],
  invalid: [
    {
      code: `
const jwt = require('jsonwebtoken');
jwt.sign({ sub: id }, process.env.JWT_SECRET);
`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { remedy: "`expiresIn: '15m'`" },
              output: `
const jwt = require('jsonwebtoken');
jwt.sign({ sub: id }, process.env.JWT_SECRET, { expiresIn: '15m' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
const { sign: createToken } = require('jsonwebtoken');
module.exports = (user) => createToken({ id: user.id }, secret, { algorithm: 'HS256' });
`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          column: 28,
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { remedy: "`expiresIn: '15m'`" },
              output: `
const { sign: createToken } = require('jsonwebtoken');
module.exports = (user) => createToken({ id: user.id }, secret, { algorithm: 'HS256', expiresIn: '15m' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
require('jsonwebtoken').sign(user, secret, function (err, token) {});
`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 2,
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { remedy: "`expiresIn: '15m'`" },
              output: `
require('jsonwebtoken').sign(user, secret, { expiresIn: '15m' }, function (err, token) {});
`,
            },
          ],
        },
      ],
    },
  ],
});
