import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../utils/create-rule';
import { findVariable } from '../utils/eslint-utils';
import { findApiCalls, type ApiSpec } from '../utils/references';
import type { SourceRead } from '../utils/request-reads';
import {
  findValidatorCall,
  isPermissiveValidation,
  isValidatorCall,
  type RequestSource,
} from '../utils/request-validation';
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
// TypeORM: `dataSource.getRepository(User)` is a repository.
const REPOSITORY_GETTERS = new Set([
  'getRepository',
  'getMongoRepository',
  'getTreeRepository',
  'getCustomRepository',
  'withRepository',
]);
// TypeORM's EntityManager takes the entity first: `manager.save(User, data)`.
const MANAGER_METHODS: Record<string, (index: number) => boolean> = {
  save: (index) => index === 1,
  insert: (index) => index === 1,
  create: (index) => index === 1,
  upsert: (index) => index === 1,
  update: (index) => index === 2,
  merge: (index) => index >= 2,
};
const MANAGER_NAME = /^(?:manager|entityManager|em)$|Manager$/u;
// Request-scoped records: `req.user`, `res.locals.user`, `ctx.state.user`.
const RECORD_PROPERTIES = new Set(['user', 'currentUser', 'account', 'profile', 'member']);
// Calls that copy a value whole: the copy carries the same keys.
const COPY_CALLS = new Set(['structuredClone']);
const COPY_METHODS = new Set(['JSON.parse', 'JSON.stringify']);
// Mongoose query modifiers between `User.findById(id)` and the document.
const QUERY_MODIFIERS = new Set(['exec', 'populate', 'select', 'orFail', 'session', 'sort']);

const LODASH_MERGES = ['merge', 'mergeWith', 'assign', 'assignIn', 'extend', 'defaults', 'defaultsDeep'];
const LODASH_SPECS: ApiSpec<true>[] = [
  ...LODASH_MERGES.map(
    (name): ApiSpec<true> => ({
      modules: ['lodash', 'lodash-es', 'underscore'],
      path: [name],
      kind: 'call',
      info: true,
    }),
  ),
  {
    modules: ['lodash.merge', 'lodash.assign', 'lodash.mergewith', 'lodash.defaults'],
    path: [],
    kind: 'call',
    info: true,
  },
];
const PRISMA_SPECS: ApiSpec<true>[] = [
  { modules: ['@prisma/client'], path: ['PrismaClient'], kind: 'construct', info: true },
];
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
    let file: FileApis | undefined;

    return webHandlerListeners(context, names, (handler) => {
      const scope = context.sourceCode.getScope(handler.node);
      file ??= getFileApis(context.sourceCode);
      for (const read of handler.reads) {
        if (!RAW_SOURCES.has(read.source) || read.validated) continue;
        if (handler.validated.get(read.source) === 'schema') continue;
        if (isValidatedInHandler(handler, read.source, scope)) continue;

        const label = SOURCE_LABELS[read.source];
        const starts = getStarts(read);
        for (const start of starts) {
          const sink = findSink(start, scope, 0, file);
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
      return handler.reads.some((read: SourceRead) => {
        const first = read.uses ? read.uses[0] : read.node;
        if (read.source !== source || first === undefined) return false;
        const call = findValidatorCall(first, handler.names, scope);
        return call !== undefined && !isPermissiveValidation(call, scope);
      });
    }
  },
});

interface FileApis {
  /** `_.merge(...)` and the like, whatever the import style. */
  merges: ReadonlySet<Node>;
  /** Variables holding a `new PrismaClient()`. */
  prismaClients: ReadonlySet<TSESLint.Scope.Variable>;
}

