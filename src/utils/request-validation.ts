import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable } from './eslint-utils';
import { findApiCalls, type ApiSpec } from './references';
import { splitWords } from './sensitive-names';
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

/** What a call of a validation library's API does. */
export type ValidatorApi =
  | { kind: 'checks'; source: RequestSource | 'cookie' | 'all' }
  | { kind: 'result' }
  | { kind: 'validator' };

/** Names users add through options, and the validator API calls of the file. */
export interface ValidatorNames {
  validators: readonly string[];
  middleware: readonly string[];
  /** Calls of validation libraries, found whatever the import style. */
  apiCalls?: ReadonlyMap<Node, ValidatorApi>;
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

const EXPRESS_VALIDATOR_CHECKS: Record<string, RequestSource | 'cookie' | 'all'> = {
  body: 'body',
  query: 'query',
  param: 'params',
  header: 'headers',
  cookie: 'cookie',
  check: 'all',
  checkSchema: 'all',
  checkExact: 'all',
  oneOf: 'all',
};

const VALIDATOR_SPECS: ApiSpec<ValidatorApi>[] = [
  ...Object.entries(EXPRESS_VALIDATOR_CHECKS).map(
    ([name, source]): ApiSpec<ValidatorApi> => ({
      modules: ['express-validator'],
      path: [name],
      kind: 'call',
      info: { kind: 'checks', source },
    }),
  ),
  ...['validationResult', 'matchedData'].map(
    (name): ApiSpec<ValidatorApi> => ({
      modules: ['express-validator'],
      path: [name],
      kind: 'call',
      info: { kind: 'result' },
    }),
  ),
  ...[...VALIDATOR_FUNCTIONS].map(
    (name): ApiSpec<ValidatorApi> => ({
      modules: [...VALIDATOR_MODULES],
      path: [name],
      kind: 'call',
      info: { kind: 'validator' },
    }),
  ),
];

/**
 * Every call of a validation library's API in the file (express-validator
 * chains, valibot's `parse`, class-transformer), whatever the import style.
 */
export function findValidatorCalls(
  sourceCode: Readonly<TSESLint.SourceCode>,
): Map<Node, ValidatorApi> {
  const found = new Map<Node, ValidatorApi>();
  for (const { node, info } of findApiCalls(sourceCode, VALIDATOR_SPECS)) {
    found.set(node, info);
  }
  return found;
}

/** The library API a call is, if it is one. */
export function getValidatorApi(
  call: Node,
  names: ValidatorNames,
): ValidatorApi | undefined {
  return names.apiCalls?.get(call);
}

/** True when a name listed in an option (`check`, `Checker.run`) names the callee. */
export function matchesListedName(callee: Node, listed: readonly string[]): boolean {
  if (listed.length === 0) return false;
  const path = getCalleePath(skipTypeWrappers(callee));
  if (path === undefined) return false;
  const last = path.slice(path.lastIndexOf('.') + 1);
  return listed.some((name) => name === path || (!name.includes('.') && name === last));
}

// `a.b.c` for a chain of plain names, `undefined` for anything else.
function getCalleePath(node: Node, depth = 0): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'ThisExpression') return 'this';
  if (node.type !== 'MemberExpression' || node.computed || depth > 8) return undefined;
  const name = getPropertyName(node);
  const object = getCalleePath(skipTypeWrappers(node.object), depth + 1);
  return name === undefined || object === undefined ? undefined : `${object}.${name}`;
}

