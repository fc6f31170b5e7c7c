import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { describeFindings, loadPackedPlugin, requireDevPackage, ROOT } from './harness';
import type { ESLintClass, LintResult } from './harness';

const { ESLint } = requireDevPackage<{ ESLint: ESLintClass }>('eslint');
const tsParser = requireDevPackage<object>('@typescript-eslint/parser');

// Published code that uses, or is, the APIs the rules look for. Findings are
// fine; a rule that throws, or a file that fails to parse, is not.
const PACKAGES = [
  'express',
  'jsonwebtoken',
  'passport-jwt',
  'koa',
  'jose',
  'express-jwt',
  'fast-jwt',
  '@nestjs/jwt',
];

describe('recommended over real published sources', () => {
  it.each(PACKAGES)('%s lints without a crash', async (name) => {
    const dir = path.join(ROOT, 'node_modules', name);
    const { type } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      type?: string;
    };
    const plugin = loadPackedPlugin();
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [
        // Their own eslint comments name rules this run does not have.
        { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
        {
          languageOptions: {
            ecmaVersion: 'latest',
            sourceType: type === 'module' ? 'module' : 'commonjs',
          },
        },
        { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
        { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
        { files: ['**/*.ts', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser } },
        plugin.configs['flat/recommended'],
      ],
    });

    const results: LintResult[] = await eslint.lintFiles(['.']);

    expect(results.length).toBeGreaterThan(0);
    const crashes = describeFindings(results, dir).filter((entry) => entry.startsWith('fatal '));
    expect(crashes).toEqual([]);
  });
});
