import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable } from './eslint-utils';
import { getPropertyName, skipTypeWrappers } from './values';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

/** zod types whose values are harmless in SQL text. */
const SAFE_ZOD_TYPES = new Set(['enum', 'nativeEnum', 'literal', 'number', 'boolean', 'bigint']);
/** Methods that change what a zod schema lets through. */
const CHANGING_METHODS = new Set(['transform', 'or', 'and', 'pipe', 'catch', 'preprocess', 'array']);

/**
 * True when `node` reads a field of data a zod schema in this file has
 * parsed, and that field's schema admits only enum members, literals,
 * numbers or booleans: `const q = Query.parse(req.query); q.sort`,
 * `const { limit } = Query.parse(...)`, `Query.safeParse(...).data.sort`.
 */
export function isSafeSchemaField(node: Node, scope: Scope): boolean {
  const bare = skipTypeWrappers(node);
  if (bare.type === 'MemberExpression' && !bare.computed) {
    const field = getPropertyName(bare);
    const parsed = getParseCall(bare.object, scope);
    return field !== undefined && parsed !== undefined && isSafeField(parsed, field, scope);
  }
  if (bare.type !== 'Identifier') return false;
  // `const { limit } = Query.parse(req.query)`
  const def = findVariable(scope, bare)?.defs[0];
  if (def?.type !== 'Variable' || def.parent.kind !== 'const' || !def.node.init) return false;
  const pattern = def.node.id;
  if (pattern.type !== 'ObjectPattern') return false;
  const property = pattern.properties.find(
    (item) => item.type === 'Property' && item.value === def.name,
  );
  if (property?.type !== 'Property' || property.computed) return false;
  const field = property.key.type === 'Identifier' ? property.key.name : undefined;
  const parsed = getParseCall(def.node.init, scope);
  return field !== undefined && parsed !== undefined && isSafeField(parsed, field, scope);
}

/** The schema behind `Query.parse(x)`, `q` bound to it, or `r.data` of `safeParse`. */
function getParseCall(node: Node, scope: Scope): Node | undefined {
  let bare = skipTypeWrappers(node);
  if (bare.type === 'AwaitExpression') bare = skipTypeWrappers(bare.argument);
  let safe = false;
  if (bare.type === 'MemberExpression' && getPropertyName(bare) === 'data') {
    bare = skipTypeWrappers(bare.object);
    safe = true;
  }
  if (bare.type === 'Identifier') {
    const def = findVariable(scope, bare)?.defs[0];
    if (def?.type !== 'Variable' || def.parent.kind !== 'const' || !def.node.init) return undefined;
    if (def.node.id.type !== 'Identifier') return undefined;
    bare = skipTypeWrappers(def.node.init);
    if (bare.type === 'AwaitExpression') bare = skipTypeWrappers(bare.argument);
  }
  if (bare.type !== 'CallExpression' || bare.callee.type !== 'MemberExpression') return undefined;
  const method = getPropertyName(bare.callee);
  const parses = safe
    ? method === 'safeParse' || method === 'safeParseAsync'
    : method === 'parse' || method === 'parseAsync';
  return parses ? bare.callee.object : undefined;
}

function isSafeField(schema: Node, field: string, scope: Scope): boolean {
  const object = resolveSchema(schema, scope);
  if (object?.type !== 'CallExpression') return false;
  const shape = object.arguments[0];
  if (shape?.type !== 'ObjectExpression') return false;
  const property = shape.properties.find(
    (item) => item.type === 'Property' && !item.computed && getKeyName(item.key) === field,
  );
  return property?.type === 'Property' && isSafeZodType(property.value);
}

/** `z.object({...})`, through a `const` and `.strict()`-like methods. */
function resolveSchema(node: Node, scope: Scope): Node | undefined {
  let bare = skipTypeWrappers(node);
  if (bare.type === 'Identifier') {
    const def = findVariable(scope, bare)?.defs[0];
    if (def?.type !== 'Variable' || def.parent.kind !== 'const' || !def.node.init) return undefined;
    bare = skipTypeWrappers(def.node.init);
  }
  while (bare.type === 'CallExpression' && bare.callee.type === 'MemberExpression') {
    const method = getPropertyName(bare.callee);
    if (method === 'object') return bare;
    if (method === undefined || CHANGING_METHODS.has(method)) return undefined;
    bare = skipTypeWrappers(bare.callee.object);
  }
  return undefined;
}

/** `z.enum([...])`, `z.coerce.number().int().max(100)`, `z.literal('a').default('a')`. */
function isSafeZodType(node: Node): boolean {
  let bare = skipTypeWrappers(node);
  while (bare.type === 'CallExpression' && bare.callee.type === 'MemberExpression') {
    const method = getPropertyName(bare.callee);
    if (method === undefined || CHANGING_METHODS.has(method)) return false;
    const object = skipTypeWrappers(bare.callee.object);
    const base = object.type === 'MemberExpression' && getPropertyName(object) === 'coerce'
      ? skipTypeWrappers(object.object)
      : object;
    if (base.type === 'Identifier' && base.name === 'z') return SAFE_ZOD_TYPES.has(method);
    bare = object;
  }
  return false;
}

function getKeyName(key: Node): string | undefined {
  if (key.type === 'Identifier') return key.name;
  return key.type === 'Literal' && typeof key.value === 'string' ? key.value : undefined;
}