/** A call that checks its argument against a schema. */
export function isValidatorCall(
  call: TSESTree.CallExpression,
  names: ValidatorNames,
  scope: Scope,
): boolean {
  const callee = skipTypeWrappers(call.callee);

  if (getValidatorApi(call, names)?.kind === 'validator') return true;
  if (matchesListedName(callee, names.validators)) return true;
  if (isSignatureCheck(callee)) return true;

  if (callee.type === 'MemberExpression') {
    const method = getPropertyName(callee);
    if (method === undefined) return false;

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
  if (VALIDATOR_NAME.test(callee.name)) return true;

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
    if (matchesListedName(value, names.middleware)) return allSources('schema');
    return MIDDLEWARE_NAME.test(value.name) && !hasAuthWord(value.name)
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

  const api = getValidatorApi(root, names);
  if (api?.kind === 'checks') {
    if (api.source === 'cookie') return new Map();
    return api.source === 'all' ? allSources('checks') : new Map([[api.source, 'checks']]);
  }
  if (root !== call) return undefined;
  if (matchesListedName(call.callee, names.middleware)) return allSources('schema');

  const callee = skipTypeWrappers(call.callee);
  if (callee.type === 'Identifier') {
    const name = callee.name;
    if (name === 'celebrate') return allSources('schema');
    // Hono's `zValidator('json', schema)`, `validator('query', fn)`.
    if (/^[a-z]*Validator$|^validator$/u.test(name)) {
      return sourcesFromTarget(call.arguments[0], scope);
    }
    if (MIDDLEWARE_NAME.test(name)) return getNamedMiddleware(name, call, scope);
    return undefined;
  }

  if (callee.type !== 'MemberExpression') return undefined;
  // `OpenApiValidator.middleware(...)`, `validator.body(schema)`.
  const object = skipTypeWrappers(callee.object);
  const method = getPropertyName(callee) ?? '';
  if (object.type === 'Identifier' && /validat/iu.test(object.name)) {
    if (hasAuthWord(object.name) || hasAuthWord(method)) return undefined;
    const options = call.arguments[0];
    if (
      options &&
      options.type !== 'SpreadElement' &&
      isStaticFalse(lookupProperty(options, 'validateRequests', scope))
    ) {
      return undefined;
    }
    return sourcesFromNameOnly(method) ?? allSources('schema');
  }
  return MIDDLEWARE_NAME.test(method) ? getNamedMiddleware(method, call, scope) : undefined;
}

function isStaticFalse(found: ReturnType<typeof lookupProperty>): boolean {
  return (
    found.kind === 'known' &&
    found.value.type === 'Literal' &&
    found.value.value === false
  );
}

// `validateBody(CreateUser)`, `validate({ body: S })`: a name that says
// validation, given something that looks like a schema. `validateToken(opts)`
// and `validateRole('admin')` check who calls, not what is sent.
function getNamedMiddleware(
  name: string,
  call: TSESTree.CallExpression,
  scope: Scope,
): SourceValidation | undefined {
  if (hasAuthWord(name)) return undefined;
  const arg = call.arguments[0];
  if (!arg || arg.type === 'SpreadElement') return undefined;
  const keyed = sourcesFromKeys(arg, scope);
  if (keyed) return sourcesFromNameOnly(name) ?? keyed;
  if (!isSchemaLike(arg, scope)) return undefined;
  return sourcesFromName(name, 'schema');
}

// Words in a middleware name that make it an authentication or
// authorisation check rather than input validation.
const AUTH_WORDS = new Set([
  'token',
  'tokens',
  'jwt',
  'role',
  'roles',
  'key',
  'keys',
  'session',
  'auth',
  'authentication',
  'authorization',
  'authorized',
  'authenticated',
  'permission',
  'permissions',
  'scope',
  'scopes',
  'signature',
  'csrf',
  'captcha',
  'recaptcha',
  'access',
  'admin',
  'login',
  'credentials',
  'bearer',
  'oauth',
  'otp',
  'mfa',
  'origin',
  'ip',
  'hmac',
  'webhook',
  'cookie',
  'cookies',
  'owner',
  'ownership',
  'tenant',
  'license',
  'subscription',
  'user',
  'users',
]);

/** True when a name's words say it checks identity or rights. */
export function hasAuthWord(name: string): boolean {
  return splitWords(name).some((word) => AUTH_WORDS.has(word.toLowerCase()));
}

const SCHEMA_NAME = /(?:schema|dto|validator|validation|rules|contract|shape)$/iu;

// Modules whose builders make schemas: `z.object(...)`, `Joi.object(...)`.
const SCHEMA_MODULES = new Set([
  'zod',
  'joi',
  '@hapi/joi',
  'yup',
  'valibot',
  'superstruct',
  '@sinclair/typebox',
  'io-ts',
  'arktype',
  'runtypes',
  'effect',
  '@effect/schema',
  'celebrate',
]);
const SCHEMA_ROOTS = new Set(['z', 'Joi', 'joi', 'yup', 'Type', 'v', 'S', 't']);
const SCHEMA_SOURCE = /schema|dto|validat|contract/iu;
// `CreateUser`, `S`: a type-like name; `ADMIN_ROLE` is a constant.
const TYPE_LIKE = /^[A-Z](?![A-Z\d_]+$)/u;

/**
 * True when a middleware argument looks like a schema: a name ending in
 * `Schema`/`Dto`/`Validator`, a class, a schema builder call (`z.object(...)`,
 * `Joi.object(...)`, `Type.Object(...)`, `ajv.compile(...)`), or a
 * PascalCase name from elsewhere (`CreateUser`).
 */
export function isSchemaLike(node: Node, scope: Scope, depth = 0): boolean {
  if (depth > 4) return false;
  const bare = skipTypeWrappers(node);
  if (bare.type === 'MemberExpression') {
    const name = getPropertyName(bare);
    const object = skipTypeWrappers(bare.object);
    return (
      name !== undefined &&
      (SCHEMA_NAME.test(name) ||
        TYPE_LIKE.test(name) ||
        (object.type === 'Identifier' && SCHEMA_SOURCE.test(object.name)))
    );
  }
  if (bare.type === 'ClassExpression') return true;
  if (bare.type === 'CallExpression') return isSchemaBuilder(bare, scope);
  if (bare.type !== 'Identifier') return false;
  if (SCHEMA_NAME.test(bare.name)) return true;

  const variable = findVariable(scope, bare);
  const def = variable?.defs[0];
  if (!def) return TYPE_LIKE.test(bare.name);
  if (def.type === 'ClassName') return true;
  if (def.type === 'ImportBinding') {
    const declaration = def.parent;
    return (
      TYPE_LIKE.test(bare.name) ||
      (declaration.type === 'ImportDeclaration' &&
        SCHEMA_SOURCE.test(declaration.source.value))
    );
  }
  const value = resolveExpression(bare, scope);
  if (value === bare) return TYPE_LIKE.test(bare.name);
  return isSchemaLike(value, scope, depth + 1);
}

function isSchemaBuilder(call: TSESTree.CallExpression, scope: Scope): boolean {
  let current: Node = call;
  for (let steps = 0; steps < 20; steps++) {
    if (current.type === 'CallExpression') {
      const callee = skipTypeWrappers(current.callee);
      // ajv: `ajv.compile(schema)`, `ajv.getSchema('user')`.
      if (callee.type === 'MemberExpression') {
        const name = getPropertyName(callee);
        if (name === 'compile' || name === 'Compile' || name === 'getSchema') return true;
      }
      current = callee;
      continue;
    }
    if (current.type === 'MemberExpression') {
      current = skipTypeWrappers(current.object);
      continue;
    }
    break;
  }
  if (current.type !== 'Identifier') return false;
  if (SCHEMA_ROOTS.has(current.name)) return true;
  return isImportedFrom(current, scope, SCHEMA_MODULES) || isRequiredFrom(current, scope);
}

// `const Joi = require('joi')`, `const { z } = require('zod')`.
function isRequiredFrom(identifier: TSESTree.Identifier, scope: Scope): boolean {
  const def = findVariable(scope, identifier)?.defs[0];
  if (def?.type !== 'Variable' || !def.node.init) return false;
  const init = skipTypeWrappers(def.node.init);
  const call = init.type === 'MemberExpression' ? skipTypeWrappers(init.object) : init;
  if (
    call.type !== 'CallExpression' ||
    call.callee.type !== 'Identifier' ||
    call.callee.name !== 'require'
  ) {
    return false;
  }
  const moduleName = call.arguments[0];
  return (
    moduleName?.type === 'Literal' &&
    typeof moduleName.value === 'string' &&
    SCHEMA_MODULES.has(moduleName.value)
  );
}

// Webhook payloads are checked by their signature: Stripe's
// `stripe.webhooks.constructEvent(body, sig, secret)`, svix's
// `new Webhook(secret).verify(payload, headers)`, `verifySignature(...)`.
function isSignatureCheck(callee: Node): boolean {
  let name: string | undefined;
  if (callee.type === 'Identifier') name = callee.name;
  else if (callee.type === 'MemberExpression') {
    name = getPropertyName(callee);
    const object = skipTypeWrappers(callee.object);
    const objectName =
      object.type === 'Identifier'
        ? object.name
        : object.type === 'MemberExpression'
          ? getPropertyName(object)
          : object.type === 'NewExpression' && object.callee.type === 'Identifier'
            ? object.callee.name
            : undefined;
    if (
      (name === 'constructEvent' || name === 'constructEventAsync') &&
      objectName === 'webhooks'
    ) {
      return true;
    }
    if (name === 'verify' && objectName !== undefined && /^(?:wh|webhook)$|webhook/iu.test(objectName)) {
      return true;
    }
  }
  return name !== undefined && /^verify\w*Signature/iu.test(name);
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
): boolean {
  return findValidatorCall(node, names, scope) !== undefined;
}

/** The validator call the value read at `node` goes straight into, if any. */
export function findValidatorCall(
  node: Node,
  names: ValidatorNames,
  scope: Scope,
  depth = 0,
): TSESTree.CallExpression | undefined {
  let current: Node = node;
  for (let steps = 0; steps < 12; steps++) {
    const parent = current.parent;
    if (!parent) return undefined;

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
        if (parent.value !== current) return undefined;
        current = parent;
        continue;
      case 'ConditionalExpression':
        if (parent.test === current) return undefined;
        current = parent;
        continue;
      case 'MemberExpression':
        if (parent.object !== current) return undefined;
        current = parent;
        continue;
      case 'CallExpression':
        if (parent.callee === current) {
          current = parent;
          continue;
        }
        if (isValidatorCall(parent, names, scope)) return parent;
        if (!isPassThroughCall(parent)) return undefined;
        current = parent;
        continue;
      case 'VariableDeclarator':
        return depth < 3 && parent.init === current
          ? boundValuesFlowIntoValidator(parent.id, names, scope, depth)
          : undefined;
      default:
        return undefined;
    }
  }
  return undefined;
}

