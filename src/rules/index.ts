import type { TSESLint } from '@typescript-eslint/utils';

import type { SecureApiDocs } from '../utils/create-rule';

export type SecureApiRule = TSESLint.RuleModule<
  string,
  readonly unknown[],
  SecureApiDocs
>;

/** Every rule, by name, in alphabetical order. */
export const rules: Record<string, SecureApiRule> = {};
