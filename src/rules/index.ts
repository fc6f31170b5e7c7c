import jwtNoUnverifiedDecode from './jwt-no-unverified-decode';
import jwtNoWeakAlgorithm from './jwt-no-weak-algorithm';
import jwtRequireClaims from './jwt-require-claims';
import jwtRequireExpiry from './jwt-require-expiry';
import jwtVerifyRequireAlgorithms from './jwt-verify-require-algorithms';
import noHardcodedSecrets from './no-hardcoded-secrets';
import noMassAssignment from './no-mass-assignment';
import noPublicEnvSecrets from './no-public-env-secrets';
import noSensitiveLogging from './no-sensitive-logging';
import noSqlInjection from './no-sql-injection';
import noTimingUnsafeCompare from './no-timing-unsafe-compare';
import requireInputValidation from './require-input-validation';

/** Every rule, by name, in alphabetical order. */
export const rules = {
  'jwt-no-unverified-decode': jwtNoUnverifiedDecode,
  'jwt-no-weak-algorithm': jwtNoWeakAlgorithm,
  'jwt-require-claims': jwtRequireClaims,
  'jwt-require-expiry': jwtRequireExpiry,
  'jwt-verify-require-algorithms': jwtVerifyRequireAlgorithms,
  'no-hardcoded-secrets': noHardcodedSecrets,
  'no-mass-assignment': noMassAssignment,
  'no-public-env-secrets': noPublicEnvSecrets,
  'no-sensitive-logging': noSensitiveLogging,
  'no-sql-injection': noSqlInjection,
  'no-timing-unsafe-compare': noTimingUnsafeCompare,
  'require-input-validation': requireInputValidation,
};
