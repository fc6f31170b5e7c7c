import jwtRequireExpiry from './jwt-require-expiry';
import noSensitiveLogging from './no-sensitive-logging';
import noTimingUnsafeCompare from './no-timing-unsafe-compare';

/** Every rule, by name, in alphabetical order. */
export const rules = {
  'jwt-require-expiry': jwtRequireExpiry,
  'no-sensitive-logging': noSensitiveLogging,
  'no-timing-unsafe-compare': noTimingUnsafeCompare,
};
