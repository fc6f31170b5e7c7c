import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable } from './eslint-utils';
import { findApiCalls, type ApiSpec } from './references';
import { splitWords } from './sensitive-names';
import { getPropertyName, skipTypeWrappers } from './values';

type Scope = TSESLint.Scope.Scope;
type Call = TSESTree.CallExpression;

export type SqlDriver =
  | 'pg'
  | 'pg-promise'
  | 'mysql'
  | 'sequelize'
  | 'knex'
  | 'prisma'
  | 'typeorm'
  | 'sqlite3'
  | 'better-sqlite3'
  | 'drizzle'
  | 'kysely'
  | 'postgres'
  | 'mssql'
  | 'database';

/**
 * How a driver takes values apart from the SQL text:
 * `dollar` `$1` with a values array after the SQL; `question` `?` with a
 * values array after the SQL; `replacements` sequelize's `?` with the
 * `replacements` option; `statement` better-sqlite3's `?` with the values
 * given to the statement's `run`/`get`/`all`; `tag` a tagged template on the
 * callee's object (`sql.raw(...)` → `sql\`...\``); `prisma` Prisma's tagged
 * `$queryRaw`/`$executeRaw`; `none` when no rewrite is offered.
 */
export type ParamStyle =
  | 'dollar'
  | 'question'
  | 'replacements'
  | 'statement'
  | 'tag'
  | 'prisma'
  | 'none';

/** One call that sends a string to the database as SQL. */
export interface SqlSink {
  call: Call;
  /** The expression holding the SQL text. */
  sql: TSESTree.Expression;
  driver: SqlDriver;
  /** How the API is named in reports, e.g. "pg `query`". */
  api: string;
  style: ParamStyle;
  /** Values are already passed apart from the SQL (or may be: a spread). */
  hasValues: boolean;
  /**
   * Known only by the receiver's name (`db.query`): only text that reads
   * as SQL is judged, since `db` may be any kind of store.
   */
  byName: boolean;
}

interface Method {
  style: ParamStyle;
  /** Where the values go, -1 when the API takes none. */
  valuesIndex: number;
  /** The SQL may come as `{ [property]: sql, values }` (pg, mysql). */
  configProperty?: string;
}

/** What a receiver is: a database handle of a driver, or a builder. */
type Handle =
  | SqlDriver
  | 'pg-promise-init'
  | 'knex-builder'
  | 'typeorm-builder'
  | 'mssql-pool';

const pgQuery: Method = { style: 'dollar', valuesIndex: 1, configProperty: 'text' };
const mysqlQuery: Method = { style: 'question', valuesIndex: 1, configProperty: 'sql' };
const pgPromiseQuery: Method = { style: 'dollar', valuesIndex: 1 };
const sqliteQuery: Method = { style: 'question', valuesIndex: 1 };
const knexRaw: Method = { style: 'question', valuesIndex: 1 };
const noParams: Method = { style: 'none', valuesIndex: -1 };
const opaque: Method = { style: 'none', valuesIndex: 1 };
const prismaUnsafe: Method = { style: 'prisma', valuesIndex: 1 };

const PG_PROMISE_METHODS = [
  'query', 'none', 'one', 'many', 'oneOrNone', 'manyOrNone', 'any', 'result',
  'multi', 'multiResult', 'each', 'map', 'stream',
];

