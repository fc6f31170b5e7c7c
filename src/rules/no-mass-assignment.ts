import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../utils/create-rule';
import { findVariable } from '../utils/eslint-utils';
import type { SourceRead } from '../utils/request-reads';
import { flowsIntoValidator, type RequestSource } from '../utils/request-validation';
import {
  getPropertyName,
  lookupProperty,
  skipTypeWrappers,
} from '../utils/values';
import { webHandlerListeners, type RequestHandler } from '../utils/web-framework';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

export type Options = [];
export type MessageIds = 'massAssignment';

// Route parameters are not here: their keys come from the route pattern,
// so spreading them sets no column the route does not name.
const RAW_SOURCES = new Set<RequestSource>(['body', 'query']);

const SOURCE_LABELS: Record<RequestSource, string> = {
  body: 'request body',
  query: 'query string',
  params: 'set of route parameters',
  headers: 'set of headers',
};

// Methods that write their argument's keys as columns, by argument position.
const MODEL_METHODS: Record<string, (index: number) => boolean> = {
  create: (index) => index === 0,
  build: (index) => index === 0,
  bulkCreate: (index) => index === 0,
  insert: (index) => index === 0,
  insertMany: (index) => index === 0,
  save: (index) => index === 0,
  upsert: (index) => index === 0,
  update: (index) => index <= 1,
  findByIdAndUpdate: (index) => index === 1,
  findOneAndUpdate: (index) => index === 1,
  findOneAndReplace: (index) => index === 1,
  updateOne: (index) => index === 1,
  updateMany: (index) => index === 1,
  replaceOne: (index) => index === 1,
  merge: (index) => index >= 1,
};

// What a loaded record (`await User.findByPk(id)`) writes from.
const INSTANCE_METHODS = new Set(['update', 'set', 'setAttributes', 'overwrite']);

const PRISMA_METHODS = new Set(['create', 'createMany', 'update', 'updateMany', 'upsert']);
const PRISMA_DATA_KEYS = new Set(['data', 'create', 'update']);

// Query builder methods that write, and the earlier calls that show the
// chain is a query: Drizzle \`db.insert(t).values(x)\`, \`db.update(t).set(x)\`,
// TypeORM \`createQueryBuilder().insert().into(T).values(x)\`, Knex
// \`knex('t').where(...).update(x)\`, MongoDB \`db.collection('c').insertOne(x)\`.
// A hash's \`createHash('sha256').update(body)\` is none of these.
const QUERY_CALLS = ['where', 'table', 'from', 'into', 'createQueryBuilder', 'whereIn'];
const CHAIN_WRITES: Record<string, ReadonlySet<string>> = {
  values: new Set(['insert', 'into', 'insertInto', 'createQueryBuilder']),
  set: new Set(['update', 'updateTable']),
  insert: new Set(QUERY_CALLS),
  update: new Set(QUERY_CALLS),
  insertOne: new Set(['collection']),
  insertMany: new Set(['collection']),
};
const QUERY_BUILDER_NAME = /^(?:knex|db|trx|database)$/iu;

const MODEL_NAME = /(?:Repository|Repo|Model)$|^(?:repo|repository|model)$/u;
const PRISMA_NAME = /^(?:prisma|db|tx|client)$|Prisma$/u;
// Classes that take a request body without storing it.
const NOT_MODEL_SUFFIX =
  /(?:Error|Exception|Response|Request|Event|Stream|Buffer|Parser|Client|Service|Controller|Logger|Validator|Schema|Dto|Params|Map|Set)$/u;
const NOT_MODELS = new Set(['Object', 'JSON', 'Promise', 'Reflect', 'Array', 'Math', 'Map', 'Set']);