function getFileApis(sourceCode: Readonly<TSESLint.SourceCode>): FileApis {
  const merges = new Set<Node>(findApiCalls(sourceCode, LODASH_SPECS).map(({ node }) => node));
  const prismaClients = new Set<TSESLint.Scope.Variable>();
  const globalScope = sourceCode.scopeManager?.globalScope;
  for (const { node } of findApiCalls(sourceCode, PRISMA_SPECS)) {
    // `new PrismaClient().$extends(...)` still is the client.
    let top: Node = node;
    while (top.parent?.type === 'MemberExpression' && top.parent.parent?.type === 'CallExpression') {
      top = top.parent.parent;
    }
    const parent = top.parent;
    if (parent?.type !== 'VariableDeclarator' || parent.id.type !== 'Identifier' || !globalScope) {
      continue;
    }
    const variable = findVariable(globalScope, parent.id);
    if (variable) prismaClients.add(variable);
  }
  return { merges, prismaClients };
}

// Where the raw value starts: the read itself, each use of a NestJS
// parameter, or for one field of the body (`req.body.user`) the field, which
// is just as client-shaped when it is written whole.
function getStarts(read: SourceRead): Node[] {
  if (!read.field) return read.uses ?? [read.node];
  if (read.uses) return [];
  const member = read.node.parent;
  if (member?.type !== 'MemberExpression' || member.object !== read.node || member.computed) {
    return [];
  }
  let outer: Node = member;
  while (outer.parent?.type === 'ChainExpression' || outer.parent?.type === 'TSNonNullExpression') {
    outer = outer.parent;
  }
  // `req.body.user.name` is a deeper field, read as it is.
  return outer.parent?.type === 'MemberExpression' && outer.parent.object === outer ? [] : [outer];
}

/** The argument of a database write that carries the raw value, if any. */
function findSink(
  start: Node,
  scope: Scope,
  depth: number,
  file: FileApis,
): Node | undefined {
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
      case 'LogicalExpression':
        // `req.body || {}`, `req.body ?? {}`.
        if (parent.operator === '&&') return undefined;
        current = parent;
        continue;
      case 'SpreadElement':
        if (parent.parent.type !== 'ObjectExpression') return undefined;
        current = parent.parent;
        continue;
      case 'Property':
        return parent.value === current &&
          (isPrismaData(parent, scope, file) || isMongoSet(parent, scope))
          ? current
          : undefined;
      case 'NewExpression':
        return parent.arguments[0] === current && isModelConstructor(parent.callee, scope)
          ? current
          : undefined;
      case 'CallExpression': {
        const index = parent.arguments.indexOf(current as TSESTree.CallExpressionArgument);
        if (index < 0) return undefined;
        if (isCopyCall(parent) || isPermissiveParse(parent, scope)) {
          current = parent;
          continue;
        }
        if (isObjectAssign(parent) || file.merges.has(parent) || isLodashGlobal(parent, scope)) {
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
        return parent.init === current ? followBinding(parent.id, scope, depth, file) : undefined;
      default:
        return undefined;
    }
  }
  return undefined;
}

// `const data = req.body`, `const { password, ...rest } = req.body`.
function followBinding(
  pattern: Node,
  scope: Scope,
  depth: number,
  file: FileApis,
): Node | undefined {
  let target: Node | undefined;
  if (pattern.type === 'Identifier') target = pattern;
  if (pattern.type === 'ObjectPattern') {
    const rest = pattern.properties.find((member) => member.type === 'RestElement');
    target = rest?.argument ?? getParsedValue(pattern, scope);
  }
  if (target?.type !== 'Identifier') return undefined;

  const variable = findVariable(scope, target);
  for (const reference of variable?.references ?? []) {
    if (reference.identifier === target || !reference.isRead()) continue;
    const sink = findSink(reference.identifier, scope, depth + 1, file);
    if (sink) return sink;
  }
  return undefined;
}

