import { describe, expect, it } from 'vitest';

import { SECURE_API, VULNERABLE_API } from './expected';
import {
  describeFindings,
  EXAMPLES,
  exampleDir,
  exampleFiles,
  expectedFindings,
  lintedFiles,
  loadPackedPlugin,
} from './harness';
import type { Example, LintResult } from './harness';

const EXPECTED = { 'vulnerable-api': VULNERABLE_API, 'secure-api': SECURE_API };

export interface ExampleRun {
  /** The config the run turns on, as the plugin names it. */
  config: 'recommended' | 'flat/recommended' | 'flat/strict';
  /** Lints one example's directory inside the user's project. */
  lint: (example: Example) => Promise<LintResult[]>;
}

/**
 * One test per example: every `.ts` file is linted, and the findings are
 * exactly the expected ones for the rules the packed plugin has.
 */
export function describeExampleRuns(title: string, run: ExampleRun): void {
  describe(title, () => {
    it.each(EXAMPLES)('%s gives exactly the expected findings', async (example) => {
      const plugin = loadPackedPlugin();
      const results = await run.lint(example);

      expect(lintedFiles(results, exampleDir(example))).toEqual(exampleFiles(example));
      expect(describeFindings(results, exampleDir(example))).toEqual(
        expectedFindings(EXPECTED[example], plugin, run.config),
      );
    });
  });
}