export default createRule<Options, MessageIds>({
  name: 'no-mass-assignment',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow writing a whole request object to a database model',
      recommended: 'recommended',
    },
    messages: {
      massAssignment:
        'The whole {{source}} is written to the database here, so a client can set any column, such as `role` or `isAdmin`. Pick the allowed fields, or write the output of a schema parse.',
    },
    schema: [],
  },
  create(context) {
    const names = { validators: [], middleware: [] };
    const reported = new Set<Node>();

    return webHandlerListeners(context, names, (handler) => {
      const scope = context.sourceCode.getScope(handler.node);
      for (const read of handler.reads) {
        if (!RAW_SOURCES.has(read.source) || read.field || read.validated) continue;
        if (handler.validated.get(read.source) === 'schema') continue;
        if (isValidatedInHandler(handler, read.source, scope)) continue;

        const label = SOURCE_LABELS[read.source];
        const starts = read.uses ?? [read.node];
        for (const start of starts) {
          const sink = findSink(start, scope, 0);
          if (!sink || reported.has(sink)) continue;
          reported.add(sink);
          context.report({
            node: sink,
            messageId: 'massAssignment',
            data: { source: label },
          });
        }
      }
    });

    function isValidatedInHandler(
      handler: RequestHandler,
      source: RequestSource,
      scope: Scope,
    ): boolean {
      return handler.reads.some(
        (read: SourceRead) => {
          const first = read.uses ? read.uses[0] : read.node;
          return (
            read.source === source &&
            first !== undefined &&
            flowsIntoValidator(first, handler.names, scope)
          );
        },
      );
    }
  },
});

/** The argument of a database write that carries the raw value, if any. */
function findSink(start: Node, scope: Scope, depth: number): Node | undefined {
  if (depth > 3) return undefined;
  let current = start;

  for (let steps = 0; steps < 10; steps++) {
    const parent = current.parent;
    if (!parent) return undefined;

    switch (parent.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'ChainExpression':
      case 'AwaitExpression':
        current = parent;
        continue;
      case 'SpreadElement':
        if (parent.parent.type !== 'ObjectExpression') return undefined;
        current = parent.parent;
        continue;
      case 'Property':
        return parent.value === current &&
          (isPrismaData(parent) || isMongoSet(parent, scope))
          ? current
          : undefined;
      case 'NewExpression':
        return parent.arguments[0] === current && isModelClass(parent.callee, scope)
          ? current
          : undefined;
      case 'CallExpression': {
        const index = parent.arguments.indexOf(current as TSESTree.CallExpressionArgument);
        if (index < 0) return undefined;
        if (isObjectAssign(parent)) {
          const target = parent.arguments[0];
          if (index === 0 || !target) return undefined;
          // Copied into a fresh object: follow the copy.
          if (skipTypeWrappers(target).type === 'ObjectExpression') {
            current = parent;
            continue;
          }
          return isRecord(skipTypeWrappers(target), scope) ? current : undefined;
        }
        return isWriteCall(parent, index, scope) && !hasFieldList(parent, index, scope)
          ? current
          : undefined;
      }
      case 'VariableDeclarator':
        return parent.init === current ? followBinding(parent.id, scope, depth) : undefined;
      default:
        return undefined;
    }
  }
  return undefined;
}

// `const data = req.body`, `const { password, ...rest } = req.body`.
function followBinding(pattern: Node, scope: Scope, depth: number): Node | undefined {
  let target: Node | undefined;
  if (pattern.type === 'Identifier') target = pattern;
  if (pattern.type === 'ObjectPattern') {
    const rest = pattern.properties.find((member) => member.type === 'RestElement');
    target = rest?.argument;
  }
  if (target?.type !== 'Identifier') return undefined;

  const variable = findVariable(scope, target);
  for (const reference of variable?.references ?? []) {
    if (reference.identifier === target || !reference.isRead()) continue;
    const sink = findSink(reference.identifier, scope, depth + 1);
    if (sink) return sink;
  }
  return undefined;
}

function isObjectAssign(call: TSESTree.CallExpression): boolean {
  const callee = call.callee;
  return (
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    callee.object.name === 'Object' &&
    getPropertyName(callee) === 'assign'
  );
}

function isWriteCall(call: TSESTree.CallExpression, index: number, scope: Scope): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== 'MemberExpression') return false;
  const method = getPropertyName(callee);
  if (method === undefined) return false;
  const receiver = skipTypeWrappers(callee.object);

  // Query builders: Drizzle `db.insert(t).values(x)`, `db.update(t).set(x)`;
  // Knex `knex('t').insert(x)`; TypeORM `createQueryBuilder().insert().values(x)`.
  if (receiver.type === 'CallExpression') {
    const needs =
      index === 0 && Object.hasOwn(CHAIN_WRITES, method)
        ? CHAIN_WRITES[method]
        : undefined;
    return needs !== undefined && isQueryChain(receiver, needs);
  }

  if (isModelReceiver(receiver, scope)) {
    const accepts = Object.hasOwn(MODEL_METHODS, method) ? MODEL_METHODS[method] : undefined;
    return accepts?.(index) ?? false;
  }
  return INSTANCE_METHODS.has(method) && index === 0 && isLoadedRecord(receiver, scope);
}

