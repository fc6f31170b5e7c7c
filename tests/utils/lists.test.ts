import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { resolveList } from '../../src/utils/lists';

/** Resolves the initializer of the last `const` in `code`. */
function resolveLast(code: string) {
  const { ast, scopeManager } = parseForESLint(code, { range: true, loc: true });
  const declaration = ast.body.at(-1) as TSESTree.VariableDeclaration;
  const init = declaration.declarations[0]?.init;
  if (!init) throw new Error('no initializer');
  const scope = scopeManager.acquire(ast, true) ?? scopeManager.globalScope;
  if (!scope) throw new Error('no scope');
  const list = resolveList(init, scope);
  return list && {
    values: list.entries.map((entry) => entry.value),
    direct: list.entries.map((entry) => entry.direct),
    complete: list.complete,
  };
}

describe('resolveList', () => {
  it('reads a literal array', () => {
    expect(resolveLast(`const x = ['RS256', 'ES256'];`)).toEqual({
      values: ['RS256', 'ES256'],
      direct: [true, true],
      complete: true,
    });
  });

  it('follows constants, type wrappers and spreads', () => {
    expect(
      resolveLast(`
const NONE = 'none';
const ASYM = ['RS256'] as const;
const x = [...ASYM, NONE, 'HS256'] satisfies string[];
`),
    ).toEqual({
      values: ['RS256', 'none', 'HS256'],
      direct: [false, true, true],
      complete: true,
    });
  });

  it('keeps entries it cannot read, with no value', () => {
    expect(resolveLast(`const x = [config.alg, 'RS256'];`)).toEqual({
      values: [undefined, 'RS256'],
      direct: [true, true],
      complete: true,
    });
  });

  it('marks spreads it cannot see and holes as incomplete', () => {
    expect(resolveLast(`const x = [...config.algs, 'RS256'];`)?.complete).toBe(false);
    expect(resolveLast(`const x = ['RS256', , 'ES256'];`)?.complete).toBe(false);
  });

  it('returns undefined for anything but an array', () => {
    expect(resolveLast(`const x = loadAlgorithms();`)).toBeUndefined();
    expect(resolveLast(`let a = ['RS256']; const x = a;`)).toBeUndefined();
  });

  it('stops on self-referencing constants', () => {
    expect(resolveLast(`const x = [...x];`)).toEqual({
      values: [],
      direct: [],
      complete: false,
    });
  });
});
