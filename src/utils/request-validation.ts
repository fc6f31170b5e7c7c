import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable } from './eslint-utils';
import {
  getPropertyName,
  getStringValue,
  lookupProperty,
  resolveExpression,
  skipTypeWrappers,
} from './values';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

/** The parts of a request a client controls. */
export type RequestSource = 'body' | 'query' | 'params' | 'headers';

export const REQUEST_SOURCES: readonly RequestSource[] = [
  'body',
  'query',
  'params',
  'headers',
];

/**
 * How a source was validated before the handler runs. `schema`: the value
 * the handler sees passed a schema (zod middleware, celebrate, Fastify
 * `schema`). `checks`: fields were checked but the object keeps whatever
 * else the client sent (express-validator).
 */
export type ValidationKind = 'schema' | 'checks';

export type SourceValidation = Map<RequestSource, ValidationKind>;

/** Names users add through options. */
export interface ValidatorNames {
  validators: readonly string[];
  middleware: readonly string[];
}

// Methods of schema objects that validate their argument: zod, joi, yup,
// valibot (`v.parse`), ajv, TypeBox `Value`, typia, io-ts.
const VALIDATOR_METHODS = new Set([
  'parse',
  'safeParse',
  'parseAsync',
  'safeParseAsync',
  'spa',
  'validate',
  'validateAsync',
  'validateSync',
  'isValid',
  'isValidSync',
  'attempt',
  'assert',
  'assertEquals',
  'assertGuard',
  'validateEquals',
  'cast',
  'is',
  'equals',
  'decode',
  'Check',
  'Parse',
  'Decode',
  'Assert',
]);

// Objects whose `parse` and friends read text or URLs, not schemas.
const NON_SCHEMA_RECEIVERS = new Set([
  'JSON',
  'qs',
  'querystring',
  'url',
  'URL',
  'path',
  'Date',
  'Number',
  'BigInt',
  'yaml',
  'YAML',
  'toml',
  'cookie',
  'csv',
  'Papa',
  'dayjs',
  'moment',
  'semver',
  'mime',
]);

// Functions of validation modules imported by name: valibot, superstruct,
// class-validator, class-transformer, typia.
const VALIDATOR_MODULES = new Set([
  'valibot',
  'superstruct',
  'class-validator',
  'class-transformer',
  'typia',
  'zod',
  'joi',
  'yup',
  'io-ts',
  '@sinclair/typebox/value',
]);

const VALIDATOR_FUNCTIONS = new Set([
  'parse',
  'safeParse',
  'parseAsync',
  'safeParseAsync',
  'is',
  'create',
  'mask',
  'plainToInstance',
  'plainToClass',
  'attempt',
]);

const VALIDATOR_NAME = /^(?:validate|assert)(?![a-z])/u;
const MIDDLEWARE_NAME = /^(?:validat|processRequest)/iu;

const EXPRESS_VALIDATOR_SOURCES: Record<string, RequestSource | undefined> = {
  body: 'body',
  query: 'query',
  param: 'params',
  header: 'headers',
};

const EXPRESS_VALIDATOR_FUNCTIONS = new Set([
  'body',
  'query',
  'param',
  'header',
  'cookie',
  'check',
  'checkSchema',
  'checkExact',
  'oneOf',
]);

/** A call that checks its argument against a schema. */
export function isValidatorCall(
  call: TSESTree.CallExpression,
  names: ValidatorNames,
  scope: Scope,
): boolean {
  const callee = skipTypeWrappers(call.callee);

  if (callee.type === 'MemberExpression') {
    const method = getPropertyName(callee);
    if (method === undefined) return false;
    if (names.validators.includes(method)) return true;

    const receiver = skipTypeWrappers(callee.object);
    if (
      receiver.type === 'Identifier' &&
      NON_SCHEMA_RECEIVERS.has(receiver.name)
    ) {
      return false;
    }
    return VALIDATOR_METHODS.has(method) || VALIDATOR_NAME.test(method);
  }

  if (callee.type !== 'Identifier') return false;
  if (names.validators.includes(callee.name)) return true;
  if (VALIDATOR_NAME.test(callee.name)) return true;
  if (
    VALIDATOR_FUNCTIONS.has(callee.name) &&
    isImportedFrom(callee, scope, VALIDATOR_MODULES)
  ) {
    return true;
  }

  // ajv: `const check = ajv.compile(schema); check(req.body)`.
  const init = resolveExpression(callee, scope);
  if (init.type !== 'CallExpression') return false;
  const factory = skipTypeWrappers(init.callee);
  const name =
    factory.type === 'MemberExpression' ? getPropertyName(factory) : undefined;
  return name === 'compile' || name === 'Compile' || name === 'getSchema';
}

/** True when `identifier` is bound by an import from one of `modules`. */
export function isImportedFrom(
  identifier: TSESTree.Identifier,
  scope: Scope,
  modules: ReadonlySet<string>,
): boolean {
  return getImportedName(identifier, scope, modules) !== undefined;
}