// `const { value } = Joi.object().unknown().validate(req.body)`,
// `const { data } = Loose.safeParse(req.body)`.
function getParsedValue(pattern: TSESTree.ObjectPattern, scope: Scope): Node | undefined {
  let init: Node | null | undefined =
    pattern.parent.type === 'VariableDeclarator' ? pattern.parent.init : undefined;
  if (init?.type === 'AwaitExpression') init = init.argument;
  if (init?.type !== 'CallExpression' || !isPermissiveParse(init, scope)) return undefined;
  for (const member of pattern.properties) {
    if (member.type !== 'Property') continue;
    const key = getPropertyName(member);
    if ((key === 'value' || key === 'data' || key === 'output') && member.value.type === 'Identifier') {
      return member.value;
    }
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

// A schema that keeps unknown keys hands them on: the parse result of
// `z.object({...}).passthrough().parse(req.body)` is still client-shaped.
function isPermissiveParse(call: TSESTree.CallExpression, scope: Scope): boolean {
  return (
    isValidatorCall(call, { validators: [], middleware: [] }, scope) &&
    isPermissiveValidation(call, scope)
  );
}

// `structuredClone(req.body)`, `JSON.parse(JSON.stringify(req.body))`.
function isCopyCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === 'Identifier') return COPY_CALLS.has(callee.name);
  return (
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    COPY_METHODS.has(`${callee.object.name}.${getPropertyName(callee) ?? ''}`)
  );
}

// `_.merge(user, req.body)` with `_` a global or declared, not imported.
function isLodashGlobal(call: TSESTree.CallExpression, scope: Scope): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== 'MemberExpression') return false;
  const object = skipTypeWrappers(callee.object);
  if (object.type !== 'Identifier' || (object.name !== '_' && object.name !== 'lodash')) {
    return false;
  }
  const def = findVariable(scope, object)?.defs[0];
  return (
    def?.type !== 'ImportBinding' &&
    LODASH_MERGES.includes(getPropertyName(callee) ?? '')
  );
}

function isWriteCall(call: TSESTree.CallExpression, index: number, scope: Scope): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== 'MemberExpression') return false;
  const method = getPropertyName(callee);
  if (method === undefined) return false;
  const receiver = skipTypeWrappers(callee.object);

  // TypeORM `dataSource.getRepository(User).save(x)`.
  if (receiver.type === 'CallExpression' && isRepositoryGetter(receiver)) {
    const accepts = Object.hasOwn(MODEL_METHODS, method) ? MODEL_METHODS[method] : undefined;
    return accepts?.(index) ?? false;
  }
  // TypeORM `AppDataSource.manager.save(User, x)`.
  if (isManager(receiver)) {
    const accepts = Object.hasOwn(MANAGER_METHODS, method) ? MANAGER_METHODS[method] : undefined;
    return accepts?.(index) ?? false;
  }
  // Knex `knex.insert(x).into('users')`.
  if (
    receiver.type === 'Identifier' &&
    QUERY_BUILDER_NAME.test(receiver.name) &&
    (method === 'insert' || method === 'update') &&
    index === 0 &&
    isKnexInto(call)
  ) {
    return true;
  }

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
  return INSTANCE_METHODS.has(method) && index === 0 && isRecord(receiver, scope);
}

function isRepositoryGetter(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  return (
    callee.type === 'MemberExpression' &&
    REPOSITORY_GETTERS.has(getPropertyName(callee) ?? '')
  );
}

function isManager(node: Node): boolean {
  const name =
    node.type === 'Identifier'
      ? node.name
      : node.type === 'MemberExpression'
        ? getPropertyName(node)
        : undefined;
  return name !== undefined && MANAGER_NAME.test(name);
}