// Walks a builder chain down to its root: true when one of its calls is
// named in \`needs\`, or the root is a call of a query builder (\`knex('t')\`).
function isQueryChain(call: TSESTree.CallExpression, needs: ReadonlySet<string>): boolean {
  let current: Node = call;
  for (let steps = 0; steps < 12 && current.type === 'CallExpression'; steps++) {
    const callee = skipTypeWrappers(current.callee);
    if (callee.type === 'Identifier') return QUERY_BUILDER_NAME.test(callee.name);
    if (callee.type !== 'MemberExpression') return false;
    const name = getPropertyName(callee);
    if (name !== undefined && needs.has(name)) return true;
    current = skipTypeWrappers(callee.object);
  }
  return false;
}

function isModelReceiver(node: Node, scope: Scope): boolean {
  if (node.type === 'MemberExpression') {
    const name = getPropertyName(node);
    return name !== undefined && MODEL_NAME.test(name);
  }
  if (node.type !== 'Identifier') return false;
  if (MODEL_NAME.test(node.name)) return true;
  return isModelClass(node, scope);
}

function isModelClass(node: Node, scope: Scope): boolean {
  if (node.type !== 'Identifier' || !/^[A-Z][a-z]/u.test(node.name)) return false;
  if (NOT_MODELS.has(node.name) || NOT_MODEL_SUFFIX.test(node.name)) return false;
  const variable = findVariable(scope, node);
  return variable !== null && variable.defs.length > 0;
}

// `const user = await User.findByPk(id)`: a record the ORM will write back.
function isLoadedRecord(node: Node, scope: Scope): boolean {
  const init = getInit(node, scope);
  if (init?.type !== 'CallExpression') return false;
  const callee = skipTypeWrappers(init.callee);
  return (
    callee.type === 'MemberExpression' &&
    isModelReceiver(skipTypeWrappers(callee.object), scope)
  );
}

// `new User()` or a loaded record: `Object.assign` into it is a write.
function isRecord(node: Node, scope: Scope): boolean {
  const init = getInit(node, scope);
  if (init?.type === 'NewExpression') return isModelClass(init.callee, scope);
  return isLoadedRecord(node, scope);
}

function getInit(node: Node, scope: Scope): Node | undefined {
  if (node.type !== 'Identifier') return undefined;
  const variable = findVariable(scope, node);
  const def = variable?.defs[0];
  if (def?.type !== 'Variable' || !def.node.init) return undefined;

  const init = skipTypeWrappers(def.node.init);
  return init.type === 'AwaitExpression' ? skipTypeWrappers(init.argument) : init;
}

// `User.findByIdAndUpdate(id, { $set: req.body })`.
function isMongoSet(property: TSESTree.Property, scope: Scope): boolean {
  const key = getPropertyName(property);
  if (key !== '$set' && key !== '$setOnInsert') return false;
  const object = property.parent;
  const call = object.parent;
  if (call?.type !== 'CallExpression') return false;
  const index = call.arguments.indexOf(object);
  return index > 0 && isWriteCall(call, index, scope);
}

// Sequelize writes only the listed columns: `User.create(req.body, { fields })`.
function hasFieldList(
  call: TSESTree.CallExpression,
  index: number,
  scope: Scope,
): boolean {
  const options = call.arguments[index + 1];
  return (
    options !== undefined &&
    options.type !== 'SpreadElement' &&
    lookupProperty(options, 'fields', scope).kind === 'known'
  );
}

// `prisma.user.create({ data: req.body })`.
function isPrismaData(property: TSESTree.Property): boolean {
  const key = getPropertyName(property);
  if (key === undefined || !PRISMA_DATA_KEYS.has(key)) return false;
  const object = property.parent;
  const call = object.parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== object) return false;

  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== 'MemberExpression') return false;
  const method = getPropertyName(callee);
  if (method === undefined || !PRISMA_METHODS.has(method)) return false;

  const delegate = skipTypeWrappers(callee.object);
  if (delegate.type !== 'MemberExpression') return false;
  const client = skipTypeWrappers(delegate.object);
  if (client.type === 'Identifier') return PRISMA_NAME.test(client.name);
  return (
    client.type === 'MemberExpression' &&
    PRISMA_NAME.test(getPropertyName(client) ?? '')
  );
}
