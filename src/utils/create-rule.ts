import { ESLintUtils } from '@typescript-eslint/utils';

export interface SecureApiDocs {
  description: string;
  /** The narrowest config the rule belongs to; `strict` holds every rule. */
  recommended: 'recommended' | 'strict';
}

export const REPOSITORY_URL =
  'https://github.com/secure-api/eslint-plugin-secure-api';

/** Creates a rule whose `meta.docs.url` points at its page in `docs/rules/`. */
export const createRule = ESLintUtils.RuleCreator<SecureApiDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
