import jwtRequireExpiry from './jwt-require-expiry';
import noHardcodedSecrets from './no-hardcoded-secrets';
import noPublicEnvSecrets from './no-public-env-secrets';

/** Every rule, by name, in alphabetical order. */
export const rules = {
  'jwt-require-expiry': jwtRequireExpiry,
  'no-hardcoded-secrets': noHardcodedSecrets,
  'no-public-env-secrets': noPublicEnvSecrets,
};