/**
 * The name a module exports under, for an identifier bound by a named
 * import from one of `modules` (`default` and `*` for the other kinds).
 */
export function getImportedName(
  identifier: TSESTree.Identifier,
  scope: Scope,
  modules: ReadonlySet<string>,
): string | undefined {
  const variable = findVariable(scope, identifier);
  const def = variable?.defs[0];
  if (def?.type !== 'ImportBinding') return undefined;
  const declaration = def.parent;
  if (
    declaration.type !== 'ImportDeclaration' ||
    !modules.has(declaration.source.value)
  ) {
    return undefined;
  }
  const specifier = def.node;
  if (specifier.type === 'ImportDefaultSpecifier') return 'default';
  if (specifier.type !== 'ImportSpecifier') return '*';
  return specifier.imported.type === 'Identifier'
    ? specifier.imported.name
    : specifier.imported.value;
}

/**
 * What a middleware expression validates, or `undefined` when it is not
 * recognisably a validator. Arrays of middleware are merged.
 */
export function getMiddlewareValidation(
  node: Node,
  names: ValidatorNames,
  scope: Scope,
  depth = 0,
): SourceValidation | undefined {
  if (depth > 4) return undefined;
  const value = resolveExpression(node, scope);

  if (value.type === 'ArrayExpression') {
    let merged: SourceValidation | undefined;
    for (const element of value.elements) {
      if (!element || element.type === 'SpreadElement') continue;
      const found = getMiddlewareValidation(element, names, scope, depth + 1);
      if (found) merged = mergeValidation(merged, found);
    }
    return merged;
  }

  if (value.type === 'Identifier') {
    if (names.middleware.includes(value.name)) return allSources('schema');
    return MIDDLEWARE_NAME.test(value.name)
      ? sourcesFromName(value.name, 'schema')
      : undefined;
  }

  if (value.type !== 'CallExpression') return undefined;
  return getValidatingCall(value, names, scope);
}

function getValidatingCall(
  call: TSESTree.CallExpression,
  names: ValidatorNames,
  scope: Scope,
): SourceValidation | undefined {
  // express-validator chains start at `body('email')` and go on by method.
  let root: TSESTree.CallExpression = call;
  for (;;) {
    const callee = skipTypeWrappers(root.callee);
    if (callee.type !== 'MemberExpression') break;
    const object = skipTypeWrappers(callee.object);
    if (object.type !== 'CallExpression') break;
    root = object;
  }

  const callee = skipTypeWrappers(root.callee);
  if (callee.type === 'Identifier') {
    const name = callee.name;
    if (
      EXPRESS_VALIDATOR_FUNCTIONS.has(name) &&
      isImportedFrom(callee, scope, new Set(['express-validator']))
    ) {
      const source = EXPRESS_VALIDATOR_SOURCES[name];
      if (name === 'cookie') return new Map();
      return source ? new Map([[source, 'checks']]) : allSources('checks');
    }
    if (root !== call) return undefined;
    if (names.middleware.includes(name) || name === 'celebrate') {
      return allSources('schema');
    }
    // Hono's `zValidator('json', schema)`, `validator('query', fn)`.
    if (/^[a-z]*Validator$|^validator$/u.test(name)) {
      return sourcesFromTarget(call.arguments[0], scope);
    }
    if (MIDDLEWARE_NAME.test(name) && call.arguments.length > 0) {
      return (
        sourcesFromNameOnly(name) ??
        sourcesFromKeys(call.arguments[0], scope) ??
        allSources('schema')
      );
    }
    return undefined;
  }

  if (callee.type !== 'MemberExpression' || root !== call) return undefined;
  // `OpenApiValidator.middleware(...)`, `validator.body(schema)`.
  const object = skipTypeWrappers(callee.object);
  const method = getPropertyName(callee) ?? '';
  if (names.middleware.includes(method)) return allSources('schema');
  if (object.type === 'Identifier' && /validat/iu.test(object.name)) {
    return sourcesFromNameOnly(method) ?? allSources('schema');
  }
  return MIDDLEWARE_NAME.test(method) && call.arguments.length > 0
    ? sourcesFromName(method, 'schema')
    : undefined;
}

function sourcesFromTarget(
  node: TSESTree.CallExpressionArgument | undefined,
  scope: Scope,
): SourceValidation {
  const target =
    node && node.type !== 'SpreadElement'
      ? getStringValue(node, scope)
      : undefined;
  if (target === undefined) return allSources('schema');
  if (target === 'json' || target === 'form') return new Map([['body', 'schema']]);
  if (target === 'query') return new Map([['query', 'schema']]);
  if (target === 'param') return new Map([['params', 'schema']]);
  if (target === 'header') return new Map([['headers', 'schema']]);
  return new Map();
}

