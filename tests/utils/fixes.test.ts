import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { addOptionProperty } from '../../src/utils/fixes';
import { ruleTester } from '../rule-tester';

// `call(options)` and `nested(options)` get `a: 1` and `b: 2` added.
const rule = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'suggestion',
    fixable: 'code',
    schema: [],
    messages: { add: 'Add.' },
  },
  defaultOptions: [],
  create(context) {
    return {
      CallExpression(node) {
        if (node.callee.type !== 'Identifier') return;
        const name = node.callee.name;
        if (name !== 'call' && name !== 'nested' && name !== 'single') return;
        // Fixed already: the tester applies fixes until none is left.
        if (context.sourceCode.getText(node).includes('a: 1')) return;

        const site = {
          node,
          options: node.arguments[0] as TSESTree.Expression | undefined,
          optionsIndex: 0,
          prefix: name === 'nested' ? ['inner'] : [],
        };
        const text = name === 'single' ? 'a: 1' : ['a: 1', 'b: 2'];
        context.report({
          node,
          messageId: 'add',
          fix: (fixer) =>
            addOptionProperty(fixer, context.sourceCode, site, text),
        });
      },
    };
  },
});

const error = { messageId: 'add' as const };

ruleTester.run('addOptionProperty', rule, {
  valid: ['other({});'],
  invalid: [
    { code: 'call();', output: 'call({ a: 1, b: 2 });', errors: [error] },
    { code: 'call({});', output: 'call({ a: 1, b: 2 });', errors: [error] },
    { code: 'call({ x });', output: 'call({ x, a: 1, b: 2 });', errors: [error] },
    { code: 'call(opts);', output: 'call({ ...opts, a: 1, b: 2 });', errors: [error] },
    { code: 'single({ x });', output: 'single({ x, a: 1 });', errors: [error] },
    {
      code: 'call({\n  x,\n});',
      output: 'call({\n  x,\n  a: 1,\n  b: 2,\n});',
      errors: [error],
    },
    {
      code: 'call({\n  x\n});',
      output: 'call({\n  x,\n  a: 1,\n  b: 2\n});',
      errors: [error],
    },
    {
      code: 'nested({ x });',
      output: 'nested({ x, inner: { a: 1, b: 2 } });',
      errors: [error],
    },
    {
      code: 'nested({ inner: { y } });',
      output: 'nested({ inner: { y, a: 1, b: 2 } });',
      errors: [error],
    },
    // A nested value that is not written out cannot be edited safely.
    { code: 'nested({ inner: base });', output: null, errors: [error] },
  ],
});
