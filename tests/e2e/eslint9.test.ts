import { describe, expect, it } from 'vitest';

import { describeExampleRuns } from './examples';
import { PROJECT_DIR, requireDevPackage } from './harness';
import type { ESLintClass } from './harness';

const { ESLint } = requireDevPackage<{ ESLint: ESLintClass & { version: string } }>(
  'eslint9',
);
// What `ESLINT_USE_FLAT_CONFIG=false eslint` runs on ESLint 9.
const { LegacyESLint } = requireDevPackage<{ LegacyESLint: ESLintClass }>(
  'eslint9/use-at-your-own-risk',
);

describe('ESLint 9', () => {
  it('is the version under test', () => {
    expect(ESLint.version).toMatch(/^9\./);
  });

  describeExampleRuns('eslintrc through LegacyESLint', {
    config: 'recommended',
    lint: (example) =>
      new LegacyESLint({ cwd: PROJECT_DIR, extensions: ['.ts'] }).lintFiles([example]),
  });

  describeExampleRuns("flat config, configs['flat/recommended'] in an array", {
    config: 'flat/recommended',
    lint: (example) =>
      new ESLint({ cwd: PROJECT_DIR, overrideConfigFile: 'eslint.array.config.mjs' }).lintFiles(
        [example],
      ),
  });
});
