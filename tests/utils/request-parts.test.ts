import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { getRequestPart } from '../../src/utils/request-parts';

/** The request part read by the initialiser of the last `const x = …`. */
function partOf(code: string): string | undefined {
  let found: string | undefined;
  const rule: TSESLint.RuleModule<never> = {
    defaultOptions: [],
    meta: { type: 'problem', messages: {}, schema: [] },
    create: (context) => ({
      VariableDeclarator(node: TSESTree.VariableDeclarator) {
        if (node.id.type !== 'Identifier' || node.id.name !== 'x' || !node.init) return;
        found = getRequestPart(node.init, context.sourceCode.getScope(node));
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

describe('getRequestPart', () => {
  it.each([
    ['const x = req.body.token;', 'body'],
    ['const x = req.body?.token?.trim();', 'body'],
    ['const x = request.query.apiKey;', 'query'],
    ['const x = req.params.id;', 'params'],
    ["const x = req.get('x-csrf-token');", 'headers'],
    ["const x = ctx.request.headers['x-api-key'];", 'headers'],
    ["const x = c.req.header('x-signature');", 'headers'],
    ["const x = req.cookies['connect.sid'];", 'cookies'],
    ['const x = req.signedCookies.sid;', 'cookies'],
    ['const x = req.session.csrfToken;', 'session'],
    ['const t = req.body.token; const x = t;', 'body'],
  ])('%s is %s', (code, expected) => {
    expect(partOf(code)).toBe(expected);
  });

  it.each([
    'const x = config.apiKey;',
    "const x = config.get('apiKey');",
    'const x = session.csrf;',
    'const x = body.token;',
    'const x = process.env.API_KEY;',
    'const x = token;',
  ])('%s is not a request read', (code) => {
    expect(partOf(code)).toBeUndefined();
  });
});
