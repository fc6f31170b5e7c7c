import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import type { Finding } from './expected';

export const ROOT = path.resolve(__dirname, '../..');
export const WORK_DIR = path.join(ROOT, 'tests/e2e/.work');

/**
 * A user's project, made by the global setup: the packed plugin under
 * `node_modules/`, the config files from `fixtures/project/`, and copies of
 * both example APIs.
 */
export const PROJECT_DIR = path.join(WORK_DIR, 'project');

export const EXAMPLES = ['vulnerable-api', 'secure-api'] as const;
export type Example = (typeof EXAMPLES)[number];

export interface LintMessage {
  ruleId: string | null;
  line: number;
  message: string;
  fatal?: boolean;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

/** The part of every ESLint generation's `ESLint` class that the tests use. */
export type ESLintClass = new (options: Record<string, unknown>) => {
  lintFiles(patterns: string[]): Promise<LintResult[]>;
  lintText(code: string, options: { filePath: string }): Promise<LintResult[]>;
};

export interface PackedPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<string, unknown>;
  configs: Record<string, { rules?: Record<string, unknown> }>;
}

const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));

/** Loads a package the repository installs, e.g. `eslint8`. */
export function requireDevPackage<T>(name: string): T {
  return requireFromRoot(name) as T;
}

/** The plugin as the user's project resolves it: from the packed tarball. */
export function loadPackedPlugin(): PackedPlugin {
  const requireFromProject = createRequire(path.join(PROJECT_DIR, 'package.json'));
  return requireFromProject('eslint-plugin-secure-api') as PackedPlugin;
}

/** Where the user's project holds its copy of an example. */
export function exampleDir(example: Example): string {
  return path.join(PROJECT_DIR, example);
}

/** Every `.ts` file of an example, relative to its root, sorted. */
export function exampleFiles(example: Example): string[] {
  return readdirSync(exampleDir(example), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map(toPosix)
    .sort();
}

/** The files a run linted, relative to `dir`, sorted. */
export function lintedFiles(results: LintResult[], dir: string): string[] {
  return results.map((result) => toPosix(path.relative(dir, result.filePath))).sort();
}

/**
 * Each report as `rule file:line` (file relative to `dir`), sorted, each once (a rule may report
 * twice on one line). A parse error shows as `fatal file:line message`,
 * and ESLint's own notices as `eslint file:line`, so a broken run can never
 * look like a clean one.
 */
export function describeFindings(results: LintResult[], dir: string): string[] {
  const found = new Set<string>();
  for (const result of results) {
    const file = toPosix(path.relative(dir, result.filePath));
    for (const message of result.messages) {
      found.add(
        message.fatal
          ? `fatal ${file}:${message.line} ${message.message}`
          : `${message.ruleId ?? 'eslint'} ${file}:${message.line}`,
      );
    }
  }
  return [...found].sort();
}

/**
 * The findings a run must give: the entries of the rules that the plugin
 * exports and the config turns on.
 */
export function expectedFindings(
  expectations: Readonly<Record<string, readonly Finding[]>>,
  plugin: PackedPlugin,
  configName: string,
): string[] {
  const enabled = plugin.configs[configName]?.rules ?? {};
  const namespace = plugin.meta.namespace;
  const found = new Set<string>();
  for (const [rule, findings] of Object.entries(expectations)) {
    const ruleId = `${namespace}/${rule}`;
    if (!(rule in plugin.rules) || !(ruleId in enabled)) continue;

    for (const { file, line } of findings) found.add(`${ruleId} ${file}:${line}`);
  }
  return [...found].sort();
}

export function readExampleLines(example: Example, file: string): string[] {
  return readFileSync(path.join(exampleDir(example), file), 'utf8').split('\n');
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