// Calls that hand their input on unchanged in shape before validation:
// `Object.fromEntries(searchParams)`, `JSON.parse(text)`,
// `structuredClone(req.body)`, `JSON.parse(JSON.stringify(req.body))`.
function isPassThroughCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === 'Identifier') return callee.name === 'structuredClone';
  if (callee.type !== 'MemberExpression') return false;
  const object = skipTypeWrappers(callee.object);
  const method = getPropertyName(callee);
  return (
    object.type === 'Identifier' &&
    ((object.name === 'Object' &&
      (method === 'fromEntries' || method === 'assign')) ||
      (object.name === 'JSON' && (method === 'parse' || method === 'stringify')))
  );
}

function boundValuesFlowIntoValidator(
  pattern: TSESTree.Node,
  names: ValidatorNames,
  scope: Scope,
  depth: number,
): TSESTree.CallExpression | undefined {
  const identifiers = getBoundIdentifiers(pattern);
  let found: TSESTree.CallExpression | undefined;
  for (const identifier of identifiers) {
    const variable = findVariable(scope, identifier);
    const first = variable?.references
      .filter((reference) => reference.identifier !== identifier)
      .sort((a, b) => a.identifier.range[0] - b.identifier.range[0])[0];
    const call = first && findValidatorCall(first.identifier, names, scope, depth + 1);
    if (!call) return undefined;
    found ??= call;
  }
  return found;
}