/** Which methods of a known handle take SQL, and as which argument (0). */
const HANDLE_METHODS: Partial<Record<Handle, Record<string, Method>>> = {
  pg: { query: pgQuery },
  'pg-promise': Object.fromEntries(PG_PROMISE_METHODS.map((name) => [name, pgPromiseQuery])),
  mysql: { query: mysqlQuery, execute: mysqlQuery },
  sequelize: { query: { style: 'replacements', valuesIndex: 1 } },
  knex: { raw: knexRaw },
  'knex-builder': { raw: knexRaw },
  typeorm: { query: opaque },
  'typeorm-builder': {
    where: opaque,
    andWhere: opaque,
    orWhere: opaque,
    having: opaque,
    andHaving: opaque,
    orHaving: opaque,
    orderBy: noParams,
    addOrderBy: noParams,
  },
  'better-sqlite3': {
    prepare: { style: 'statement', valuesIndex: -1 },
    exec: noParams,
  },
  sqlite3: {
    run: sqliteQuery,
    all: sqliteQuery,
    get: sqliteQuery,
    each: sqliteQuery,
    prepare: sqliteQuery,
    exec: noParams,
  },
  postgres: { unsafe: { style: 'tag', valuesIndex: 1 } },
  mssql: { query: noParams, batch: noParams },
  'mssql-pool': { query: noParams, batch: noParams },
  drizzle: { execute: noParams },
};

/** Methods found by their name alone: no other API has them. */
const DISTINCT_METHODS: Record<string, { driver: SqlDriver; method: Method }> = {
  $queryRawUnsafe: { driver: 'prisma', method: prismaUnsafe },
  $executeRawUnsafe: { driver: 'prisma', method: prismaUnsafe },
  // The function form; the tagged form `$queryRaw\`...\`` is not a call.
  $queryRaw: { driver: 'prisma', method: prismaUnsafe },
  $executeRaw: { driver: 'prisma', method: prismaUnsafe },
  whereRaw: { driver: 'knex', method: knexRaw },
  orWhereRaw: { driver: 'knex', method: knexRaw },
  andWhereRaw: { driver: 'knex', method: knexRaw },
  whereNotRaw: { driver: 'knex', method: knexRaw },
  havingRaw: { driver: 'knex', method: knexRaw },
  orHavingRaw: { driver: 'knex', method: knexRaw },
  orderByRaw: { driver: 'knex', method: knexRaw },
  groupByRaw: { driver: 'knex', method: knexRaw },
  joinRaw: { driver: 'knex', method: knexRaw },
  fromRaw: { driver: 'knex', method: knexRaw },
};

const MYSQL_TYPES: Record<string, Handle> = {
  Connection: 'mysql', Pool: 'mysql', PoolConnection: 'mysql',
};
/**
 * Types that say a parameter or property is a handle (NestJS injects them):
 * `constructor(private readonly dataSource: DataSource)`, by the module
 * the type is imported from.
 */
const TYPED_HANDLES: Record<string, Record<string, Handle>> = {
  typeorm: {
    DataSource: 'typeorm', Connection: 'typeorm', EntityManager: 'typeorm',
    QueryRunner: 'typeorm', Repository: 'typeorm',
  },
  knex: { Knex: 'knex', Transaction: 'knex' },
  pg: { Pool: 'pg', PoolClient: 'pg', Client: 'pg' },
  sequelize: { Sequelize: 'sequelize' },
  mysql: MYSQL_TYPES,
  mysql2: MYSQL_TYPES,
  'mysql2/promise': MYSQL_TYPES,
};

/** Methods that turn one handle into another: `pool.connect()` is a client. */
const DERIVED: Partial<Record<Handle, Record<string, Handle>>> = {
  pg: { connect: 'pg' },
  mysql: { getConnection: 'mysql', promise: 'mysql' },
  typeorm: {
    createQueryRunner: 'typeorm',
    getRepository: 'typeorm',
    createQueryBuilder: 'typeorm-builder',
  },
  'mssql-pool': { connect: 'mssql-pool', request: 'mssql' },
  knex: { transaction: 'knex' },
  sqlite3: { serialize: 'sqlite3', parallelize: 'sqlite3' },
};

/** Properties of a handle that are handles: `dataSource.manager`. */
const DERIVED_PROPERTIES: Partial<Record<Handle, Record<string, Handle>>> = {
  typeorm: { manager: 'typeorm' },
  knex: { schema: 'knex-builder' },
  mysql: { promise: 'mysql' },
};

