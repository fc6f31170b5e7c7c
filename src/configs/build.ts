import type { TSESLint } from '@typescript-eslint/utils';

import type { SecureApiRule } from '../rules';

export const NAMESPACE = 'secure-api';

export type RuleLevels = Record<string, 'error'>;

/** Turns on, as errors, every rule whose docs pick it for the config. */
export function selectRules(
  rules: Record<string, SecureApiRule>,
  include: (rule: SecureApiRule) => boolean,
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
