import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable } from './eslint-utils';
import {
  allSources,
  getMiddlewareValidation,
  getImportedName,
  getValidatorApi,
  mergeValidation,
  type RequestSource,
  type SourceValidation,
  type ValidatorNames,
} from './request-validation';
import { getPropertyName, getStringValue, skipTypeWrappers } from './values';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;
type FunctionLike =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

/** One place a handler reads a part of the request. */
export interface SourceRead {
  source: RequestSource;
  /**
   * The expression that reads it (`req.body`, `c.req.json()`), the name a
   * destructured parameter is used by, or a NestJS parameter decorator.
   */
  node: Node;
  /** True when only one field is read (`req.body.name`, `@Body('name')`). */
  field: boolean;
  /** NestJS: the parameter is a DTO class or has a pipe. */
  validated?: boolean;
  /** NestJS: where the decorated parameter is used. */
  uses?: TSESTree.Identifier[];
}

export interface HandlerReads {
  reads: SourceRead[];
  /** Validation the handler asks for through the request object itself. */
  validated: SourceValidation;
}

type Framework = 'express' | 'fastify' | 'koa' | 'hono' | 'nest' | 'next';

const PLAIN_KEYS: Record<string, RequestSource | undefined> = {
  body: 'body',
  query: 'query',
  params: 'params',
  headers: 'headers',
};

const KOA_KEYS: Record<string, RequestSource | undefined> = {
  query: 'query',
  params: 'params',
  headers: 'headers',
  header: 'headers',
};

const HONO_METHODS: Record<string, RequestSource | undefined> = {
  json: 'body',
  parseBody: 'body',
  formData: 'body',
  text: 'body',
  arrayBuffer: 'body',
  blob: 'body',
  query: 'query',
  queries: 'query',
  param: 'params',
  header: 'headers',
};

const FETCH_METHODS: Record<string, RequestSource | undefined> = {
  json: 'body',
  formData: 'body',
  text: 'body',
};


/** Every read of a request source inside a handler. */
export function getRequestReads(
  handler: FunctionLike,
  framework: Framework,
  names: ValidatorNames,
  scope: Scope,
): HandlerReads {
  const reads: SourceRead[] = [];
  let validated: SourceValidation = new Map();
  const request = handler.params[0];
  if (!request) return { reads, validated };

  const koa = framework === 'koa';
  const plainKeys = koa ? KOA_KEYS : PLAIN_KEYS;

  if (request.type === 'ObjectPattern') {
    readsFromPattern(request, plainKeys, scope, reads);
    // Koa `async ({ request }) => request.body`, Hono `({ req }) => req.json()`.
    readsFromObjects(request, framework, scope, reads);
  } else if (request.type === 'Identifier') {
    const variable = findVariable(scope, request);
    for (const reference of variable?.references ?? []) {
      const identifier = reference.identifier;
      if (identifier === request || identifier.type !== 'Identifier') continue;
      const parent = identifier.parent;

      // `validationResult(req)`, `matchedData(req)`, `chain.run(req)`.
      if (parent.type === 'CallExpression' && parent.arguments.includes(identifier)) {
        const found = getRequestValidation(parent, names, scope);
        if (found) validated = mergeValidation(validated, found);
        continue;
      }
      // `const { body } = req`.
      if (parent.type === 'VariableDeclarator' && parent.init === identifier) {
        if (parent.id.type === 'ObjectPattern') {
          readsFromPattern(parent.id, plainKeys, scope, reads);
          readsFromObjects(parent.id, framework, scope, reads);
        }
        continue;
      }
      if (parent.type !== 'MemberExpression' || parent.object !== identifier) continue;

      const read = getMemberRead(parent, framework, plainKeys);
      if (read && !isAssigned(read.node)) reads.push(read);
    }
  }

  // Next.js App Router: `export async function GET(request, { params })`.
  const context = handler.params[1];
  if (framework === 'next' && context?.type === 'ObjectPattern') {
    readsFromPattern(context, { params: 'params' }, scope, reads);
  } else if (framework === 'next' && context?.type === 'Identifier') {
    for (const reference of findVariable(scope, context)?.references ?? []) {
      const parent = reference.identifier.parent;
      if (
        parent?.type === 'MemberExpression' &&
        parent.object === reference.identifier &&
        getPropertyName(parent) === 'params'
      ) {
        reads.push(makeRead('params', getOuter(parent)));
      }
    }
  }

  reads.sort((a, b) => a.node.range[0] - b.node.range[0]);
  return { reads, validated };
}

function getRequestValidation(
  call: TSESTree.CallExpression,
  names: ValidatorNames,
  scope: Scope,
): SourceValidation | undefined {
  if (getValidatorApi(call, names)?.kind === 'result') return allSources('checks');
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === 'MemberExpression' && getPropertyName(callee) === 'run') {
    return getMiddlewareValidation(callee.object, names, scope);
  }
  return undefined;
}