/**
 * Receivers known by name (`db`, `pool`, a `this.sequelize` injected from
 * elsewhere): the last word of the name, and which methods on it take SQL.
 */
const GENERIC_METHODS = [
  'query', 'execute', 'raw', 'prepare', 'exec', 'run', 'all', 'get', 'each',
  ...PG_PROMISE_METHODS,
];
const NAMED_RECEIVERS: Record<string, readonly string[]> = {
  db: GENERIC_METHODS,
  database: GENERIC_METHODS,
  conn: GENERIC_METHODS,
  connection: GENERIC_METHODS,
  pg: GENERIC_METHODS,
  mysql: GENERIC_METHODS,
  sqlite: GENERIC_METHODS,
  trx: GENERIC_METHODS,
  tx: GENERIC_METHODS,
  transaction: GENERIC_METHODS,
  pool: ['query', 'execute'],
  client: ['query', 'execute'],
  sequelize: ['query'],
  knex: ['raw'],
  manager: ['query'],
  runner: ['query'],
  source: ['query'],
  repository: ['query'],
  repo: ['query'],
  sql: ['unsafe'],
};

/** Receiver names that are a driver's own: `this.sequelize`, `knex`. */
const NAMED_DRIVERS: Partial<Record<string, SqlDriver>> = {
  sequelize: 'sequelize',
  knex: 'knex',
};

/** Words that say a handle is not a SQL database. */
const NOT_SQL_WORDS = new Set([
  'redis', 'mongo', 'mongodb', 'mongoose', 'http', 'https', 'axios', 'api',
  'graphql', 'gql', 'apollo', 'elastic', 'elasticsearch', 'es', 'cache',
  'level', 'kv', 'dynamo', 'dynamodb', 'firestore', 'neo4j', 'influx',
]);

/** Module functions and classes that create handles. */
const FACTORIES: ApiSpec<Handle>[] = [
  { modules: ['pg'], path: ['Pool'], kind: 'both', info: 'pg' },
  { modules: ['pg'], path: ['Client'], kind: 'both', info: 'pg' },
  { modules: ['pg'], path: ['native', 'Pool'], kind: 'construct', info: 'pg' },
  { modules: ['pg-pool'], path: [], kind: 'construct', info: 'pg' },
  { modules: ['pg-promise'], path: [], kind: 'call', info: 'pg-promise-init' },
  ...['mysql', 'mysql2', 'mysql2/promise'].flatMap((module) =>
    ['createConnection', 'createPool', 'createPoolCluster'].map(
      (name): ApiSpec<Handle> => ({ modules: [module], path: [name], kind: 'call', info: 'mysql' }),
    ),
  ),
  {
    modules: ['sequelize', '@sequelize/core'],
    path: ['Sequelize'],
    kind: 'construct',
    info: 'sequelize',
  },
  { modules: ['sequelize'], path: [], kind: 'construct', info: 'sequelize' },
  { modules: ['knex'], path: [], kind: 'call', info: 'knex' },
  { modules: ['knex'], path: ['knex'], kind: 'call', info: 'knex' },
  { modules: ['@prisma/client'], path: ['PrismaClient'], kind: 'construct', info: 'prisma' },
  { modules: ['better-sqlite3'], path: [], kind: 'both', info: 'better-sqlite3' },
  { modules: ['sqlite3'], path: ['Database'], kind: 'construct', info: 'sqlite3' },
  { modules: ['sqlite3'], path: ['cached', 'Database'], kind: 'call', info: 'sqlite3' },
  { modules: ['sqlite'], path: ['open'], kind: 'call', info: 'sqlite3' },
  { modules: ['postgres'], path: [], kind: 'call', info: 'postgres' },
  { modules: ['mssql'], path: ['Request'], kind: 'construct', info: 'mssql' },
  { modules: ['mssql'], path: ['ConnectionPool'], kind: 'construct', info: 'mssql-pool' },
  { modules: ['mssql'], path: ['connect'], kind: 'call', info: 'mssql-pool' },
  { modules: ['typeorm'], path: ['DataSource'], kind: 'construct', info: 'typeorm' },
  ...['createConnection', 'getConnection', 'getManager', 'getRepository'].map(
    (name): ApiSpec<Handle> => ({
      modules: ['typeorm'],
      path: [name],
      kind: 'call',
      info: 'typeorm',
    }),
  ),
  ...[
    'drizzle-orm/node-postgres',
    'drizzle-orm/postgres-js',
    'drizzle-orm/mysql2',
    'drizzle-orm/better-sqlite3',
    'drizzle-orm/libsql',
    'drizzle-orm/neon-http',
    'drizzle-orm/neon-serverless',
  ].map(
    (module): ApiSpec<Handle> => ({
      modules: [module],
      path: ['drizzle'],
      kind: 'call',
      info: 'drizzle',
    }),
  ),
];

