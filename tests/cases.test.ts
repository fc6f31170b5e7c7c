import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadPackedPlugin, requireDevPackage } from './e2e/harness';
import type { ESLintClass } from './e2e/harness';

// Field cases: each file's first line is its verdict, checked under
// `flat/recommended` with the plugin as users install it (see tests/e2e).
const CASES_DIR = path.join(__dirname, 'cases');
const { ESLint } = requireDevPackage<{ ESLint: ESLintClass }>('eslint');
const tsParser = requireDevPackage<object>('@typescript-eslint/parser');

const caseFiles = readdirSync(CASES_DIR)
  .filter((file) => /^C\d+\.ts$/.test(file))
  .sort();

/** The README's table of verdict kinds: `| kind | \`rule\` |`. */
function readKinds(): Map<string, string> {
  const readme = readFileSync(path.join(CASES_DIR, 'README.md'), 'utf8');
  const kinds = new Map<string, string>();
  for (const [, kind, rule] of readme.matchAll(/^\| ([a-z-]+) \| `([a-z-]+)` \|$/gm)) {
    if (kind && rule) kinds.set(kind, rule);
  }
  return kinds;
}

/** `// expect: none` or `// expect: kind@line, kind@line`, as `rule@line`. */
function readVerdict(code: string, kinds: Map<string, string>): string[] {
  const verdict = /^\/\/ expect: (.+)$/m.exec(code.split('\n', 1)[0] ?? '')?.[1]?.trim();
  if (!verdict) throw new Error('the first line holds no `// expect:` verdict');
  if (verdict === 'none') return [];

  return verdict.split(',').map((entry) => {
    const [kind = '', line = ''] = entry.trim().split('@');
    const rule = kinds.get(kind);
    if (!rule || !/^\d+$/.test(line)) throw new Error(`unreadable verdict entry "${entry}"`);
    return `${rule}@${line}`;
  });
}

describe('field cases', () => {
  const kinds = readKinds();

  it('has cases and a kind table to read them with', () => {
    expect(caseFiles.length).toBeGreaterThan(0);
    expect(kinds.size).toBeGreaterThan(0);
  });

  it.each(caseFiles)('%s gives exactly its verdict', async (file) => {
    const plugin = loadPackedPlugin();
    const filePath = path.join(CASES_DIR, file);
    const code = readFileSync(filePath, 'utf8');
    // A rule that has not landed cannot report yet.
    const expected = readVerdict(code, kinds).filter(
      (finding) => (finding.split('@')[0] ?? '') in plugin.rules,
    );

    const eslint = new ESLint({
      cwd: CASES_DIR,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
        plugin.configs['flat/recommended'],
      ],
    });
    const [result] = await eslint.lintText(code, { filePath });

    // Every message counts: any rule of the plugin, and parse errors.
    const found = new Set(
      (result?.messages ?? []).map((message) =>
        message.fatal
          ? `fatal@${message.line} ${message.message}`
          : `${(message.ruleId ?? 'eslint').replace(/^secure-api\//, '')}@${message.line}`,
      ),
    );
    expect([...found].sort()).toEqual([...new Set(expected)].sort());
  });
});
