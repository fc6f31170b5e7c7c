import jwtRequireExpiry from './jwt-require-expiry';
import noTimingUnsafeCompare from './no-timing-unsafe-compare';

/** Every rule, by name, in alphabetical order. */
export const rules = {
  'jwt-require-expiry': jwtRequireExpiry,
  'no-timing-unsafe-compare': noTimingUnsafeCompare,
};
