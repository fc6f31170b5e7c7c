import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import {
  getStringValue,
  lookupProperty,
  resolveObject,
  type PropertyLookup,
} from '../../src/utils/values';
import { lintWith } from './lint-with';

/** Looks up `path` in the first argument of the call to `opts(...)`. */
function lookup(code: string, path: string | string[]): PropertyLookup['kind'] {
  let kind: PropertyLookup['kind'] | undefined;
  lintWith(code, (context) => ({
    'CallExpression[callee.name="opts"]'(node: TSESTree.CallExpression) {
      const arg = node.arguments[0] as TSESTree.Expression | undefined;
      kind = lookupProperty(arg, path, context.sourceCode.getScope(node)).kind;
    },
  }));
  if (!kind) throw new Error('no opts() call');
  return kind;
}

describe('lookupProperty', () => {
  it.each([
    ['an inline literal', "opts({ expiresIn: '1h' });", 'known'],
    ['a missing property', "opts({ algorithm: 'RS256' });", 'absent'],
    ['no argument', 'opts();', 'absent'],
    ['undefined', 'opts(undefined);', 'absent'],
    ['null', 'opts(null);', 'absent'],
    ['a const', "const o = { expiresIn: '1h' };\nopts(o);", 'known'],
    ['a const chain', "const a = { expiresIn: 1 };\nconst b = a;\nopts(b);", 'known'],
    ['a spread', "const base = { expiresIn: 1 };\nopts({ ...base, a: 1 });", 'known'],
    ['a known spread without it', 'const base = { a: 1 };\nopts({ ...base });', 'absent'],
    ['an unknown spread', 'opts({ ...load(), a: 1 });', 'unknown'],
    ['a parameter', 'function f(o: object) { opts(o); }', 'unknown'],
    ['a let', "let o = { expiresIn: '1h' };\nopts(o);", 'unknown'],
    ['a call result', 'opts(load());', 'unknown'],
    ['as const', "opts({ expiresIn: '1h' } as const);", 'known'],
    ['satisfies', "opts({ a: 1 } satisfies object);", 'absent'],
    ['non-null', "const o = { expiresIn: 1 };\nopts(o!);", 'known'],
    ['Object.freeze', "opts(Object.freeze({ expiresIn: 1 }));", 'known'],
    ['a string key', "opts({ 'expiresIn': 1 });", 'known'],
    ['a computed constant key', "const K = 'expiresIn';\nopts({ [K]: 1 });", 'known'],
    ['an unknown computed key', 'opts({ [key]: 1 });', 'unknown'],
    ['a shadowed undefined', 'function f(undefined: object) { opts(undefined); }', 'unknown'],
  ] as const)('%s', (_, code, expected) => {
    expect(lookup(code, 'expiresIn')).toBe(expected);
  });

  it('follows nested paths', () => {
    expect(lookup("opts({ signOptions: { expiresIn: '1h' } });", ['signOptions', 'expiresIn'])).toBe(
      'known',
    );
    expect(lookup('opts({ secret });', ['signOptions', 'expiresIn'])).toBe('absent');
    expect(lookup('opts({ signOptions: load() });', ['signOptions', 'expiresIn'])).toBe('unknown');
  });

  it('lets later properties win over spreads', () => {
    let value: string | undefined;
    lintWith("const base = { alg: 'HS256' };\nopts({ ...base, alg: 'RS256' });", (context) => ({
      'CallExpression[callee.name="opts"]'(node: TSESTree.CallExpression) {
        const scope = context.sourceCode.getScope(node);
        const object = resolveObject(node.arguments[0], scope);
        const alg = object?.properties.get('alg');
        value = alg && getStringValue(alg.value, scope);
      },
    }));
    expect(value).toBe('RS256');
  });

  it('stops on self-referencing constants', () => {
    expect(lookup('const a = b;\nconst b = a;\nopts(a);', 'x')).toBe('unknown');
  });
});
