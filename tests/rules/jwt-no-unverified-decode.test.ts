import rule from '../../src/rules/jwt-no-unverified-decode';
import { jsRuleTester, ruleTester } from '../rule-tester';

const JSONWEBTOKEN = { api: 'jwt.decode', verify: 'jwt.verify' };
const JOSE = { api: 'decodeJwt', verify: 'jwtVerify' };
const NEST = { api: 'JwtService.decode', verify: 'JwtService.verifyAsync' };

ruleTester.run('jwt-no-unverified-decode', rule, {
  valid: [
    // Reading the expiry to schedule a refresh grants nothing.
    `
import { decodeJwt } from 'jose';
export function isExpired(token: string): boolean {
  const payload = decodeJwt(token);
  return !payload.exp || payload.exp * 1000 < Date.now();
}
`,
    `
import jwt, { type JwtPayload } from 'jsonwebtoken';
export function scheduleRefresh(token: string, refresh: () => void) {
  const { exp, iat } = jwt.decode(token) as JwtPayload;
  return setTimeout(refresh, (exp! - iat!) * 900);
}
`,
    `
import { decodeJwt } from 'jose';
export function useTokenRefresh(token: string, refresh: () => void) {
  useEffect(() => {
    const { exp } = decodeJwt(token);
    const timer = setTimeout(refresh, exp! * 1000 - Date.now() - 60_000);
    return () => clearTimeout(timer);
  }, [token]);
}
`,
    // Key lookup by kid, then verify: the standard JWKS middleware.
    `
import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: 'https://id.example.com/.well-known/jwks.json' });
export async function authenticate(token: string) {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || typeof decoded === 'string') throw new Error('malformed token');
  const key = await client.getSigningKey(decoded.header.kid);
  return jwt.verify(token, key.getPublicKey(), { algorithms: ['RS256'] });
}
`,
    // Only the header leaves this helper; the caller verifies.
    `
import * as jwt from 'jsonwebtoken';
export function getKeyId(token: string): string | undefined {
  const { header } = jwt.decode(token, { complete: true }) ?? {};
  return header?.kid;
}
`,
    `
import jwt from 'jsonwebtoken';
export function rejectUnsigned(token: string) {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || decoded.header.alg === 'none') throw new Error('bad token');
}
`,
    // The issuer picks the key set, then the token is verified.
    `
import { decodeJwt, jwtVerify, createRemoteJWKSet } from 'jose';
export async function verifyFromAnyTenant(token: string) {
  const { iss } = decodeJwt(token);
  const jwks = createRemoteJWKSet(new URL(\`\${iss}/.well-known/jwks.json\`));
  const { payload } = await jwtVerify(token, jwks, { issuer: iss });
  return payload.sub;
}
`,
    // A claim picks the secret; the same function verifies the token.
    `
import jwt from 'jsonwebtoken';
export async function verifyTenantToken(token: string) {
  const { tenant } = jwt.decode(token) as { tenant: string };
  const secret = await secrets.forTenant(tenant);
  return jwt.verify(token, secret, { algorithms: ['HS256'] });
}
`,
    `
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class TenantGuard {
  constructor(private readonly jwtService: JwtService) {}
  async check(token: string) {
    const { tenantId } = this.jwtService.decode(token);
    const secret = await this.keys.secretFor(tenantId);
    return this.jwtService.verifyAsync(token, { secret });
  }
}
`,
    // ...or hands it to a local verifier.
    `
import { decodeJwt } from 'jose';
export async function authenticate(token: string) {
  const { tenantId } = decodeJwt(token);
  const key = await keyFor(tenantId);
  return verifyAccessToken(token, key);
}
`,
    // Any verify in the function counts, even of another token (see Known Limitations).
    `
import jwt from 'jsonwebtoken';
export function handler(accessToken: string, idToken: string) {
  jwt.verify(accessToken, key, { algorithms: ['RS256'] });
  return (jwt.decode(idToken) as JwtPayload).email;
}
`,
    `
import jwt from 'jsonwebtoken';
export async function authenticate(token: string) {
  const claims = jwt.decode(token) as { tenant: string };
  const key = await keys.get(claims.tenant);
  return this.tokenVerifier(token, key);
}
`,
    // Key resolvers run inside the verifier, before the check.
    `
import jwt from 'jsonwebtoken';
jwt.verify(token, (header, callback) => {
  const { tenant } = jwt.decode(token) as { tenant: string };
  callback(null, keys[tenant]);
}, { algorithms: ['HS256'] }, done);
`,
    `
import jwt from 'jsonwebtoken';
import { Strategy, ExtractJwt } from 'passport-jwt';
const options = {
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKeyProvider: (req, rawJwt, done) => {
    const { tenantId } = jwt.decode(rawJwt) as { tenantId: string };
    secrets.get(tenantId).then((secret) => done(null, secret), done);
  },
};
passport.use(new Strategy(options, verify));
`,
    `
import jwt from 'jsonwebtoken';
import { expressjwt } from 'express-jwt';
app.use(expressjwt({
  algorithms: ['HS256'],
  secret: (req) => tenantSecret(jwt.decode(bearer(req))?.tenant),
}));
`,
    // Logging a token's claims is not trusting them.
    `
import jwt from 'jsonwebtoken';
export function logToken(token: string) {
  logger.debug({ claims: jwt.decode(token) }, 'incoming token');
  console.log('token', jwt.decode(token));
  this.logger.warn(\`rejected token for \${(jwt.decode(token) as JwtPayload)?.sub}\`);
  const peek = jwt.decode(token) as JwtPayload;
  req.log.info({ sub: peek.sub, scope: peek.scope }, 'denied');
}
`,
    // Tests assert on the claims of tokens they minted (see Known Limitations).
    `
import jwt, { type JwtPayload } from 'jsonwebtoken';
it('puts the user id in the token', () => {
  const token = issue({ id: 'u1' });
  const decoded = jwt.decode(token) as JwtPayload;
  expect(decoded.sub).toBe('u1');
  expect(jwt.decode(token)).toMatchObject({ role: 'user' });
  assert.equal(decoded.role, 'user');
  expect.soft(\`\${decoded.sub}@\` + decoded.iss).toBe('u1@auth');
});
`,
    // Deny-listing a token at logout needs its id and lifetime only.
    `
import jwt, { type JwtPayload } from 'jsonwebtoken';
export async function logout(token: string) {
  const { jti, exp } = jwt.decode(token) as JwtPayload;
  await redis.set(\`denylist:\${jti}\`, '1', 'EXAT', exp!);
}
`,
    `
import jwt from 'jsonwebtoken';
export function audit(token: string) {
  logger.info(\`claims: \${JSON.stringify(jwt.decode(token))}\`);
  console.error('rejected', String((jwt.decode(token) as JwtPayload).sub));
}
`,
    // With `complete: true`, the payload's metadata is still metadata.
    `
import jwt from 'jsonwebtoken';
export function expiresAt(token: string): Date | undefined {
  const { payload } = jwt.decode(token, { complete: true }) ?? {};
  return typeof payload === 'object' && payload.exp ? new Date(payload.exp * 1000) : undefined;
}
`,
    // Odd syntax: JSX, decorators, computed keys.
    {
      code: `
import jwt from 'jsonwebtoken';
@Component({ key: jwt.decode(token)?.[dynamicKey] })
class Profile {
  render() {
    return <Badge expires={jwt.decode(this.token)?.exp} />;
  }
}
`,
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // A format check.
    `
import jwt from 'jsonwebtoken';
export function isJwt(value: string): boolean {
  if (!jwt.decode(value)) return false;
  return typeof jwt.decode(value) === 'object';
}
`,
    `
import { decode } from 'jsonwebtoken';
export function expiredMessage(token: string) {
  const claims = decode(token);
  if (claims && typeof claims === 'object') throw new Error(\`Token expired at \${claims.exp}\`);
}
`,
    // jose's header helper is metadata only; jwt-decode is a browser library (see Known Limitations).
    `
import { decodeProtectedHeader } from 'jose';
import { jwtDecode } from 'jwt-decode';
const { kid } = decodeProtectedHeader(token);
export const user = jwtDecode(token).sub;
`,
    // Not the jsonwebtoken module, or a shadowed name.
    `
import { decode } from './codec';
export const id = decode(payload).sub;
`,
    `
import { decode } from 'jsonwebtoken';
export function read(decode: (t: string) => { sub: string }) {
  return decode(token).sub;
}
`,
    // Unused result, and half-written code in an editor.
    `
import jwt from 'jsonwebtoken';
jwt.decode(token);
jwt.decode();
jwt.decode(...args);
new jwt.decode;
`,
    // `iss` is read as metadata, even for a decision (see Known Limitations).
    `
import { decodeJwt } from 'jose';
export const isInternal = (token: string) => decodeJwt(token).iss === 'https://internal.example.com/';
`,
    // A dynamic key is not known to be a claim (see Known Limitations).
    `
import jwt from 'jsonwebtoken';
export const field = (token: string, name: string) => (jwt.decode(token) as Record<string, unknown>)[name];
`,
  ],
  invalid: [
    {
      code: `
import jwt, { type JwtPayload } from 'jsonwebtoken';
export function currentUser(token: string) {
  const claims = jwt.decode(token) as JwtPayload;
  return users.find(claims.sub);
}
`,
      errors: [
        {
          messageId: 'unverifiedDecode',
          data: JSONWEBTOKEN,
          line: 4,
          column: 18,
          endColumn: 28,
          suggestions: null,
        },
      ],
    },
    {
      code: `
import { decode as peekClaims } from 'jsonwebtoken';
export function currentTenant(req: Request): string | undefined {
  const claims = peekClaims(req.cookies.session ?? '');
  return typeof claims === 'object' && claims ? claims.tenant : undefined;
}
`,
      errors: [
        { messageId: 'unverifiedDecode', data: JSONWEBTOKEN, line: 4, column: 18, endColumn: 28 },
      ],
    },
    {
      code: `
import * as jwt from 'jsonwebtoken';
export function requireAdmin(token: string) {
  const { sub, role } = jwt.decode(token) as JwtPayload;
  if (role !== 'admin') throw new ForbiddenError(sub);
}
`,
      errors: [{ messageId: 'unverifiedDecode', line: 4, column: 25, endColumn: 35 }],
    },
    {
      // Returned: the caller takes it for a checked identity.
      code: `
import jwt from 'jsonwebtoken';
export const readToken = (token: string) => jwt.decode(token);
`,
      errors: [{ messageId: 'unverifiedDecode', line: 3, column: 45, endColumn: 55 }],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
export function attachUser(req: Request, token: string) {
  req.user = jwt.decode(token);
}
`,
      errors: [{ messageId: 'unverifiedDecode', line: 4, column: 14 }],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
export async function loadAccount(token: string) {
  return db.account.findUnique({ where: { id: (jwt.decode(token) as JwtPayload)?.sub } });
}
`,
      errors: [{ messageId: 'unverifiedDecode', line: 4, column: 48 }],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
export function session(token: string) {
  return { ...(jwt.decode(token) as object), source: 'cookie' };
}
`,
      errors: [{ messageId: 'unverifiedDecode', line: 4, column: 16 }],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
export function isAdmin(token: string) {
  const decoded = jwt.decode(token, { complete: true });
  return decoded?.payload.role === 'admin';
}
`,
      errors: [{ messageId: 'unverifiedDecode', line: 4, column: 19 }],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
export function tenantOf(token: string) {
  const { payload: { tenantId } } = jwt.decode(token, { complete: true })!;
  return tenantId;
}
`,
      errors: [{ messageId: 'unverifiedDecode', line: 4, column: 37 }],
    },
    {
      code: `
import { decodeJwt } from 'jose';
export function canWrite(token: string) {
  const payload = decodeJwt(token);
  return String(payload.scope).split(' ').includes('orders:write');
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: JOSE, line: 4, column: 19, endColumn: 28 }],
    },
    {
      code: `
import * as jose from 'jose';
export const userId = (token: string) => jose.decodeJwt(token).sub;
`,
      errors: [{ messageId: 'unverifiedDecode', data: JOSE, line: 3, column: 42, endColumn: 56 }],
    },
    {
      // Only the metadata before the claim is harmless.
      code: `
import { decodeJwt as peek } from 'jose';
export function who(token: string) {
  const { exp, sub } = peek(token);
  return exp! > Date.now() / 1000 ? sub : undefined;
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: JOSE, line: 4, column: 24, endColumn: 28 }],
    },
    {
      code: `
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class ProfileService {
  constructor(private readonly jwtService: JwtService) {}
  profile(token: string) {
    const payload = this.jwtService.decode(token);
    return this.users.findOne(payload.sub);
  }
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: NEST, line: 8, column: 21, endColumn: 43 }],
    },
    {
      // Followed through an alias and a later assignment.
      code: `
import jwt from 'jsonwebtoken';
export function handler(ctx: Context, token: string) {
  let claims;
  claims = jwt.decode(token);
  const current = claims;
  ctx.state.user = current;
}
`,
      errors: [{ messageId: 'unverifiedDecode', line: 5, column: 12 }],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
export const guard = (token: string) => authorize(jwt.decode(token)!, 'orders:write');
`,
      errors: [{ messageId: 'unverifiedDecode', line: 3, column: 51 }],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
export const roles = (token: string) => [jwt?.decode(token)];
`,
      errors: [{ messageId: 'unverifiedDecode', line: 3, column: 42, endColumn: 53 }],
    },
    {
      // A verify in another function does not cover this one (see Known Limitations).
      code: `
import jwt from 'jsonwebtoken';
export function verifyToken(token: string) {
  return jwt.verify(token, key, { algorithms: ['RS256'] });
}
export function tenantOf(token: string) {
  return (jwt.decode(token) as JwtPayload).tenant;
}
`,
      errors: [{ messageId: 'unverifiedDecode', line: 7, column: 11 }],
    },
    {
      // An assertion on a claim is an access check, not a log.
      code: `
import jwt from 'jsonwebtoken';
import assert from 'node:assert';
export function requireAdmin(token: string) {
  const claims = jwt.decode(token) as JwtPayload;
  assert(claims.role === 'admin', 'forbidden');
}
`,
      errors: [{ messageId: 'unverifiedDecode', line: 5, column: 18 }],
    },
    {
      // A local verifier not named so (see Known Limitations).
      code: `
import { decodeJwt } from 'jose';
export async function session(token: string) {
  const { orgId } = decodeJwt(token);
  const org = await orgs.find(orgId);
  return decodeSessionToken(token, org.keyFor());
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: JOSE, line: 4, column: 21 }],
    },
    {
      // A helper that returns claims for logs looks like any other (see Known Limitations).
      code: `
import jwt from 'jsonwebtoken';
export function describeToken(token: string) {
  const decoded = jwt.decode(token) as JwtPayload | null;
  return { sub: decoded?.sub, exp: decoded?.exp };
}
`,
      errors: [{ messageId: 'unverifiedDecode', line: 4, column: 19 }],
    },
  ],
});

jsRuleTester.run('jwt-no-unverified-decode (JavaScript)', rule, {
  valid: [
    `
const jwt = require('jsonwebtoken');
module.exports.expiresSoon = (token) => {
  const { exp } = jwt.decode(token) || {};
  return exp * 1000 - Date.now() < 60000;
};
`,
    `
const { decode, verify } = require('jsonwebtoken');
module.exports = async function authenticate(token) {
  const { header } = decode(token, { complete: true });
  const key = await keys.get(header.kid);
  return verify(token, key, { algorithms: ['ES256'] });
};
`,
    `
const { decodeJwt } = require('jose');
exports.ttl = (token) => decodeJwt(token).exp - decodeJwt(token).iat;
`,
    `
const jwt = require('jsonwebtoken');
const debug = require('debug')('auth');
debug('claims %o', jwt.decode(token));
`,
    `
const jwt = require('not-jsonwebtoken');
module.exports = (token) => jwt.decode(token).sub;
`,
    `
const jwt = require('jsonwebtoken');
function read(jwt, token) {
  return jwt.decode(token).sub;
}
`,
  ],
  invalid: [
    {
      code: `
const jwt = require('jsonwebtoken');
module.exports = (req, res, next) => {
  req.user = jwt.decode(req.headers.authorization.split(' ')[1]);
  next();
};
`,
      errors: [{ messageId: 'unverifiedDecode', data: JSONWEBTOKEN, line: 4, column: 14, endColumn: 24 }],
    },
    {
      code: `
const { decode } = require('jsonwebtoken');
function isAdmin(token) {
  return decode(token).role === 'admin';
}
`,
      errors: [{ messageId: 'unverifiedDecode', line: 4, column: 10, endColumn: 16 }],
    },
    {
      // A local alias of the API.
      code: `
const jwt = require('jsonwebtoken');
const peek = jwt.decode;
exports.owner = (token) => peek(token).ownerId;
`,
      errors: [{ messageId: 'unverifiedDecode', line: 4, column: 28, endColumn: 32 }],
    },
    {
      code: `
const userId = require('jsonwebtoken').decode(token).userId;
`,
      errors: [{ messageId: 'unverifiedDecode', line: 2, column: 16 }],
    },
    {
      code: `
const { decodeJwt } = require('jose');
exports.claims = function (token) {
  const payload = decodeJwt(token);
  return payload;
};
`,
      errors: [{ messageId: 'unverifiedDecode', data: JOSE, line: 4, column: 19 }],
    },
  ],
});