// Schemas that let unknown keys through: zod `.passthrough()`,
// `.catchall(...)`, `z.looseObject`, `z.record`, `z.any()`, `z.unknown()`;
// joi `.unknown()`; valibot `looseObject`, `record`, `any`, `unknown`.
const PERMISSIVE_METHODS = new Set([
  'passthrough',
  'catchall',
  'looseObject',
  'record',
  'any',
  'unknown',
  'objectWithRest',
  'looseInterface',
]);

/**
 * True when a validator call checks against a schema, written in the file,
 * that keeps keys it does not name.
 */
export function isPermissiveValidation(
  call: TSESTree.CallExpression,
  scope: Scope,
): boolean {
  const callee = skipTypeWrappers(call.callee);
  // `schema.parse(x)` or valibot's `v.parse(schema, x)`.
  const schema =
    callee.type === 'MemberExpression' && !isModuleNamespace(callee.object, scope)
      ? callee.object
      : call.arguments[0];
  if (!schema || schema.type === 'SpreadElement') return false;
  return isPermissiveSchema(schema, scope, 0);
}

function isModuleNamespace(node: Node, scope: Scope): boolean {
  const bare = skipTypeWrappers(node);
  return (
    bare.type === 'Identifier' &&
    (getImportedName(bare, scope, SCHEMA_MODULES) === '*' || bare.name === 'v')
  );
}

function isPermissiveSchema(node: Node, scope: Scope, depth: number): boolean {
  if (depth > 4) return false;
  let current = resolveExpression(node, scope);
  for (let steps = 0; steps < 20; steps++) {
    if (current.type === 'CallExpression') {
      const callee = skipTypeWrappers(current.callee);
      if (callee.type === 'MemberExpression') {
        const name = getPropertyName(callee);
        if (name !== undefined && PERMISSIVE_METHODS.has(name) && !isFalseArgument(current)) {
          return true;
        }
        // `Joi.object().unknown(false)` after a permissive step is strict again.
        if (name === 'strict' || name === 'strip' || name === 'strictObject') return false;
      } else if (callee.type === 'Identifier' && PERMISSIVE_METHODS.has(callee.name)) {
        return true;
      }
      current = callee;
      continue;
    }
    if (current.type === 'MemberExpression') {
      current = skipTypeWrappers(current.object);
      continue;
    }
    break;
  }
  return current.type === 'Identifier' && current !== node && depth < 4
    ? isPermissiveSchema(current, scope, depth + 1) && resolveExpression(current, scope) !== current
    : false;
}

function isFalseArgument(call: TSESTree.CallExpression): boolean {
  const first = call.arguments[0];
  return first?.type === 'Literal' && first.value === false;
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