function sourcesFromKeys(
  node: TSESTree.CallExpressionArgument | undefined,
  scope: Scope,
): SourceValidation | undefined {
  if (!node || node.type === 'SpreadElement') return undefined;
  const found: SourceValidation = new Map();
  for (const [key, source] of [
    ['body', 'body'],
    ['query', 'query'],
    ['params', 'params'],
    ['headers', 'headers'],
  ] as const) {
    if (lookupProperty(node, key, scope).kind === 'known') {
      found.set(source, 'schema');
    }
  }
  return found.size > 0 ? found : undefined;
}

function sourcesFromNameOnly(name: string): SourceValidation | undefined {
  const lower = name.toLowerCase();
  const found: SourceValidation = new Map();
  if (lower.includes('body') || lower.includes('json')) found.set('body', 'schema');
  if (lower.includes('query')) found.set('query', 'schema');
  if (lower.includes('param')) found.set('params', 'schema');
  if (lower.includes('header')) found.set('headers', 'schema');
  return found.size > 0 ? found : undefined;
}

function sourcesFromName(name: string, kind: ValidationKind): SourceValidation {
  return sourcesFromNameOnly(name) ?? allSources(kind);
}

/** Every source, validated in the given way. */
export function allSources(kind: ValidationKind): SourceValidation {
  return new Map(REQUEST_SOURCES.map((source) => [source, kind]));
}

/** Merges two validations; a schema beats field checks. */
export function mergeValidation(
  into: SourceValidation | undefined,
  from: SourceValidation,
): SourceValidation {
  const result: SourceValidation = new Map(into);
  for (const [source, kind] of from) {
    if (result.get(source) !== 'schema') result.set(source, kind);
  }
  return result;
}

/**
 * True when the value read at `node` goes straight into a validator call:
 * `schema.parse(req.body)`, `schema.parse({ ...req.body, id })`,
 * `const input = req.body; schema.parse(input)`, `v.parse(S, await c.req.json())`.
 */
export function flowsIntoValidator(
  node: Node,
  names: ValidatorNames,
  scope: Scope,
  depth = 0,
): boolean {
  let current: Node = node;
  for (let steps = 0; steps < 12; steps++) {
    const parent = current.parent;
    if (!parent) return false;

    switch (parent.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'ChainExpression':
      case 'AwaitExpression':
      case 'ObjectExpression':
      case 'ArrayExpression':
      case 'SpreadElement':
      case 'LogicalExpression':
        current = parent;
        continue;
      case 'Property':
        if (parent.value !== current) return false;
        current = parent;
        continue;
      case 'ConditionalExpression':
        if (parent.test === current) return false;
        current = parent;
        continue;
      case 'MemberExpression':
        if (parent.object !== current) return false;
        current = parent;
        continue;
      case 'CallExpression':
        if (parent.callee === current) {
          current = parent;
          continue;
        }
        if (isValidatorCall(parent, names, scope)) return true;
        if (!isPassThroughCall(parent)) return false;
        current = parent;
        continue;
      case 'VariableDeclarator':
        return (
          depth < 3 &&
          parent.init === current &&
          boundValuesFlowIntoValidator(parent.id, names, scope, depth)
        );
      default:
        return false;
    }
  }
  return false;
}

// Calls that hand their input on unchanged in shape before validation:
// `Object.fromEntries(searchParams)`, `JSON.parse(text)`.
function isPassThroughCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== 'MemberExpression') return false;
  const object = skipTypeWrappers(callee.object);
  const method = getPropertyName(callee);
  return (
    object.type === 'Identifier' &&
    ((object.name === 'Object' &&
      (method === 'fromEntries' || method === 'assign')) ||
      (object.name === 'JSON' && method === 'parse'))
  );
}

function boundValuesFlowIntoValidator(
  pattern: TSESTree.Node,
  names: ValidatorNames,
  scope: Scope,
  depth: number,
): boolean {
  const identifiers = getBoundIdentifiers(pattern);
  if (identifiers.length === 0) return false;

  return identifiers.every((identifier) => {
    const variable = findVariable(scope, identifier);
    const first = variable?.references
      .filter((reference) => reference.identifier !== identifier)
      .sort((a, b) => a.identifier.range[0] - b.identifier.range[0])[0];
    return (
      first !== undefined &&
      flowsIntoValidator(first.identifier, names, scope, depth + 1)
    );
  });
}

/** The identifiers a declaration pattern binds, one level deep. */
export function getBoundIdentifiers(
  pattern: TSESTree.Node,
): TSESTree.Identifier[] {
  if (pattern.type === 'Identifier') return [pattern];
  if (pattern.type !== 'ObjectPattern') return [];

  const found: TSESTree.Identifier[] = [];
  for (const member of pattern.properties) {
    const target = member.type === 'RestElement' ? member.argument : member.value;
    const bare = target.type === 'AssignmentPattern' ? target.left : target;
    if (bare.type === 'Identifier') found.push(bare);
  }
  return found;
}
