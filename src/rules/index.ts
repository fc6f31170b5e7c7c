import jwtRequireExpiry from './jwt-require-expiry';

/** Every rule, by name, in alphabetical order. */
export const rules = {
  'jwt-require-expiry': jwtRequireExpiry,
};
