import jwtRequireExpiry from './jwt-require-expiry';
import noSqlInjection from './no-sql-injection';

/** Every rule, by name, in alphabetical order. */
export const rules = {
  'jwt-require-expiry': jwtRequireExpiry,
  'no-sql-injection': noSqlInjection,
};
