/**
 * Extra option sets the fix test runs a rule with, beside its defaults: for
 * rules that autofix only when an option chooses the value (a default token
 * lifetime, a pinned algorithm), or that report more under a stricter option.
 * Rule name to a list of option arrays.
 */
export const EXTRA_OPTIONS: Record<string, unknown[][]> = {
  'jwt-no-weak-algorithm': [[{ allowHmac: false }]],
  'jwt-require-expiry': [[{ defaultExpiresIn: '15m' }]],
  'jwt-verify-require-algorithms': [
    [{ algorithms: ['RS256'] }],
    [{ algorithms: ['HS256', 'HS512'] }],
  ],
};