// `knex.insert(x).into('users')`: the write's table comes after.
function isKnexInto(call: TSESTree.CallExpression): boolean {
  const member = call.parent;
  return (
    member?.type === 'MemberExpression' &&
    member.object === call &&
    getPropertyName(member) === 'into'
  );
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

// `new User(...)`, or Nest's injected `new this.userModel(...)`.
function isModelConstructor(node: Node, scope: Scope): boolean {
  if (node.type === 'MemberExpression') {
    const name = getPropertyName(node);
    return name !== undefined && MODEL_NAME.test(name);
  }
  return isModelClass(node, scope);
}

function isModelClass(node: Node, scope: Scope): boolean {
  if (node.type !== 'Identifier' || !/^[A-Z][a-z]/u.test(node.name)) return false;
  if (NOT_MODELS.has(node.name) || NOT_MODEL_SUFFIX.test(node.name)) return false;
  const variable = findVariable(scope, node);
  return variable !== null && variable.defs.length > 0;
}

// `const user = await User.findByPk(id)`, `await User.findById(id).exec()`:
// a record the ORM will write back.
function isLoadedRecord(init: Node | undefined, scope: Scope): boolean {
  let call = init;
  for (let steps = 0; steps < 6 && call?.type === 'CallExpression'; steps++) {
    const callee = skipTypeWrappers(call.callee);
    if (callee.type !== 'MemberExpression') return false;
    const object = skipTypeWrappers(callee.object);
    if (object.type === 'CallExpression' && QUERY_MODIFIERS.has(getPropertyName(callee) ?? '')) {
      call = object;
      continue;
    }
    return isModelReceiver(object, scope);
  }
  return false;
}

// `new User()`, a loaded record, or the request's own record (`req.user`,
// `res.locals.user`, `const { user } = res.locals`): writing into it is a write.
function isRecord(node: Node, scope: Scope): boolean {
  if (node.type === 'MemberExpression') return isRequestRecord(node);
  const declarator = getDeclarator(node, scope);
  if (declarator?.id.type === 'ObjectPattern') {
    const init = declarator.init && skipTypeWrappers(declarator.init);
    return (
      node.type === 'Identifier' &&
      RECORD_PROPERTIES.has(node.name) &&
      init?.type === 'MemberExpression' &&
      isRequestHolder(init)
    );
  }
  const init = getInit(node, scope);
  if (init?.type === 'NewExpression') return isModelConstructor(init.callee, scope);
  if (init?.type === 'MemberExpression') return isRequestRecord(init);
  return isLoadedRecord(init, scope);
}

function isRequestRecord(node: TSESTree.MemberExpression): boolean {
  const name = getPropertyName(node);
  if (name === undefined || !RECORD_PROPERTIES.has(name)) return false;
  const object = skipTypeWrappers(node.object);
  return object.type === 'Identifier' || (object.type === 'MemberExpression' && isRequestHolder(object));
}

// `res.locals`, `ctx.state`.
function isRequestHolder(node: TSESTree.MemberExpression): boolean {
  const name = getPropertyName(node);
  return name === 'locals' || name === 'state';
}

function getDeclarator(node: Node, scope: Scope): TSESTree.VariableDeclarator | undefined {
  if (node.type !== 'Identifier') return undefined;
  const def = findVariable(scope, node)?.defs[0];
  return def?.type === 'Variable' ? def.node : undefined;
}

function getInit(node: Node, scope: Scope): Node | undefined {
  if (node.type !== 'Identifier') return undefined;
  const variable = findVariable(scope, node);
  const def = variable?.defs[0];
  if (def?.type !== 'Variable' || !def.node.init || def.node.id.type !== 'Identifier') {
    return undefined;
  }

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

// `prisma.user.create({ data: req.body })`, and nested writes
// `data: { profile: { create: req.body } }`.
function isPrismaData(property: TSESTree.Property, scope: Scope, file: FileApis): boolean {
  const key = getPropertyName(property);
  if (key === undefined || !PRISMA_DATA_KEYS.has(key)) return false;
  let object = property.parent;
  for (let steps = 0; steps < 6; steps++) {
    const holder = object.parent;
    if (holder?.type !== 'Property' || holder.value !== object) break;
    const holderKey = getPropertyName(holder);
    if (holderKey === undefined || holder.parent.type !== 'ObjectExpression') return false;
    object = holder.parent;
  }
  const call = object.parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== object) return false;

  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== 'MemberExpression') return false;
  const method = getPropertyName(callee);
  if (method === undefined || !PRISMA_METHODS.has(method)) return false;

  const delegate = skipTypeWrappers(callee.object);
  if (delegate.type !== 'MemberExpression') return false;
  const client = skipTypeWrappers(delegate.object);
  if (client.type === 'Identifier') {
    if (PRISMA_NAME.test(client.name)) return true;
    const variable = findVariable(scope, client);
    return variable !== null && file.prismaClients.has(variable);
  }
  return (
    client.type === 'MemberExpression' &&
    PRISMA_NAME.test(getPropertyName(client) ?? '')
  );
}
