// For every rule that fixes or suggests: `--fix` on the fix fixtures (and on
// examples/vulnerable-api when it exists) gives code that still parses and
// that a second pass leaves alone, and every suggestion, applied on its own,
// gives code that parses and differs from the input. Rules with neither are
// left out; a rule whose fixes no input triggers is reported as skipped.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src';
import {
  describeMessage,
  fixturesDir,
  getParseError,
  listCode,
  root,
  rulesConfig,
  strictConfig,
  tsParserConfig,
} from './helpers';
import { EXTRA_OPTIONS } from './rule-options';

const examplesDir = path.join(root, 'examples/vulnerable-api');
const inputs = [
  ...listCode(fixturesDir),
  ...(existsSync(examplesDir) ? listCode(examplesDir) : []),
].map((file) => ({ file, code: readFileSync(file, 'utf8') }));

const fixingRules = Object.entries(plugin.rules)
  .filter(([, rule]) => Boolean(rule.meta.fixable) || rule.meta.hasSuggestions === true)
  .map(([name, rule]) => ({
    name,
    fixable: Boolean(rule.meta.fixable),
    suggests: rule.meta.hasSuggestions === true,
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

const linter = new Linter({ cwd: root });
const where = (file: string) => path.relative(root, file);

/** Runs --fix; returns the problems found and whether anything was fixed. */
function checkFix(config: Linter.Config[], file: string, code: string) {
  const problems: string[] = [];
  const first = linter.verifyAndFix(code, config, { filename: file, fix: true });
  for (const message of first.messages) {
    if (message.fatal) problems.push(`after --fix: ${describeMessage(file, message)}`);
  }
  if (!first.fixed) return { problems, fixed: false };

  const parseError = getParseError(first.output, file);
  if (parseError !== undefined) {
    problems.push(`${where(file)}: --fix output does not parse: ${parseError}\n${first.output}`);
    return { problems, fixed: true };
  }
  const second = linter.verifyAndFix(first.output, config, { filename: file, fix: true });
  if (second.fixed) {
    problems.push(`${where(file)}: a second --fix pass changed the code again:\n${second.output}`);
  }
  return { problems, fixed: true };
}

describe('fix inputs', () => {
  it('all parse before any fix', () => {
    expect(inputs.length).toBeGreaterThan(0);
    for (const { file, code } of inputs) {
      expect(getParseError(code, file), where(file)).toBeUndefined();
    }
  });

  it('survive --fix with every strict rule at once', () => {
    const config = [...tsParserConfig(), strictConfig()];
    const problems = inputs.flatMap(({ file, code }) => checkFix(config, file, code).problems);
    expect(problems).toEqual([]);
  });
});

describe.each(fixingRules)('rule $name', ({ name, fixable, suggests }) => {
  const optionSets = [[], ...(EXTRA_OPTIONS[name] ?? [])];

  it.runIf(fixable)('--fix output parses and is stable', (context) => {
    const problems: string[] = [];
    let fixedFiles = 0;
    for (const options of optionSets) {
      const config = [...tsParserConfig(), rulesConfig({ [name]: options })];
      for (const { file, code } of inputs) {
        const result = checkFix(config, file, code);
        problems.push(...result.problems);
        if (result.fixed) fixedFiles++;
      }
    }
    expect(problems).toEqual([]);
    if (fixedFiles === 0) {
      context.skip(`no input triggers a fix of ${name}; add one to tests/robustness/fixtures`);
    }
  });

  it.runIf(suggests)('every suggestion gives code that parses', (context) => {
    const problems: string[] = [];
    let suggestions = 0;
    for (const options of optionSets) {
      const config = [...tsParserConfig(), rulesConfig({ [name]: options })];
      for (const { file, code } of inputs) {
        for (const message of linter.verify(code, config, file)) {
          if (message.fatal) problems.push(describeMessage(file, message));
          for (const suggestion of message.suggestions ?? []) {
            suggestions++;
            const [start, end] = suggestion.fix.range;
            const output = code.slice(0, start) + suggestion.fix.text + code.slice(end);
            const label = `${describeMessage(file, message)} -> "${suggestion.desc}"`;
            if (output === code) problems.push(`${label}: changes nothing`);
            const parseError = getParseError(output, file);
            if (parseError !== undefined) {
              problems.push(`${label}: does not parse: ${parseError}\n${output}`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    if (suggestions === 0) {
      context.skip(`no input triggers a suggestion of ${name}; add one to tests/robustness/fixtures`);
    }
  });
});
