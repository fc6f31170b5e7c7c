// Runs every rule (the flat/strict config) over the bench corpus of published
// framework, ORM, driver, JWT and auth code plus the zod and rxjs TypeScript
// sources (see bench/corpus.mjs), and fails on any rule that throws or any
// file that does not parse. Findings are fine. One Linter instance lints file
// by file, so one crash does not hide the rest.
//
// To stay near a minute on two cores, it takes every second file of each
// package (about 160,000 lines, every package represented); set
// ROBUSTNESS_CORPUS=full for all of it. `npm run bench` lints all of it with
// the same rules anyway, and stops on a crash.
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
  const corpus = getCorpus();
  const full = process.env.ROBUSTNESS_CORPUS === 'full';
  const sample = corpus.sources.flatMap((source) =>
    source.files.filter((_, index) => full || index % 2 === 0),
  );
  return { baseConfig, corpus, sample };
};

describe('flat/strict over the bench corpus', () => {
  it(`lints the corpus with all ${ruleNames.length} rules and no crash`, async () => {
    const { baseConfig, corpus, sample } = await loadBench();
    expect(sample.reduce((sum, file) => sum + file.lines, 0)).toBeGreaterThan(150_000);

    const linter = new Linter({ cwd: root });
    const config = [...baseConfig(corpus), strictConfig()];
    const problems: string[] = [];
    let findings = 0;

    for (const { path: file } of sample) {
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
