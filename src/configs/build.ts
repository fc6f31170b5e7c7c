import type { TSESLint } from '@typescript-eslint/utils';

import type { SecureApiDocs } from '../utils/create-rule';

/** The part of a rule that decides which configs hold it. */
export interface RuleWithDocs {
  meta: { docs?: SecureApiDocs };
}

export const NAMESPACE = 'secure-api';

export type RuleLevels = Record<string, 'error'>;

/** Turns on, as errors, every rule whose docs pick it for the config. */
export function selectRules(
  rules: Record<string, RuleWithDocs>,
  include: (rule: RuleWithDocs) => boolean,
): RuleLevels {
  const levels: RuleLevels = {};
  for (const [name, rule] of Object.entries(rules)) {
    if (include(rule)) levels[`${NAMESPACE}/${name}`] = 'error';
  }
  return levels;
}

export function legacyConfig(levels: RuleLevels): TSESLint.ClassicConfig.Config {
  return { plugins: [NAMESPACE], rules: levels };
}

export function flatConfig(
  name: string,
  plugin: TSESLint.FlatConfig.Plugin,
  levels: RuleLevels,
): TSESLint.FlatConfig.Config {
  return {
    name: `${NAMESPACE}/${name}`,
    plugins: { [NAMESPACE]: plugin },
    rules: levels,
  };
}
