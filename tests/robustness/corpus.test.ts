// Runs every rule (the flat/strict config) over the whole bench corpus, about
// 320,000 lines of published framework, ORM, driver, JWT and auth code plus
// the zod and rxjs TypeScript sources (see bench/corpus.mjs), and fails on
// any rule that throws or any file that does not parse. Findings are fine.
// One Linter instance lints file by file, so one crash does not hide the rest.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { root, ruleNames, strictConfig } from './helpers';

// The bench modules are ESM, and this file compiles as CommonJS.
const loadBench = async () => {
  const [{ baseConfig }, { getCorpus }] = await Promise.all([
    import('../../bench/configs.mjs'),
    import('../../bench/corpus.mjs'),
  ]);
  return { baseConfig, corpus: getCorpus() };
};

describe('flat/strict over the bench corpus', () => {
  it(`lints every file with all ${ruleNames.length} rules and no crash`, async () => {
    const { baseConfig, corpus } = await loadBench();
    expect(corpus.lines).toBeGreaterThan(150_000);

    const linter = new Linter({ cwd: root });
    const config = [...baseConfig(corpus), strictConfig()];
    const problems: string[] = [];
    let findings = 0;

    for (const file of corpus.files) {
      const where = path.relative(root, file);
      try {
        const messages = linter.verify(readFileSync(file, 'utf8'), config, file);
        for (const message of messages) {
          if (message.fatal) problems.push(`${where}:${message.line} ${message.message}`);
          else if (message.ruleId !== null) findings++;
        }
      } catch (error) {
        // ESLint names the rule and the line in the message of a rule crash.
        problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }

    expect(problems).toEqual([]);
    expect(findings).toBeGreaterThanOrEqual(0);
  }, 600_000);
});
