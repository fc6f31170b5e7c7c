/**
 * Extra option sets the fix test runs a rule with, beside its defaults: for
 * rules that autofix only when an option chooses the value (a default token
 * lifetime, a pinned algorithm). Rule name to a list of option arrays.
 */
export const EXTRA_OPTIONS: Record<string, unknown[][]> = {
  'jwt-require-expiry': [[{ defaultExpiresIn: '15m' }]],
};