function getMemberRead(
  member: TSESTree.MemberExpression,
  framework: Framework,
  plainKeys: Record<string, RequestSource | undefined>,
): SourceRead | undefined {
  const name = getPropertyName(member);
  if (name === undefined) return undefined;
  const outer = getOuter(member);

  const plain = lookupKey(plainKeys, name);
  if (plain) return makeRead(plain, outer);

  // Express `req.get('x')`, `req.header('x')`; Koa `ctx.get('x')`.
  if ((name === 'get' || name === 'header') && isCallee(outer)) {
    return { source: 'headers', node: outer.parent, field: true };
  }

  // Koa: `ctx.request.body`, `ctx.request.query`.
  if (name === 'request' && framework !== 'next') {
    const inner = getChildMember(outer);
    const key = inner && getPropertyName(inner);
    const source =
      key === 'body' ? 'body' : key ? lookupKey(KOA_KEYS, key) : undefined;
    return inner && source ? makeRead(source, getOuter(inner)) : undefined;
  }

  // Hono: `c.req.json()`, `c.req.query('q')`.
  if (name === 'req') return getHonoRead(outer);

  if (framework !== 'next') return undefined;

  // App Router: `request.json()`, `request.nextUrl.searchParams`,
  // `new URL(request.url).searchParams`.
  const fetchSource = lookupKey(FETCH_METHODS, name);
  if (fetchSource && isCallee(outer)) {
    return { source: fetchSource, node: outer.parent, field: false };
  }
  if (name === 'nextUrl') {
    const inner = getChildMember(outer);
    if (!inner) return hasSearchParamsPattern(outer.parent) ? makeRead('query', outer) : undefined;
    return getPropertyName(inner) === 'searchParams'
      ? makeRead('query', getOuter(inner))
      : undefined;
  }
  if (name === 'url') return getSearchParamsRead(outer);
  return undefined;
}

// `c.req.json()`, `c.req.query('q')`, `c.req.raw.json()`; `req` is the
// `c.req` member or a name destructured from `c`.
function getHonoRead(req: Node): SourceRead | undefined {
  let inner = getChildMember(req);
  let key = inner && getPropertyName(inner);
  // `c.req.raw` is the fetch `Request`.
  if (inner && key === 'raw') {
    inner = getChildMember(getOuter(inner));
    key = inner && getPropertyName(inner);
    if (!key || !lookupKey(FETCH_METHODS, key)) return undefined;
  }
  const source = key ? lookupKey(HONO_METHODS, key) : undefined;
  const innerOuter = inner && getOuter(inner);
  if (!source || !innerOuter || !isCallee(innerOuter)) return undefined;
  const call = innerOuter.parent;
  return { source, node: call, field: source !== 'body' && call.arguments.length > 0 };
}

// `const { searchParams } = req.nextUrl`.
function hasSearchParamsPattern(node: Node | undefined): boolean {
  return (
    node?.type === 'VariableDeclarator' &&
    node.id.type === 'ObjectPattern' &&
    node.id.properties.some(
      (property) => property.type === 'Property' && getPropertyName(property) === 'searchParams',
    )
  );
}

// Request objects taken out by destructuring: Koa's `{ request }` and Hono's
// `{ req }`. Their reads are those of `ctx.request` and `c.req`.
function readsFromObjects(
  pattern: TSESTree.ObjectPattern,
  framework: Framework,
  scope: Scope,
  reads: SourceRead[],
): void {
  for (const property of pattern.properties) {
    if (property.type !== 'Property' || property.value.type !== 'Identifier') continue;
    const key = getPropertyName(property, scope);
    const hono = key === 'req' && framework !== 'express' && framework !== 'next';
    const koa = key === 'request' && framework !== 'next';
    if (!hono && !koa) continue;
    const variable = findVariable(scope, property.value);
    for (const reference of variable?.references ?? []) {
      if (reference.identifier === property.value) continue;
      if (hono) {
        const read = getHonoRead(reference.identifier);
        if (read) reads.push(read);
        continue;
      }
      const inner = getChildMember(reference.identifier);
      const name = inner && getPropertyName(inner);
      const source = name === 'body' ? 'body' : name ? lookupKey(KOA_KEYS, name) : undefined;
      if (inner && source && !isAssigned(getOuter(inner))) reads.push(makeRead(source, getOuter(inner)));
    }
  }
}

function getSearchParamsRead(url: Node): SourceRead | undefined {
  const construct = url.parent;
  if (
    construct?.type !== 'NewExpression' ||
    construct.callee.type !== 'Identifier' ||
    construct.callee.name !== 'URL' ||
    construct.arguments[0] !== url
  ) {
    return undefined;
  }

  const parent = construct.parent;
  if (parent.type === 'MemberExpression' && parent.object === construct) {
    return getPropertyName(parent) === 'searchParams'
      ? makeRead('query', getOuter(parent))
      : undefined;
  }
  if (parent.type === 'VariableDeclarator' && parent.id.type === 'ObjectPattern') {
    const hasSearchParams = parent.id.properties.some(
      (property) => property.type === 'Property' && getPropertyName(property) === 'searchParams',
    );
    return hasSearchParams ? { source: 'query', node: construct, field: false } : undefined;
  }
  return undefined;
}

