import { describe, expect, it } from 'vitest';

import { describeExampleRuns } from './examples';
import { VULNERABLE_API } from './expected';
import { exampleFiles, PROJECT_DIR, readExampleLines, requireDevPackage } from './harness';
import type { ESLintClass } from './harness';

const { ESLint } = requireDevPackage<{ ESLint: ESLintClass & { version: string } }>(
  'eslint',
);

describe('ESLint 10', () => {
  it('is the version under test', () => {
    expect(ESLint.version).toMatch(/^10\./);
  });

  // The project's eslint.config.mjs: defineConfig with
  // `extends: ['secure-api/recommended']`, found by the usual lookup.
  describeExampleRuns('defineConfig, extends by name', {
    config: 'flat/recommended',
    lint: (example) => new ESLint({ cwd: PROJECT_DIR }).lintFiles([example]),
  });

  describeExampleRuns("configs['flat/recommended'] in an array", {
    config: 'flat/recommended',
    lint: (example) =>
      new ESLint({ cwd: PROJECT_DIR, overrideConfigFile: 'eslint.array.config.mjs' }).lintFiles(
        [example],
      ),
  });

  describeExampleRuns("configs['flat/strict'] in an array", {
    config: 'flat/strict',
    lint: (example) =>
      new ESLint({ cwd: PROJECT_DIR, overrideConfigFile: 'eslint.strict.config.mjs' }).lintFiles(
        [example],
      ),
  });
});

describe('the expected findings', () => {
  it('point at lines that exist in vulnerable-api', () => {
    const files = exampleFiles('vulnerable-api');
    for (const findings of Object.values(VULNERABLE_API)) {
      for (const { file, line } of findings) {
        expect(files).toContain(file);
        expect(readExampleLines('vulnerable-api', file)[line - 1]?.trim()).toBeTruthy();
      }
    }
  });
});
