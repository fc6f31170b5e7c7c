import jwtRequireExpiry from './jwt-require-expiry';
import noHardcodedSecrets from './no-hardcoded-secrets';

/** Every rule, by name, in alphabetical order. */
export const rules = {
  'jwt-require-expiry': jwtRequireExpiry,
  'no-hardcoded-secrets': noHardcodedSecrets,
};
