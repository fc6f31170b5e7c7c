import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { getDestructuredSource, getEnvRead, isEnvObject } from '../../src/utils/env';

/** Runs the helpers on every member expression and object pattern of `code`. */
function collect(code: string): { reads: (string | undefined)[]; patterns: string[] } {
  const reads: (string | undefined)[] = [];
  const patterns: string[] = [];
  const rule: TSESLint.RuleModule<string> = {
    meta: { type: 'problem', schema: [], messages: {} },
    defaultOptions: [],
    create(context) {
      return {
        MemberExpression(node) {
          const read = getEnvRead(node, context.sourceCode.getScope(node));
          if (read) reads.push(read.name);
        },
        ObjectPattern(node: TSESTree.ObjectPattern) {
          const source = getDestructuredSource(node);
          if (source && isEnvObject(source, context.sourceCode.getScope(node))) {
            patterns.push(context.sourceCode.getText(node));
          }
        },
      };
    },
  };
  const linter = new Linter();
  linter.verify(code, [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { test: { rules: { env: rule as never } } },
      rules: { 'test/env': 'error' },
    },
  ], 'file.ts');
  return { reads, patterns };
}

describe('getEnvRead', () => {
  it('finds process.env and import.meta.env reads', () => {
    expect(
      collect(
        "process.env.A; process.env['B']; (process.env as Env).C; import.meta.env.D; process.env?.E; process.env[k];",
      ).reads,
    ).toEqual(['A', 'B', 'C', 'D', 'E', undefined]);
  });

  it('ignores a shadowed process and other objects', () => {
    expect(
      collect('function f(process: P) { return process.env.A; }\nconfig.env.B; env.C; process.envs.D;').reads,
    ).toEqual([]);
  });
});

describe('getDestructuredSource', () => {
  it('finds destructuring of the environment', () => {
    expect(
      collect('const { A, B = 1 } = process.env;\nlet c;\n({ C: c } = import.meta.env);\nconst { D } = settings;').patterns,
    ).toEqual(['{ A, B = 1 }', '{ C: c }']);
  });
});

describe('env aliases and wrapped owners', () => {
  it('follows a const alias of process.env and (import.meta as any).env', () => {
    expect(collect('const env = process.env; env.A; (import.meta as any).env.B;').reads).toEqual(['A', 'B']);
  });

  it('does not follow a let alias or an alias of an alias', () => {
    expect(collect('let env = process.env; env.A; const e2 = env; const e3 = e2; e3.B;').reads).toEqual([]);
  });
});
