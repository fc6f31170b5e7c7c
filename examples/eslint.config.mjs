// The config a user of the plugin writes: TypeScript through
// @typescript-eslint/parser, and the plugin's recommended rules. The plugin is
// imported by its package name; inside this repository Node resolves that to
// the built dist/ through package.json's "exports".
import tsParser from '@typescript-eslint/parser';
import secureApi from 'eslint-plugin-secure-api';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
  },
  secureApi.configs['flat/recommended'],
];
