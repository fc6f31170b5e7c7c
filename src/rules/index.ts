import jwtNoUnverifiedDecode from './jwt-no-unverified-decode';
import jwtNoWeakAlgorithm from './jwt-no-weak-algorithm';
import jwtRequireClaims from './jwt-require-claims';
import jwtRequireExpiry from './jwt-require-expiry';
import jwtVerifyRequireAlgorithms from './jwt-verify-require-algorithms';

/** Every rule, by name, in alphabetical order. */
export const rules = {
  'jwt-no-unverified-decode': jwtNoUnverifiedDecode,
  'jwt-no-weak-algorithm': jwtNoWeakAlgorithm,
  'jwt-require-claims': jwtRequireClaims,
  'jwt-require-expiry': jwtRequireExpiry,
  'jwt-verify-require-algorithms': jwtVerifyRequireAlgorithms,
};
