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
          messageId: 'missingModuleExpiry',
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
          messageId: 'missingModuleExpiry',
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

ruleTester.run('jwt-require-expiry (field cases)', rule, {
  valid: [
    // Any write makes the options incomplete: see Known Limitations.
    `
import jwt from 'jsonwebtoken';
const opts: jwt.SignOptions = { algorithm: 'HS256' };
opts.issuer = 'api';
jwt.sign({ sub: id }, key, opts);
`,
    // Options completed after their declaration are not known to lack an expiry.
    `
import jwt, { SignOptions } from 'jsonwebtoken';
export function issue(id: string, ttl: number) {
  const opts: SignOptions = {};
  opts.expiresIn = ttl;
  return jwt.sign({ sub: id }, KEY, opts);
}
`,
    `
import jwt from 'jsonwebtoken';
export function issue(id: string, ttl?: number) {
  const opts: jwt.SignOptions = { algorithm: 'HS256' };
  if (ttl) opts.expiresIn = ttl;
  return jwt.sign({ sub: id }, KEY, opts);
}
`,
    `
import jwt from 'jsonwebtoken';
const opts = { algorithm: 'HS256' } as const satisfies jwt.SignOptions;
Object.assign(opts, load());
jwt.sign({ sub: id }, key, opts);
`,
    // A payload given `exp` after its declaration.
    `
import jwt from 'jsonwebtoken';
export function issue(id: string) {
  let claims = { sub: id, exp: 0 };
  claims = { ...claims, exp: now() + 60 };
  return jwt.sign(claims, KEY);
}
`,
    `
import jwt from 'jsonwebtoken';
export function issue(id: string) {
  const payload: Record<string, unknown> = { sub: id };
  payload['exp'] = now() + 900;
  return jwt.sign(payload, KEY);
}
`,
    `
import jwt from 'jsonwebtoken';
export const issue = (id: string) => jwt.sign(Object.assign({ sub: id }, { exp: now() + 60 }), KEY);
`,
    // `ignoreExpiration` with `maxAge`: jsonwebtoken still bounds the age.
    `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { algorithms: ['HS256'], ignoreExpiration: true, maxAge: '7d' });
`,
    // A fast-jwt signer whose calls bring their own `exp`, or a payload we cannot see.
    `
import { createSigner } from 'fast-jwt';
const sign = createSigner({ key: 'secret', algorithm: 'HS256' });
export const token = (id: string) => sign({ sub: id, exp: now() + 900 });
`,
    `
import { createSigner } from 'fast-jwt';
const sign = createSigner({ key: 'secret', algorithm: 'HS256' });
export const token = (claims: object) => sign(claims);
`,
    // A verify-only resource server: the module holds no signing key.
    `
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
@Module({ imports: [JwtModule.register({ publicKey: PEM, verifyOptions: { algorithms: ['RS256'] } })] })
export class ResourceServerModule {}
`,
    // A module without key material: every call brings its own key and settings.
    `
import { Injectable, Module } from '@nestjs/common';
import { JwtModule, JwtService } from '@nestjs/jwt';
@Injectable()
export class AuthService {
  constructor(private jwtService: JwtService) {}
  tokens(userId: string) {
    return this.jwtService.signAsync({ sub: userId }, { secret: process.env.AT_SECRET, expiresIn: '15m' });
  }
}
@Module({ imports: [JwtModule.register({})], providers: [AuthService] })
export class AuthModule {}
`,
    `
import { EncryptJWT } from 'jose';
export const seal = () => new EncryptJWT({ sub: id }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setExpirationTime('1h').encrypt(key);
`,
    `
import jwt from 'jsonwebtoken';
import { promisify } from 'node:util';
const signAsync = promisify(jwt.sign) as any;
export const issue = (u: string) => signAsync({ sub: u }, 'k', { expiresIn: '1h' });
`,
  ],
  invalid: [
    {
      // passport-jwt passes a top-level \`maxAge\` nowhere.
      code: `
import { Strategy, ExtractJwt } from 'passport-jwt';
new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, ignoreExpiration: true, maxAge: '1d' }, verify);
`,
      errors: [
        {
          messageId: 'ignoredExpiration',
          line: 3,
          column: 92,
          endColumn: 114,
          suggestions: [
            {
              messageId: 'removeIgnoreExpiration',
              output: `
import { Strategy, ExtractJwt } from 'passport-jwt';
new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, maxAge: '1d' }, verify);
`,
            },
          ],
        },
      ],
    },
    {
      // A JwtService call that brings its own key signs with its own settings.
      code: `
import { JwtService } from '@nestjs/jwt';
export class AuthService {
  constructor(private jwtService: JwtService) {}
  refresh(userId: string) {
    return this.jwtService.signAsync({ sub: userId }, { secret: process.env.RT_SECRET });
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'addExpiry',
              output: `
import { JwtService } from '@nestjs/jwt';
export class AuthService {
  constructor(private jwtService: JwtService) {}
  refresh(userId: string) {
    return this.jwtService.signAsync({ sub: userId }, { secret: process.env.RT_SECRET, expiresIn: '15m' });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // With a lifetime configured, only a payload seen whole without `exp` is fixed unasked.
      code: `
import jwt from 'jsonwebtoken';
export const issue = (payload: object) => jwt.sign(payload, key);
`,
      options: [{"defaultExpiresIn": "1h"}],
      output: null,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'addExpiry',
              output: `
import jwt from 'jsonwebtoken';
export const issue = (payload: object) => jwt.sign(payload, key, { expiresIn: '1h' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
export const issue = (user: object) => jwt.sign({ ...user }, key);
`,
      options: [{"defaultExpiresIn": "1h"}],
      output: null,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'addExpiry',
              output: `
import jwt from 'jsonwebtoken';
export const issue = (user: object) => jwt.sign({ ...user }, key, { expiresIn: '1h' });
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
      options: [{"defaultExpiresIn": "1h"}],
      output: `
import { SignJWT } from 'jose';
const token = await new SignJWT({ sub: id }).setProtectedHeader({ alg: 'ES256' }).setExpirationTime('1h').sign(privateKey);
`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          column: 83,
          endLine: 3,
          endColumn: 87,
          suggestions: null,
        },
      ],
    },
    {
      // Module options: the payloads are elsewhere, so never fixed unasked.
      code: `
import { JwtModule } from '@nestjs/jwt';
JwtModule.register({ secret: process.env.JWT_SECRET });
`,
      options: [{"defaultExpiresIn": "1h"}],
      output: null,
      errors: [
        {
          messageId: 'missingModuleExpiry',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'addExpiry',
              output: `
import { JwtModule } from '@nestjs/jwt';
JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' } });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { createSigner } from 'fast-jwt';
const sign = createSigner({ key: 'secret', algorithm: 'HS256' });
export const token = (id: string) => sign({ sub: id });
`,
      output: null,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addExpiry',
              output: `
import { createSigner } from 'fast-jwt';
const sign = createSigner({ key: 'secret', algorithm: 'HS256', expiresIn: '15m' });
export const token = (id: string) => sign({ sub: id });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
import { promisify } from 'node:util';
const signAsync = promisify(jwt.sign) as any;
export const issue = (u: string) => signAsync({ sub: u }, 'k', { algorithm: 'HS256' });
`,
      output: null,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 5,
          column: 37,
          endLine: 5,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'addExpiry',
              output: `
import jwt from 'jsonwebtoken';
import { promisify } from 'node:util';
const signAsync = promisify(jwt.sign) as any;
export const issue = (u: string) => signAsync({ sub: u }, 'k', { algorithm: 'HS256', expiresIn: '15m' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { EncryptJWT } from 'jose';
export const seal = () => new EncryptJWT({ sub: id }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(key);
`,
      output: null,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          column: 106,
          endLine: 3,
          endColumn: 113,
          suggestions: [
            {
              messageId: 'addExpiry',
              output: `
import { EncryptJWT } from 'jose';
export const seal = () => new EncryptJWT({ sub: id }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setExpirationTime('15m').encrypt(key);
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import jwt = require('jsonwebtoken');
export const token = jwt.sign({ sub: id }, key);
`,
      output: null,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'addExpiry',
              output: `
import jwt = require('jsonwebtoken');
export const token = jwt.sign({ sub: id }, key, { expiresIn: '15m' });
`,
            },
          ],
        },
      ],
    },
    {
      // A comment in the options is kept.
      code: `
import jwt from 'jsonwebtoken';
jwt.sign(payload, key, { // options
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'addExpiry',
              output: `
import jwt from 'jsonwebtoken';
jwt.sign(payload, key, { expiresIn: '15m' // options
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
jwt.verify(token, key, {
  algorithms: ['HS256'],
  // refresh flow
  ignoreExpiration: true
});
`,
      output: null,
      errors: [
        {
          messageId: 'ignoredExpiration',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'removeIgnoreExpiration',
              output: `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, {
  algorithms: ['HS256']
  // refresh flow
});
`,
            },
          ],
        },
      ],
    },
    {
      // `maxAge: undefined` bounds nothing.
      code: `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { algorithms: ['HS256'], ignoreExpiration: true, maxAge: undefined });
`,
      output: null,
      errors: [
        {
          messageId: 'ignoredExpiration',
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'removeIgnoreExpiration',
              output: `
import jwt from 'jsonwebtoken';
jwt.verify(token, key, { algorithms: ['HS256'], maxAge: undefined });
`,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('jwt-require-expiry JavaScript (field cases)', rule, {
  valid: [
    // A payload given `exp` after it was verified (a sliding refresh).
    {
      code: `
const jwt = require('jsonwebtoken');
function refresh(old) {
  const decoded = jwt.verify(old, SECRET, { algorithms: ['HS256'] });
  decoded.exp = Math.floor(Date.now() / 1000) + 900;
  return jwt.sign(decoded, SECRET);
}
`,
      options: [{"defaultExpiresIn": "1h"}],
    },
    `
var jwt = require('jsonwebtoken');
var signOpts = { expiresIn: '1h' };
exports.a = function (u) { return jwt.sign({ id: u }, 'k', signOpts); };
`,
    // A callback parameter may be options: unknown.
    `
const jwt = require('jsonwebtoken');
exports.b = (p, cb) => jwt.sign({ sub: p }, 'k', cb);
`,
  ],
  invalid: [
    {
      // A `var` never reassigned is followed.
      code: `
var jwt = require('jsonwebtoken');
var verifyOpts = { ignoreExpiration: true };
exports.b = function (t) { return jwt.verify(t, 'k', verifyOpts); };
`,
      output: null,
      errors: [
        {
          messageId: 'ignoredExpiration',
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'removeIgnoreExpiration',
              output: `
var jwt = require('jsonwebtoken');
var verifyOpts = { };
exports.b = function (t) { return jwt.verify(t, 'k', verifyOpts); };
`,
            },
          ],
        },
      ],
    },
    {
      // A named function is a callback, not options.
      code: `
const jwt = require('jsonwebtoken');
function handle(err, token) { done(err, token); }
exports.a = (p) => jwt.sign({ sub: p }, 'k', handle);
`,
      output: null,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'addExpiry',
              output: `
const jwt = require('jsonwebtoken');
function handle(err, token) { done(err, token); }
exports.a = (p) => jwt.sign({ sub: p }, 'k', { expiresIn: '15m' }, handle);
`,
            },
          ],
        },
      ],
    },
    {
      code: `
const jwt = require('jsonwebtoken');
const util = require('util');
const signAsync = util.promisify(jwt.sign);
exports.issue = (u) => signAsync({ id: u.id }, 'k');
`,
      output: null,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'addExpiry',
              output: `
const jwt = require('jsonwebtoken');
const util = require('util');
const signAsync = util.promisify(jwt.sign);
exports.issue = (u) => signAsync({ id: u.id }, 'k', { expiresIn: '15m' });
`,
            },
          ],
        },
      ],
    },
  ],
});
