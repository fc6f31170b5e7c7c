import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { createImportPlanner } from '../../src/utils/node-imports';

/** Applies the plan for `timingSafeEqual` at the `use()` call. */
function plan(code: string, sourceType: 'module' | 'script' = 'module'): string {
  let result = '';
  const rule: TSESLint.RuleModule<'x'> = {
    defaultOptions: [],
    meta: { type: 'problem', messages: { x: 'x.' }, schema: [], fixable: 'code' },
    create: (context) => ({
      'CallExpression[callee.name="use"]'(node: TSESTree.CallExpression) {
        const found = createImportPlanner(context.sourceCode, 'crypto', 'timingSafeEqual')(node);
        if (!found) {
          result = 'none';
          return;
        }
        result = found.name;
        context.report({ node, messageId: 'x', fix: found.fix ?? null });
      },
    }),
  };
  const linter = new Linter({ configType: 'flat' });
  const config = [
    {
      languageOptions: { sourceType },
      plugins: { test: { rules: { rule } } as never },
      rules: { 'test/rule': 'error' as const },
    },
  ];
  const fixed = linter.verifyAndFix(code, config).output;
  return `${result} | ${fixed}`;
}

describe('planNodeImport', () => {
  it.each([
    ["import { timingSafeEqual as eq } from 'crypto';\nuse();", "eq | import { timingSafeEqual as eq } from 'crypto';\nuse();"],
    ["import * as c from 'node:crypto';\nuse();", "c.timingSafeEqual | import * as c from 'node:crypto';\nuse();"],
    ["import crypto from 'crypto';\nuse();", "crypto.timingSafeEqual | import crypto from 'crypto';\nuse();"],
    ["import { createHash } from 'crypto';\nuse();", "timingSafeEqual | import { createHash, timingSafeEqual } from 'crypto';\nuse();"],
    ['import fs from "node:fs"\nuse();', 'timingSafeEqual | import fs from "node:fs"\nimport { timingSafeEqual } from "node:crypto"\nuse();'],
    ['use();', "timingSafeEqual | import { timingSafeEqual } from 'crypto';\nuse();"],
    ["const { createHmac } = require('crypto');\nuse();", "timingSafeEqual | const { createHmac, timingSafeEqual } = require('crypto');\nuse();"],
    ["const crypto = require('node:crypto');\nuse();", "crypto.timingSafeEqual | const crypto = require('node:crypto');\nuse();"],
    ["const { timingSafeEqual: eq } = require('crypto');\nuse();", "eq | const { timingSafeEqual: eq } = require('crypto');\nuse();"],
    ["const { ...all } = require('crypto');\nuse();", "timingSafeEqual | const { ...all } = require('crypto');\nconst { timingSafeEqual } = require('crypto');\nuse();"],
    ["'use strict';\nmodule.exports = use();", "timingSafeEqual | 'use strict';\nconst { timingSafeEqual } = require('crypto');\nmodule.exports = use();"],
    ['function timingSafeEqual() {}\nuse();', 'none | function timingSafeEqual() {}\nuse();'],
  ])('%s', (code, expected) => {
    expect(plan(code)).toBe(expected);
  });

  it('writes require in scripts', () => {
    expect(plan('use();', 'script')).toBe(
      "timingSafeEqual | const { timingSafeEqual } = require('crypto');\nuse();",
    );
  });
});
