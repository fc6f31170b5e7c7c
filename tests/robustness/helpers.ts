import { readdirSync } from 'node:fs';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';
import * as espree from 'espree';

import plugin from '../../src';

export const root = path.join(__dirname, '../..');
export const fixturesDir = path.join(__dirname, 'fixtures');

const CODE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const DECLARATION = /\.d\.[cm]?ts$/;
const JAVASCRIPT = /\.(?:[cm]?js|jsx)$/;

export const ruleNames = Object.keys(plugin.rules).sort();

/** The plugin as flat config wants it. */
export const flatPlugin = plugin as unknown as NonNullable<Linter.Config['plugins']>[string];

export function isCommonJs(file: string): boolean {
  return /\.c[jt]s$/.test(file);
}

export function isJavaScript(file: string): boolean {
  return JAVASCRIPT.test(file);
}

/** Every code file under `dir`, recursively, skipping node_modules. */
export function listCode(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') files.push(...listCode(full));
    } else if (CODE.test(entry.name) && !DECLARATION.test(entry.name)) {
      files.push(full);
    }
  }
  return files.sort();
}

/** The typescript-eslint parser for every file, as in the bench. */
export function tsParserConfig(): Linter.Config[] {
  return [
    {
      files: ['**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}'],
      languageOptions: {
        parser: tsParser,
        ecmaVersion: 'latest',
        sourceType: 'module',
      },
    },
    { files: ['**/*.{cjs,cts}'], languageOptions: { sourceType: 'commonjs' } },
  ];
}

/** ESLint's own parser, for JavaScript files. */
export function espreeConfig(): Linter.Config[] {
  return [
    {
      files: ['**/*.{js,cjs,mjs,jsx}'],
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType: 'module',
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
    },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  ];
}

/** Only the named rules of this plugin, as errors, with their options. */
export function rulesConfig(rules: Record<string, unknown[]>): Linter.Config {
  return {
    plugins: { 'secure-api': flatPlugin },
    rules: Object.fromEntries(
      Object.entries(rules).map(([name, options]) => [
        `secure-api/${name}`,
        ['error', ...options] as Linter.RuleEntry,
      ]),
    ),
  };
}

export function strictConfig(): Linter.Config {
  return plugin.configs['flat/strict'] as unknown as Linter.Config;
}

/**
 * Parses `code` as the file named `file` would be parsed, with the
 * typescript-eslint parser and, for JavaScript, with espree too. Returns the
 * parse error, or undefined when the code parses.
 */
export function getParseError(code: string, file: string): string | undefined {
  const sourceType = isCommonJs(file) ? 'commonjs' : 'module';
  try {
    tsParser.parseForESLint(code, { filePath: file, sourceType, ecmaVersion: 'latest' });
    if (isJavaScript(file)) {
      espree.parse(code, {
        ecmaVersion: 'latest',
        sourceType,
        ecmaFeatures: { jsx: true },
      });
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return undefined;
}

/** Where a message points, for failure output. */
export function describeMessage(file: string, message: Linter.LintMessage): string {
  return `${path.relative(root, file)}:${message.line}:${message.column} ${message.ruleId ?? ''} ${message.message}`;
}
