import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { keyApiListeners } from '../../src/utils/key-apis';
import { getBinding, getStaticSum, isValuePosition } from '../../src/utils/string-flow';

type Found = Record<string, string | undefined>;

/** Lints `code` with a rule built from `listen`, for the helpers under test. */
function run(code: string, listen: (context: TSESLint.RuleContext<string, []>) => TSESLint.RuleListener): void {
  const rule: TSESLint.RuleModule<string> = {
    meta: { type: 'problem', schema: [], messages: {} },
    defaultOptions: [],
    create: listen,
  };
  const messages = new Linter().verify(
    code,
    [
      {
        files: ['**/*.tsx'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { test: { rules: { flow: rule as never } } },
        rules: { 'test/flow': 'error' },
      },
    ],
    'file.tsx',
  );
  expect(messages).toEqual([]);
}

/** The binding of each string literal, keyed by its value. */
function bindings(code: string): Found {
  const found: Found = {};
  run(code, (context) => ({
    Literal(node: TSESTree.Literal) {
      if (typeof node.value !== 'string' || !isValuePosition(node)) return;
      const binding = getBinding(node, context.sourceCode.getScope(node));
      const fallback = binding.fallback ? ` <- ${binding.fallback.envName ?? '?'}` : '';
      found[node.value] = `${binding.kindName ?? '-'}${fallback}`;
    },
  }));
  return found;
}

describe('getBinding', () => {
  it('finds the name a string is bound to', () => {
    expect(
      bindings(`
import m from 'm';
const a = 'va';
const o = { b: 'vb', ['c']: 'vc', d: ['vd'], e: x ? 've' : y };
class K { f = 'vf' as const; }
function g(h = 'vh') {}
obj.i = 'vi';
let j; j = 'vj';
const k = new TextEncoder().encode('vk');
const l = <C m="vm" n={'vn'} />;
const smtp = { user: 'u', pass: 'vp' };
const other = { pass: 'vq' };
call('vr');
`),
    ).toEqual({
      va: 'a',
      vb: 'b',
      vc: 'c',
      vd: 'd',
      ve: 'e',
      vf: 'f',
      vh: 'h',
      vi: 'i',
      vj: 'j',
      vk: 'k',
      vm: 'm',
      vn: 'n',
      u: 'user',
      vp: 'password',
      vq: 'pass',
      vr: '-',
    });
  });

  it('finds environment fallbacks', () => {
    expect(
      bindings(`
const a = process.env.A || 'va';
const b = (process.env['B'] as string) ?? 'vb';
const { C = 'vc', D: d = 'vd' } = process.env;
const e = import.meta.env.E ?? 've';
const f = config.F || 'vf';
`),
    ).toEqual({ B: '-', va: 'a <- A', vb: 'b <- B', vc: 'C <- C', vd: 'd <- D', ve: 'e <- E', vf: 'f' });
  });
});

describe('getStaticSum', () => {
  it('joins strings and gives up on anything else', () => {
    const sums: (string | undefined)[] = [];
    run("const a = 'x' + `y` + ('z' + 'w');\nconst b = 'x' + y;", () => ({
      'VariableDeclarator > BinaryExpression'(node: TSESTree.BinaryExpression) {
        sums.push(getStaticSum(node));
      },
    }));
    expect(sums).toEqual(['xyzw', undefined]);
  });
});

describe('keyApiListeners', () => {
  it('marks the strings used as keys', () => {
    const keys: string[] = [];
    run(
      `
import jwt from 'jsonwebtoken';
import { createHmac } from 'node:crypto';
import session from 'express-session';
const K = 'k1';
jwt.sign({}, K);
createHmac('sha256', Buffer.from('k2'));
session({ secret: ['k3', process.env.S ?? 'k4'] });
createHmac('sha256', ...rest);
jwt.verify(token, key);
`,
      (context) =>
        keyApiListeners(context, (key, api) => {
          keys.push(`${context.sourceCode.getText(key)} ${api.api}`);
        }),
    );
    expect(keys).toEqual([
      "'k1' `jwt.sign`",
      "'k2' `createHmac`",
      "'k3' `express-session`",
      "'k4' `express-session`",
    ]);
  });
});
