// Every rule in flat/strict, on empty files and on valid code in shapes
// rules rarely meet (tests/robustness/fixtures/syntax): none may throw, and
// none may make a file fail. Each file is linted with the typescript-eslint
// parser, and JavaScript files with espree too.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import {
  describeMessage,
  espreeConfig,
  fixturesDir,
  isJavaScript,
  listCode,
  root,
  ruleNames,
  rulesConfig,
  strictConfig,
  tsParserConfig,
} from './helpers';

const EMPTY_SOURCES = [
  { name: 'empty.js', code: '' },
  { name: 'empty.ts', code: '' },
  { name: 'empty.tsx', code: '' },
  { name: 'blank.cjs', code: '\n\n   \n' },
  { name: 'comments-only.mts', code: '// nothing here\n/* or here */\n' },
  { name: 'hashbang.mjs', code: '#!/usr/bin/env node\n' },
  { name: 'directive.js', code: "'use strict';\n" },
];

const syntaxDir = path.join(fixturesDir, 'syntax');
const sources = [
  ...EMPTY_SOURCES.map(({ name, code }) => ({ file: path.join(syntaxDir, name), code })),
  ...listCode(syntaxDir).map((file) => ({ file, code: readFileSync(file, 'utf8') })),
];
const cases = sources.flatMap(({ file, code }) => [
  { label: `${path.basename(file)} (typescript-eslint)`, file, code, parser: tsParserConfig() },
  ...(isJavaScript(file)
    ? [{ label: `${path.basename(file)} (espree)`, file, code, parser: espreeConfig() }]
    : []),
]);

const linter = new Linter({ cwd: root });

/** Lints one case, returning a crash or a fatal message as text. */
function getFailures(config: Linter.Config[], file: string, code: string): string[] {
  try {
    return linter
      .verify(code, config, file)
      .filter((message) => message.fatal)
      .map((message) => describeMessage(file, message));
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

describe.each(cases)('$label', ({ file, code, parser }) => {
  it('gets through every strict rule at once', () => {
    expect(getFailures([...parser, strictConfig()], file, code)).toEqual([]);
  });

  // One rule at a time as well, so a failure names its rule plainly.
  it.runIf(ruleNames.length > 0)('gets through each rule alone', () => {
    const failures = ruleNames.flatMap((name) =>
      getFailures([...parser, rulesConfig({ [name]: [] })], file, code).map(
        (failure) => `${name}: ${failure}`,
      ),
    );
    expect(failures).toEqual([]);
  });
});
