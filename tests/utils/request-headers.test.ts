import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { getHeaderName } from '../../src/utils/request-headers';

/** The header name read by the initialiser of `const x = …`. */
function headerOf(code: string): string | undefined {
  let found: string | undefined;
  const rule: TSESLint.RuleModule<never> = {
    defaultOptions: [],
    meta: { type: 'problem', messages: {}, schema: [] },
    create: (context) => ({
      VariableDeclarator(node: TSESTree.VariableDeclarator) {
        if (node.id.type !== 'Identifier' || node.id.name !== 'x' || !node.init) return;
        found = getHeaderName(node.init, context.sourceCode.getScope(node));
      },
    }),
  };
  new Linter({ configType: 'flat' }).verify(code, [
    {
      plugins: { test: { rules: { rule } } as never },
      rules: { 'test/rule': 'error' },
    },
  ]);
  return found;
}

describe('getHeaderName', () => {
  it.each([
    ["const x = req.get('X-Api-Key');", 'x-api-key'],
    ["const x = req.header('authorization');", 'authorization'],
    ["const x = ctx.get('x-admin-token');", 'x-admin-token'],
    ["const x = request.headers.get('Authorization');", 'authorization'],
    ["const x = c.req.header('x-signature');", 'x-signature'],
    ["const x = req.headers['cookie'];", 'cookie'],
    ['const x = req.headers.authorization;', 'authorization'],
    ['const x = ctx.request.header.authorization;', 'authorization'],
    ['const x = req.headers?.authorization;', 'authorization'],
    ["const NAME = 'x-api-key'; const x = req.get(NAME);", 'x-api-key'],
  ])('%s reads %s', (code, name) => {
    expect(headerOf(code)).toBe(name);
  });

  it.each([
    'const x = req.get(name);',
    'const x = req.get();',
    'const x = req.get(...names);',
    'const x = req.body.authorization;',
    'const x = headers;',
    'const x = get("authorization");',
  ])('%s reads no known header', (code) => {
    expect(headerOf(code)).toBeUndefined();
  });
});
