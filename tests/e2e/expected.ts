/**
 * What the plugin must find in `examples/vulnerable-api/`, by rule name:
 * each planted problem as the file (relative to the example's root) and the
 * line the report starts on. `examples/secure-api/` must give nothing.
 *
 * A run expects the entries of the rules that its config turns on and that
 * the built plugin exports, so a rule that has not landed yet is skipped and
 * a strict-only rule counts only under `strict`. Edit this list, not the
 * tests, when an example changes.
 */
export interface Finding {
  file: string;
  line: number;
}

export const VULNERABLE_API: Readonly<Record<string, readonly Finding[]>> = {
  // `jwt.sign` with no options at all; `ignoreExpiration: true` on verify.
  'jwt-require-expiry': [
    { file: 'src/auth/routes.ts', line: 26 },
    { file: 'src/auth/routes.ts', line: 60 },
  ],
  // `algorithms: ['HS256', 'RS256']`: the HMAC secret and the RSA key mix.
  // The HS256 signing elsewhere is deliberate (a shared secret is allowed).
  'jwt-no-weak-algorithm': [{ file: 'src/auth/middleware.ts', line: 22 }],
  // The refresh token's verify has options, but no `algorithms`.
  'jwt-verify-require-algorithms': [{ file: 'src/auth/routes.ts', line: 60 }],
  // Strict only: access token signed, refresh and bearer tokens verified
  // without `issuer` and `audience` (the refresh token's sign has both).
  'jwt-require-claims': [
    { file: 'src/auth/middleware.ts', line: 22 },
    { file: 'src/auth/routes.ts', line: 26 },
    { file: 'src/auth/routes.ts', line: 60 },
  ],
  // `requireAdmin` trusts the role of a token it only decoded.
  'jwt-no-unverified-decode': [{ file: 'src/auth/middleware.ts', line: 33 }],
  // A literal fallback for an API key, and a literal JWT secret. The
  // `DATABASE_URL ?? 'postgres://localhost:5432/acme'` fallback on line 4
  // holds no password and must stay quiet.
  'no-hardcoded-secrets': [
    { file: 'src/config.ts', line: 5 },
    { file: 'src/config.ts', line: 11 },
  ],
  // A Stripe secret key behind the client-exposed `NEXT_PUBLIC_` prefix.
  'no-public-env-secrets': [{ file: 'src/config.ts', line: 15 }],
  // `req.get('x-api-key') === config.partnerApiKey`.
  'no-timing-unsafe-compare': [{ file: 'src/auth/middleware.ts', line: 45 }],
  // The whole login body (with the password), and a bearer token.
  'no-sensitive-logging': [
    { file: 'src/auth/middleware.ts', line: 20 },
    { file: 'src/auth/routes.ts', line: 37 },
  ],
  // A template literal into `pool.query`, a concatenation into
  // `sequelize.query`.
  'no-sql-injection': [
    { file: 'src/db/users.ts', line: 14 },
    { file: 'src/db/users.ts', line: 27 },
  ],
  // `req.body` destructured in register, and passed whole to `User.update`
  // in the profile update; every other handler parses its input with zod
  // first. (`req.params` is not a default source, so the lookup by id is
  // quiet.)
  'require-input-validation': [
    { file: 'src/auth/routes.ts', line: 48 },
    { file: 'src/users/routes.ts', line: 27 },
  ],
  // `User.create({ ...req.body, passwordHash })` and `User.update(req.body)`.
  'no-mass-assignment': [
    { file: 'src/auth/routes.ts', line: 50 },
    { file: 'src/users/routes.ts', line: 27 },
  ],
};

/** The fixed twin: nothing, under `recommended` and `strict` alike. */
export const SECURE_API: Readonly<Record<string, readonly Finding[]>> = {};
