import { describe, expect, it } from 'vitest';

import { describeExampleRuns } from './examples';
import { PROJECT_DIR, requireDevPackage } from './harness';
import type { ESLintClass } from './harness';

const { ESLint } = requireDevPackage<{ ESLint: ESLintClass & { version: string } }>(
  'eslint8',
);

describe('ESLint 8.57', () => {
  it('is the version under test', () => {
    expect(ESLint.version).toMatch(/^8\.57\./);
  });

  // The project's .eslintrc.json: `extends: ['plugin:secure-api/recommended']`,
  // so the plugin is resolved by name from the project's node_modules.
  describeExampleRuns('eslintrc, found by the usual lookup', {
    config: 'recommended',
    lint: (example) => new ESLint({ cwd: PROJECT_DIR, extensions: ['.ts'] }).lintFiles([example]),
  });
});
