import jwtNoUnverifiedDecode from './jwt-no-unverified-decode';
import jwtRequireClaims from './jwt-require-claims';
import jwtRequireExpiry from './jwt-require-expiry';

/** Every rule, by name, in alphabetical order. */
export const rules = {
  'jwt-no-unverified-decode': jwtNoUnverifiedDecode,
  'jwt-require-claims': jwtRequireClaims,
  'jwt-require-expiry': jwtRequireExpiry,
};
