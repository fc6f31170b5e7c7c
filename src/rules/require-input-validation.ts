import type { TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../utils/create-rule';
import type { SourceRead } from '../utils/request-reads';
import {
  flowsIntoValidator,
  REQUEST_SOURCES,
  type RequestSource,
} from '../utils/request-validation';
import { webHandlerListeners } from '../utils/web-framework';

export type Options = [
  {
    sources?: RequestSource[];
    validators?: string[];
    middleware?: string[];
  },
];
export type MessageIds = 'unvalidatedInput' | 'unvalidatedNestInput';

const SOURCE_NAMES: Record<RequestSource, string> = {
  body: 'request body',
  query: 'query string',
  params: 'route parameters',
  headers: 'request headers',
};

export default createRule<Options, MessageIds>({
  name: 'require-input-validation',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require request input to pass a schema before a handler reads it',
      recommended: 'recommended',
    },
    messages: {
      unvalidatedInput:
        'The {{source}} is read here without validation, so any shape a client sends reaches the code. Validate it first with a schema (`schema.parse(...)`) or a validation middleware on the route.',
      unvalidatedNestInput:
        'This `@{{decorator}}()` parameter is not a DTO class and has no pipe, so `ValidationPipe` cannot check the {{source}}. Type it with a class-validator DTO or pass a pipe.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          sources: {
            type: 'array',
            items: { type: 'string', enum: [...REQUEST_SOURCES] },
            uniqueItems: true,
            description: 'The parts of the request that must be validated.',
          },
          validators: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Names of further functions or methods that validate the value they are given.',
          },
          middleware: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Names of further middleware that validate every part of the request.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ sources: ['body', 'query'], validators: [], middleware: [] }],
  },
  create(context, [options]) {
    const sources = new Set(options.sources ?? ['body', 'query']);
    const names = {
      validators: options.validators ?? [],
      middleware: options.middleware ?? [],
    };

    return webHandlerListeners(context, names, (handler) => {
      const scope = context.sourceCode.getScope(handler.node);
      const done = new Set<RequestSource>();

      for (const read of handler.reads) {
        if (!sources.has(read.source) || done.has(read.source)) continue;
        if (handler.validated.has(read.source) || read.validated) {
          done.add(read.source);
          continue;
        }
        if (read.uses === undefined && isPresenceTest(read.node)) continue;

        done.add(read.source);
        // A NestJS parameter is validated when its first use is.
        const first = read.uses ? read.uses[0] : read.node;
        if (first && flowsIntoValidator(first, names, scope)) continue;
        reportRead(read);
      }
    });

    function reportRead(read: SourceRead): void {
      const source = SOURCE_NAMES[read.source];
      if (read.node.type === 'Decorator') {
        const call = read.node.expression as TSESTree.CallExpression;
        const decorator = (call.callee as TSESTree.Identifier).name;
        context.report({
          node: read.node,
          messageId: 'unvalidatedNestInput',
          data: { decorator, source },
        });
        return;
      }
      context.report({
        node: read.node,
        messageId: 'unvalidatedInput',
        data: { source },
      });
    }
  },
});

// `if (!req.body)`, `typeof req.query`: checking that input exists reads none
// of it, and usually comes right before the validation.
function isPresenceTest(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'UnaryExpression') {
    return parent.operator === '!' || parent.operator === 'typeof';
  }
  return (
    (parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') &&
    parent.test === node
  );
}