interface ModuleSink {
  driver: SqlDriver;
  api: string;
  method: Method;
}

/** Module functions that take SQL themselves. */
const MODULE_SINKS: ApiSpec<ModuleSink>[] = [
  {
    modules: ['sequelize'],
    path: ['Sequelize', 'literal'],
    kind: 'call',
    info: { driver: 'sequelize', api: 'Sequelize `literal`', method: noParams },
  },
  {
    modules: ['sequelize'],
    path: ['literal'],
    kind: 'call',
    info: { driver: 'sequelize', api: 'Sequelize `literal`', method: noParams },
  },
  {
    modules: ['drizzle-orm', 'drizzle-orm/sql'],
    path: ['sql', 'raw'],
    kind: 'call',
    info: {
      driver: 'drizzle',
      api: 'Drizzle `sql.raw`',
      method: { style: 'tag', valuesIndex: -1 },
    },
  },
  {
    modules: ['kysely'],
    path: ['sql', 'raw'],
    kind: 'call',
    info: {
      driver: 'kysely',
      api: 'Kysely `sql.raw`',
      method: { style: 'tag', valuesIndex: -1 },
    },
  },
  {
    modules: ['@prisma/client'],
    path: ['Prisma', 'raw'],
    kind: 'call',
    info: { driver: 'prisma', api: 'Prisma `Prisma.raw`', method: noParams },
  },
  {
    modules: ['mssql'],
    path: ['query'],
    kind: 'call',
    info: { driver: 'mssql', api: 'mssql `query`', method: noParams },
  },
];

const DRIVER_NAMES: Record<SqlDriver, string> = {
  pg: 'pg',
  'pg-promise': 'pg-promise',
  mysql: 'mysql',
  sequelize: 'Sequelize',
  knex: 'knex',
  prisma: 'Prisma',
  typeorm: 'TypeORM',
  sqlite3: 'sqlite3',
  'better-sqlite3': 'better-sqlite3',
  drizzle: 'Drizzle',
  kysely: 'Kysely',
  postgres: 'postgres.js',
  mssql: 'mssql',
  database: 'the database',
};

const HANDLE_DRIVERS: Record<Handle, SqlDriver> = {
  ...(Object.fromEntries(
    Object.keys(DRIVER_NAMES).map((key) => [key, key]),
  ) as Record<SqlDriver, SqlDriver>),
  'pg-promise-init': 'pg-promise',
  'knex-builder': 'knex',
  'typeorm-builder': 'typeorm',
  'mssql-pool': 'mssql',
};

const ALL_METHOD_NAMES = new Set([
  ...Object.values(HANDLE_METHODS).flatMap((methods) => Object.keys(methods)),
  ...Object.keys(DISTINCT_METHODS),
  ...GENERIC_METHODS,
]);

const MAX_DEPTH = 10;

export interface SqlSinkListeners {
  Program: (node: TSESTree.Program) => void;
  CallExpression: (node: TSESTree.CallExpression) => void;
}

