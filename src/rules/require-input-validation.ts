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

const SOURCE_NAMES: Record<RequestSource, { source: string; verb: string }> = {
  body: { source: 'request body', verb: 'is' },
  query: { source: 'query string', verb: 'is' },
  params: { source: 'route parameters', verb: 'are' },
  headers: { source: 'request headers', verb: 'are' },
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
        'The {{source}} {{verb}} read here without validation, so any shape a client sends reaches the code. Validate it first with a schema (`schema.parse(...)`) or a validation middleware on the route.',
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
              'Names of further functions or methods that validate the value they are given: a plain name (`check`) matches a function or any method of that name, a dotted name (`Checker.run`) matches that member call only.',
          },
          middleware: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Names of further middleware that validate every part of the request: a plain name (`guard`) matches a function or any method of that name, a dotted name (`mw.check`) matches that member only.',
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

    // A handler registered on two routes is one piece of code: report it once.
    const reported = new Set<TSESTree.Node>();

    return webHandlerListeners(context, names, (handler) => {
      const scope = context.sourceCode.getScope(handler.node);
      const done = new Set<RequestSource>();

      for (const read of handler.reads) {
        if (!sources.has(read.source) || done.has(read.source)) continue;
        if (handler.validated.has(read.source) || read.validated) {
          done.add(read.source);
          continue;
        }
        if (read.uses === undefined && isHarmlessUse(read.node)) continue;

        done.add(read.source);
        // A NestJS parameter is validated when its first use is.
        const first = read.uses ? read.uses[0] : read.node;
        if (first && flowsIntoValidator(first, handler.names, scope)) continue;
        reportRead(read);
      }
    });

    function reportRead(read: SourceRead): void {
      if (reported.has(read.node)) return;
      reported.add(read.node);
      const { source, verb } = SOURCE_NAMES[read.source];
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
        data: { source, verb },
      });
    }
  },
});

// Reads that take no shape from the input: checks that it exists or has a
// type (`if (!req.body)`, `req.body === undefined`, `'id' in req.body`,
// `Array.isArray(req.body)`, `typeof req.body?.email !== 'string'`), and
// conversions to a number or boolean (`Number(req.query.page)`,
// `parseInt(String(req.query.page ?? '1'), 10)`, `req.query.all === 'true'`).
// The first real read after them is what matters.
function isHarmlessUse(node: TSESTree.Node): boolean {
  let current = node;
  let converted = false;
  for (let steps = 0; steps < 12; steps++) {
    const parent = current.parent;
    if (!parent) return false;
    switch (parent.type) {
      case 'MemberExpression':
        if (parent.object !== current) return false;
        current = parent;
        continue;
      case 'ChainExpression':
      case 'TSNonNullExpression':
      case 'TSAsExpression':
        current = parent;
        continue;
      case 'LogicalExpression':
        // `req.query.page ?? '1'`: the fallback is a literal.
        if (parent.left !== current || !isLiteralLike(parent.right)) return false;
        current = parent;
        continue;
      case 'UnaryExpression':
        return (
          parent.operator === '!' ||
          parent.operator === 'typeof' ||
          parent.operator === '+' ||
          parent.operator === '-'
        );
      case 'BinaryExpression':
        if (parent.operator === 'in') return parent.right === current;
        return isComparison(parent.operator) && isLiteralLike(otherSide(parent, current));
      case 'IfStatement':
      case 'ConditionalExpression':
        return parent.test === current;
      case 'CallExpression': {
        if (parent.callee === current || parent.arguments[0] !== current) return false;
        const kind = getConversion(parent.callee);
        if (kind === 'check' || kind === 'number') return true;
        // `String(x)` keeps the value a scalar only if what is done with it is.
        if (kind !== 'string' || converted) return false;
        converted = true;
        current = parent;
        continue;
      }
      default:
        return false;
    }
  }
  return false;
}

function isComparison(operator: string): boolean {
  return operator === '===' || operator === '!==' || operator === '==' || operator === '!=';
}

function otherSide(binary: TSESTree.BinaryExpression, side: TSESTree.Node): TSESTree.Node {
  return binary.left === side ? binary.right : binary.left;
}

function isLiteralLike(node: TSESTree.Node): boolean {
  return (
    node.type === 'Literal' ||
    (node.type === 'Identifier' && node.name === 'undefined') ||
    (node.type === 'TemplateLiteral' && node.expressions.length === 0) ||
    (node.type === 'UnaryExpression' && node.argument.type === 'Literal') ||
    (node.type === 'ObjectExpression' && node.properties.length === 0) ||
    (node.type === 'ArrayExpression' && node.elements.length === 0) ||
    (node.type === 'Identifier' && node.name === 'Object')
  );
}

const NUMBER_FUNCTIONS = new Set(['Number', 'parseInt', 'parseFloat', 'Boolean', 'BigInt']);
const CHECK_FUNCTIONS = new Set(['Object.keys', 'Array.isArray', 'Number.isInteger', 'Number.isFinite']);
const NUMBER_METHODS = new Set(['Number.parseInt', 'Number.parseFloat']);

function getConversion(callee: TSESTree.Node): 'check' | 'number' | 'string' | undefined {
  if (callee.type === 'Identifier') {
    if (NUMBER_FUNCTIONS.has(callee.name)) return 'number';
    return callee.name === 'String' ? 'string' : undefined;
  }
  if (
    callee.type !== 'MemberExpression' ||
    callee.computed ||
    callee.object.type !== 'Identifier' ||
    callee.property.type !== 'Identifier'
  ) {
    return undefined;
  }
  const name = `${callee.object.name}.${callee.property.name}`;
  if (CHECK_FUNCTIONS.has(name)) return 'check';
  if (NUMBER_METHODS.has(name) || callee.object.name === 'Math') return 'number';
  return undefined;
}
