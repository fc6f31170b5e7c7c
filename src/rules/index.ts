import jwtRequireClaims from './jwt-require-claims';
import jwtRequireExpiry from './jwt-require-expiry';

/** Every rule, by name, in alphabetical order. */
export const rules = {
  'jwt-require-claims': jwtRequireClaims,
  'jwt-require-expiry': jwtRequireExpiry,
};