/**
 * Listeners that hand every call sending SQL text to a database to
 * `handle`, with where the SQL is and how the driver takes values.
 * Receivers are known from where they were created (`new Pool()`,
 * `knex(...)`, `mysql.createPool()` and the rest, through local variables),
 * by methods only SQL APIs have (`$queryRawUnsafe`, `whereRaw`), or by a
 * receiver name that says it is a database handle (`db`, `pool`).
 */
export function sqlSinkListeners(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  handle: (sink: SqlSink) => void,
): SqlSinkListeners {
  const { sourceCode } = context;
  const origins = new Map<TSESTree.Node, Handle>();
  const moduleSinks = new Map<TSESTree.Node, ModuleSink>();
  const memo = new Map<TSESLint.Scope.Variable, Handle | null>();

  let globalScope: Scope | null = null;

  function getHandle(node: TSESTree.Node, depth: number): Handle | undefined {
    if (depth > MAX_DEPTH) return undefined;

    const bare = unwrap(node);
    const origin = origins.get(bare);
    if (origin) return origin;

    if (bare.type === 'Identifier') return getVariableHandle(bare, depth);

    if (bare.type === 'MemberExpression') {
      if (bare.object.type === 'ThisExpression') return getClassMemberHandle(bare, depth);
      const name = getPropertyName(bare);
      const object = getHandle(bare.object, depth + 1);
      return object && name !== undefined ? DERIVED_PROPERTIES[object]?.[name] : undefined;
    }

    if (bare.type !== 'CallExpression') return undefined;
    const callee = unwrap(bare.callee);
    if (callee.type !== 'MemberExpression') {
      // `knex('users')` is a query builder; `pgp(url)` a database.
      const fn = getHandle(callee, depth + 1);
      if (fn === 'knex') return 'knex-builder';
      if (fn === 'pg-promise-init') return 'pg-promise';
      return undefined;
    }

    const method = getPropertyName(callee);
    if (method === undefined) return undefined;
    if (method === 'createQueryBuilder') return 'typeorm-builder';

    const object = getHandle(callee.object, depth + 1);
    if (object === 'knex-builder' || object === 'typeorm-builder') return object;
    return object ? DERIVED[object]?.[method] : undefined;
  }

  function getVariableHandle(node: TSESTree.Identifier, depth: number): Handle | undefined {
    const variable = globalScope && findVariable(globalScope, node);
    if (!variable) return undefined;

    const known = memo.get(variable);
    if (known !== undefined) return known ?? undefined;
    // A handle assigned from itself must not loop.
    memo.set(variable, null);

    const def = variable.defs[0];
    if (def?.name.type === 'Identifier' && def.name.typeAnnotation) {
      const typed = getTypedHandle(def.name.typeAnnotation.typeAnnotation);
      if (typed) {
        memo.set(variable, typed);
        return typed;
      }
    }
    if (def?.type === 'Parameter' && def.node.params[0] === def.name) {
      const kind = getTransactionHandle(def.node, depth);
      memo.set(variable, kind ?? null);
      return kind;
    }

    let found: Handle | undefined;
    let conflict = false;
    for (const reference of variable.references) {
      if (!reference.isWrite() || !reference.writeExpr) continue;
      // `const { manager } = dataSource` is not the data source itself.
      if (!isWholeWrite(reference.identifier)) {
        conflict = true;
        break;
      }
      const kind = getHandle(reference.writeExpr, depth + 1);
      if (!kind || (found && found !== kind)) {
        conflict = true;
        break;
      }
      found = kind;
    }

    const result = conflict ? undefined : found;
    memo.set(variable, result ?? null);
    return result;
  }

  /** `Knex.Transaction`, `DataSource` imported from `typeorm`. */
  function getTypedHandle(annotation: TSESTree.TypeNode): Handle | undefined {
    if (annotation.type !== 'TSTypeReference' || !globalScope) return undefined;
    const typeName = annotation.typeName;
    const root =
      typeName.type === 'TSQualifiedName' && typeName.left.type === 'Identifier'
        ? typeName.left
        : typeName;
    if (root.type !== 'Identifier') return undefined;
    const def = findVariable(globalScope, root)?.defs[0];
    if (def?.type !== 'ImportBinding' || def.parent.type !== 'ImportDeclaration') return undefined;
    const table = TYPED_HANDLES[def.parent.source.value];
    if (!table) return undefined;
    let name: string | undefined;
    if (typeName.type === 'TSQualifiedName') name = typeName.right.name;
    else if (def.node.type === 'ImportSpecifier') {
      name = def.node.imported.type === 'Identifier' ? def.node.imported.name : undefined;
    }
    return name !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;
  }

  /** `dataSource.transaction(async (manager) => ...)`: the callback's first parameter. */
  function getTransactionHandle(fn: TSESTree.Node, depth: number): Handle | undefined {
    const call = fn.parent;
    if (!isFunction(fn) || call?.type !== 'CallExpression' || call.arguments.at(-1) !== fn) {
      return undefined;
    }
    if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return undefined;
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'transaction') {
      return undefined;
    }
    const owner = getHandle(callee.object, depth + 1);
    return owner === 'typeorm' || owner === 'knex' ? owner : undefined;
  }

  /** `this.pool`, `this.#db`: a class field or constructor parameter property. */
  function getClassMemberHandle(
    node: TSESTree.MemberExpression,
    depth: number,
  ): Handle | undefined {
    if (node.computed) return undefined;
    let body: TSESTree.Node | undefined = node.parent;
    while (body && body.type !== 'ClassBody') body = body.parent;
    if (!body) return undefined;
    const key = node.property;
    for (const member of body.body) {
      if (member.type === 'PropertyDefinition' && !member.computed) {
        if (member.key.type !== key.type || !('name' in member.key) || member.key.name !== key.name) {
          continue;
        }
        if (member.typeAnnotation) return getTypedHandle(member.typeAnnotation.typeAnnotation);
        return member.value ? getHandle(member.value, depth + 1) : undefined;
      }
      if (member.type !== 'MethodDefinition' || member.kind !== 'constructor') continue;
      for (const param of member.value.params) {
        if (param.type !== 'TSParameterProperty') continue;
        const id = param.parameter.type === 'AssignmentPattern' ? param.parameter.left : param.parameter;
        if (id.type !== 'Identifier' || id.name !== key.name || key.type !== 'Identifier') continue;
        return id.typeAnnotation ? getTypedHandle(id.typeAnnotation.typeAnnotation) : undefined;
      }
    }
    return undefined;
  }

  function getSink(node: Call): SqlSink | undefined {
    const moduleSink = moduleSinks.get(node);
    if (moduleSink) {
      return buildSink(node, moduleSink.driver, moduleSink.api, moduleSink.method, false);
    }

    const callee = node.callee;
    if (callee.type !== 'MemberExpression') return undefined;
    const method = getPropertyName(callee);
    if (method === undefined || !ALL_METHOD_NAMES.has(method)) return undefined;

    const distinct = Object.hasOwn(DISTINCT_METHODS, method) ? DISTINCT_METHODS[method] : undefined;
    if (distinct) {
      const api = `${DRIVER_NAMES[distinct.driver]} \`${method}\``;
      return buildSink(node, distinct.driver, api, distinct.method, false);
    }

    const kind = getHandle(callee.object, 0);
    if (kind) {
      const methods = HANDLE_METHODS[kind];
      const spec = methods && Object.hasOwn(methods, method) ? methods[method] : undefined;
      if (!spec) return undefined;
      const driver = HANDLE_DRIVERS[kind];
      return buildSink(node, driver, `${DRIVER_NAMES[driver]} \`${method}\``, spec, false);
    }

    const name = getReceiverName(callee.object);
    if (!name || !isNamedSqlReceiver(name, method)) return undefined;
    const api = `\`${name}.${method}\``;
    // A name that is a driver's own says how it takes values.
    const named = NAMED_DRIVERS[splitWords(name).at(-1) ?? ''];
    const spec = named ? HANDLE_METHODS[named]?.[method] : undefined;
    return buildSink(node, named ?? 'database', api, spec ?? opaque, true);
  }

  return {
    Program() {
      globalScope = sourceCode.scopeManager?.globalScope ?? null;
      for (const { node, info } of findApiCalls(sourceCode, FACTORIES)) {
        origins.set(node, info);
      }
      for (const { node, info } of findApiCalls(sourceCode, MODULE_SINKS)) {
        moduleSinks.set(node, info);
      }
    },
    CallExpression(node) {
      const sink = getSink(node);
      if (sink) handle(sink);
    },
  };
}