function lookupKey(
  table: Record<string, RequestSource | undefined>,
  key: string,
): RequestSource | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function makeRead(source: RequestSource, node: Node): SourceRead {
  const parent = node.parent;
  const field = parent?.type === 'MemberExpression' && parent.object === node;
  return { source, node, field };
}

function readsFromPattern(
  pattern: TSESTree.ObjectPattern,
  keys: Record<string, RequestSource | undefined>,
  scope: Scope,
  reads: SourceRead[],
): void {
  for (const property of pattern.properties) {
    if (property.type !== 'Property') continue;
    const key = getPropertyName(property, scope);
    const source = key === undefined ? undefined : lookupKey(keys, key);
    if (!source) continue;

    const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
    if (value.type !== 'Identifier') {
      reads.push({ source, node: property, field: true });
      continue;
    }
    const variable = findVariable(scope, value);
    for (const reference of variable?.references ?? []) {
      if (reference.identifier === value || !reference.isRead()) continue;
      reads.push(makeRead(source, getOuter(reference.identifier)));
    }
  }
}

// `req?.body` wraps the member in a ChainExpression; `req.body!` in a TS node.
function getOuter(node: Node): Node {
  let current = node;
  while (
    current.parent?.type === 'ChainExpression' ||
    current.parent?.type === 'TSNonNullExpression'
  ) {
    current = current.parent;
  }
  return current;
}

// `req.body = parsed` replaces the source rather than reading it.
function isAssigned(node: Node): boolean {
  const parent = node.parent;
  return parent?.type === 'AssignmentExpression' && parent.left === node;
}

function getChildMember(node: Node): TSESTree.MemberExpression | undefined {
  const parent = node.parent;
  return parent?.type === 'MemberExpression' && parent.object === node ? parent : undefined;
}

function isCallee(node: Node): node is Node & { parent: TSESTree.CallExpression } {
  const parent = node.parent;
  return parent?.type === 'CallExpression' && parent.callee === node;
}

const NEST_DECORATORS: Record<string, RequestSource | undefined> = {
  Body: 'body',
  Query: 'query',
  Param: 'params',
  Headers: 'headers',
};

const NEST_MODULES = new Set(['@nestjs/common']);

// Types ValidationPipe cannot turn into a class to validate.
const UNVALIDATED_TYPES = new Set([
  'Record',
  'Object',
  'Partial',
  'Pick',
  'Omit',
  'Required',
  'Readonly',
  'Map',
  'Array',
  'Promise',
  'String',
  'Number',
  'Boolean',
  'Function',
]);

/** The decorated request parameters of a NestJS controller method. */
export function getNestReads(method: TSESTree.FunctionExpression, scope: Scope): SourceRead[] {
  const reads: SourceRead[] = [];
  for (const param of method.params) {
    const target = param.type === 'AssignmentPattern' ? param.left : param;
    if (target.type !== 'Identifier' || !target.decorators) continue;

    for (const decorator of target.decorators) {
      const call = decorator.expression;
      if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier') continue;
      const name = getImportedName(call.callee, scope, NEST_MODULES);
      const source = name ? lookupKey(NEST_DECORATORS, name) : undefined;
      if (!source) continue;

      const field = call.arguments[0] !== undefined && isStringArgument(call.arguments[0], scope);
      const hasPipe = call.arguments.some((arg) => !isStringArgument(arg, scope));
      const variable = findVariable(scope, target);
      reads.push({
        source,
        node: decorator,
        field,
        validated: hasPipe || isDtoType(target.typeAnnotation?.typeAnnotation, scope),
        uses: (variable?.references ?? [])
          .map((reference) => reference.identifier)
          .filter(
            (identifier): identifier is TSESTree.Identifier =>
              identifier !== target && identifier.type === 'Identifier',
          ),
      });
    }
  }
  return reads;
}

function isStringArgument(node: TSESTree.CallExpressionArgument, scope: Scope): boolean {
  return node.type !== 'SpreadElement' && getStringValue(node, scope) !== undefined;
}

// A class type (a DTO) is what `ValidationPipe` validates. Interfaces and
// type aliases vanish at run time, so the pipe has nothing to check against.
function isDtoType(type: TSESTree.TypeNode | undefined, scope: Scope): boolean {
  if (type?.type !== 'TSTypeReference') return false;
  const name = type.typeName;
  if (name.type !== 'Identifier') return name.type === 'TSQualifiedName';
  if (UNVALIDATED_TYPES.has(name.name)) return false;

  const variable = findVariable(scope, name);
  const def = variable?.defs[0];
  if (!def) return true;
  return def.type !== 'Type';
}
