import type { TSESLint } from '@typescript-eslint/utils';

import { flatConfig, legacyConfig, NAMESPACE } from './configs/build';
import { recommendedRules } from './configs/recommended';
import { strictRules } from './configs/strict';
import { rules } from './rules';

interface Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: {
    recommended: TSESLint.ClassicConfig.Config;
    strict: TSESLint.ClassicConfig.Config;
    'flat/recommended': TSESLint.FlatConfig.Config;
    'flat/strict': TSESLint.FlatConfig.Config;
  };
}

const plugin: Plugin = {
  meta: { name: PACKAGE_NAME, version: PACKAGE_VERSION, namespace: NAMESPACE },
  rules,
  configs: {} as Plugin['configs'],
};

// The flat configs hold the plugin object itself, so it exists first.
const asFlatPlugin = plugin as unknown as TSESLint.FlatConfig.Plugin;
plugin.configs = {
  recommended: legacyConfig(recommendedRules),
  strict: legacyConfig(strictRules),
  'flat/recommended': flatConfig('recommended', asFlatPlugin, recommendedRules),
  'flat/strict': flatConfig('strict', asFlatPlugin, strictRules),
};

export = plugin;