function buildSink(
  call: Call,
  driver: SqlDriver,
  api: string,
  method: Method,
  byName: boolean,
): SqlSink | undefined {
  const args = call.arguments;
  const first = args[0];
  if (!first || first.type === 'SpreadElement') return undefined;

  const spread = args.some((arg) => arg.type === 'SpreadElement');
  let sql: TSESTree.Expression = first;
  let hasValues = spread;
  let style = method.style;

  const bare = skipTypeWrappers(first);
  if (method.configProperty && bare.type === 'ObjectExpression') {
    // `query({ text, values })`: the SQL is a property of the config.
    const text = findProperty(bare, method.configProperty);
    if (!text) return undefined;
    sql = text.value as TSESTree.Expression;
    hasValues = true;
    style = 'none';
  }

  // Sequelize's options may hold anything; the rule looks inside them.
  if (method.valuesIndex > 0 && style !== 'replacements') {
    const values = args[method.valuesIndex];
    // A callback where the values would go (mysql, sqlite3) is not values.
    if (values && !isFunction(values)) hasValues = true;
  }
  if (method.valuesIndex < 0 && args.length > 1) hasValues = true;

  return { call, sql, driver, api, style, hasValues, byName };
}

function findProperty(
  object: TSESTree.ObjectExpression,
  name: string,
): TSESTree.Property | undefined {
  for (const member of object.properties) {
    if (member.type === 'Property' && getPropertyName(member) === name) return member;
  }
  return undefined;
}

