import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';

/** TypeScript files, parsed without type information like most configs. */
export const ruleTester = new RuleTester();

/**
 * Plain JavaScript through espree, ESLint's default parser, for the cases
 * that must work in projects without a TypeScript parser.
 */
export const jsRuleTester = new RuleTester({
  languageOptions: {
    parser: espree,
    parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  },
});
