// Lints the plugin's own code. The example APIs have their own config.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'examples/',
      'tests/cases/',
      'tests/robustness/fixtures/',
      'tests/e2e/.work/',
      'tests/e2e/fixtures/',
      'bench/.results/',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true },
    },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // Node types are compared as string literals, checked by the AST's unions.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  {
    files: ['src/rules/*.ts'],
    ignores: ['src/rules/index.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': [
        'error',
        { pattern: '^(Disallow|Require|Enforce|Prefer)' },
      ],
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/no-property-in-node': 'error',
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**', 'bench/**', '*.mjs', '*.mts', '*.js'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