/** `a = x` or `const a = x`; not `const { a } = x` nor `for (const a of x)`. */
function isWholeWrite(identifier: TSESTree.Node): boolean {
  const parent = identifier.parent;
  if (parent?.type === 'VariableDeclarator') {
    return parent.id === identifier && parent.parent.parent?.type !== 'ForOfStatement' &&
      parent.parent.parent?.type !== 'ForInStatement';
  }
  return (
    parent?.type === 'AssignmentExpression' &&
    parent.operator === '=' &&
    parent.left === identifier
  );
}

function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = skipTypeWrappers(node);
  while (current.type === 'AwaitExpression' || current.type === 'ChainExpression') {
    const inner = current.type === 'AwaitExpression' ? current.argument : current.expression;
    current = skipTypeWrappers(inner);
  }
  return current;
}

function isFunction(node: TSESTree.Node): boolean {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';
}

/** `db`, `this.pool`, `fastify.pg`: the name the receiver goes by. */
function getReceiverName(node: TSESTree.Node): string | undefined {
  const bare = unwrap(node);
  if (bare.type === 'Identifier') return bare.name;
  if (bare.type === 'MemberExpression' && !bare.computed && bare.property.type === 'Identifier') {
    return bare.property.name;
  }
  return undefined;
}

function isNamedSqlReceiver(name: string, method: string): boolean {
  const words = splitWords(name);
  if (words.some((word) => NOT_SQL_WORDS.has(word))) return false;

  const last = words.at(-1);
  if (last === undefined || !Object.hasOwn(NAMED_RECEIVERS, last)) return false;
  // `source` alone is too vague; `dataSource` is TypeORM's.
  if (last === 'source' && words.at(-2) !== 'data') return false;
  return NAMED_RECEIVERS[last]?.includes(method) ?? false;
}
