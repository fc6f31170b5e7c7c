import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import {
  getStringValue,
  isMutatedBinding,
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
    ['a let never reassigned', "let o = { expiresIn: '1h' };\nopts(o);", 'known'],
    ['a var never reassigned', 'var o = { a: 1 };\nopts(o);', 'absent'],
    ['a reassigned let', "let o = { expiresIn: '1h' };\no = load();\nopts(o);", 'unknown'],
    ['a var assigned after its declaration', "var o;\no = { expiresIn: '1h' };\nopts(o);", 'unknown'],
    ['a var declared twice', "var o = { expiresIn: 1 };\nvar o = {};\nopts(o);", 'unknown'],
    ['a key added later', 'const o = {};\no.expiresIn = 1;\nopts(o);', 'unknown'],
    ['another key added later', 'const o = { a: 1 };\no.b = 2;\nopts(o);', 'unknown'],
    ['a key overwritten later', 'const o = { expiresIn: 1 };\no.expiresIn = load();\nopts(o);', 'unknown'],
    ['a key written with brackets', "const o = {};\no['expiresIn'] = 1;\nopts(o);", 'unknown'],
    ['a key written with a computed key', 'const o = { expiresIn: 1 };\no[key] = 1;\nopts(o);', 'unknown'],
    ['a deleted key', 'const o = { expiresIn: 1 };\ndelete o.expiresIn;\nopts(o);', 'unknown'],
    ['an Object.assign target', 'const o = {};\nObject.assign(o, { expiresIn: 1 });\nopts(o);', 'unknown'],
    ['an Object.assign target of unknown keys', 'const o = { expiresIn: 1 };\nObject.assign(o, load());\nopts(o);', 'unknown'],
    ['an incremented key', 'const o = { expiresIn: 1 };\no.expiresIn++;\nopts(o);', 'unknown'],
    ['a write through a non-null assertion', 'const o: any = {};\no!.expiresIn = 1;\nopts(o);', 'unknown'],
    ['a write to a spread source', 'const base = {};\nbase.expiresIn = 1;\nopts({ ...base });', 'unknown'],
    ['a write inside a function', 'const o = {};\nfunction f() { o.expiresIn = 1; }\nopts(o);', 'unknown'],
    ['a constant key read where it is written', "const o = { expiresIn: 1 };\nfunction f() { const K = 'other'; o[K] = 1; }\nopts(o);", 'known'],
    ['a key other than the one written', 'const o = { expiresIn: 1 };\no.other = 2;\nopts(o);', 'known'],
    ['reads only', 'const o = { a: 1 };\nlog(o.a, o);\nopts(o);', 'absent'],
    ['Object.assign of literals', 'opts(Object.assign({ a: 1 }, { expiresIn: 1 }));', 'known'],
    ['Object.assign without it', 'opts(Object.assign({ a: 1 }, { b: 2 }));', 'absent'],
    ['Object.assign of an unknown source', 'opts(Object.assign({}, load()));', 'unknown'],
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

  it('sees writes to nested objects through the binding', () => {
    const path = ['signOptions', 'expiresIn'];
    expect(lookup('const c = { signOptions: {} };\nc.signOptions.expiresIn = 1;\nopts(c);', path)).toBe(
      'unknown',
    );
    expect(lookup('const c = { signOptions: {} };\nc.signOptions = load();\nopts(c);', path)).toBe(
      'unknown',
    );
    expect(lookup('const c = { signOptions: {}, other: {} };\nc.other.x = 1;\nopts(c);', path)).toBe(
      'absent',
    );
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

describe('isMutatedBinding', () => {
  function mutated(code: string): boolean {
    let result: boolean | undefined;
    lintWith(code, (context) => ({
      'CallExpression[callee.name="opts"]'(node: TSESTree.CallExpression) {
        const arg = node.arguments[0] as TSESTree.Expression;
        result = isMutatedBinding(arg, context.sourceCode.getScope(node));
      },
    }));
    if (result === undefined) throw new Error('no opts() call');
    return result;
  }

  it.each([
    ['a written result of a call', 'const d = load();\nd.exp = 1;\nopts(d);', true],
    ['a written alias target', 'const d = load();\nconst e = d;\nd.exp = 1;\nopts(e);', true],
    ['a reassigned let', 'let d = { a: 1 };\nd = { ...d, exp: 1 };\nopts(d);', true],
    ['an untouched binding', 'const d = load();\nlog(d.exp);\nopts(d);', false],
    ['a parameter', 'function f(d: object) { opts(d); }', false],
    ['an expression', 'opts(load());', false],
  ] as const)('%s', (_, code, expected) => {
    expect(mutated(code)).toBe(expected);
  });
});
