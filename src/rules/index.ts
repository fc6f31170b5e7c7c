import jwtRequireExpiry from './jwt-require-expiry';
import noMassAssignment from './no-mass-assignment';
import requireInputValidation from './require-input-validation';

/** Every rule, by name, in alphabetical order. */
export const rules = {
  'jwt-require-expiry': jwtRequireExpiry,
  'no-mass-assignment': noMassAssignment,
  'require-input-validation': requireInputValidation,
};
