import jwtNoWeakAlgorithm from './jwt-no-weak-algorithm';
import jwtRequireExpiry from './jwt-require-expiry';
import jwtVerifyRequireAlgorithms from './jwt-verify-require-algorithms';

/** Every rule, by name, in alphabetical order. */
export const rules = {
  'jwt-no-weak-algorithm': jwtNoWeakAlgorithm,
  'jwt-require-expiry': jwtRequireExpiry,
  'jwt-verify-require-algorithms': jwtVerifyRequireAlgorithms,
};
