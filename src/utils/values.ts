import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable, getStaticValue } from './eslint-utils';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

export interface ResolvedProperty {
  /** The property as written, for reports and fixes. */
  property: TSESTree.Property;
  /** Its value with TypeScript wrappers and `const` aliases removed. */
  value: Node;
}

/** An object whose properties are statically known, spreads merged. */
export interface ResolvedObject {
  /** The object literal the options were written in (the outermost one). */
  node: TSESTree.ObjectExpression | undefined;
  properties: Map<string, ResolvedProperty>;
  /** False when a spread or computed key could add properties we cannot see. */
  complete: boolean;
}

/** known: the property is there; absent: it provably is not; unknown. */
export type PropertyLookup =
  | { kind: 'known'; property: TSESTree.Property | undefined; value: Node }
  | { kind: 'absent' }
  | { kind: 'unknown' };

const MAX_DEPTH = 12;

const EMPTY: ResolvedObject = {
  node: undefined,
  properties: new Map(),
  complete: true,
};

/** Strips `as`, `satisfies`, `!` and `<T>x`, which do not change a value. */
export function skipTypeWrappers(node: Node): Node {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSTypeAssertion'
  ) {
    current = current.expression;
  }
  return current;
}

/**
 * Follows an expression through type wrappers and `const` bindings to the
 * expression that defines it. Returns the input when it goes no further.
 */
export function resolveExpression(node: Node, scope: Scope, depth = 0): Node {
  const bare = skipTypeWrappers(node);
  if (bare.type !== 'Identifier' || depth > MAX_DEPTH) return bare;

  const init = getConstInit(bare, scope);
  return init ? resolveExpression(init, scope, depth + 1) : bare;
}

function getConstInit(node: TSESTree.Identifier, scope: Scope): Node | null {
  const variable = findVariable(scope, node);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable') return null;
  if (def.parent.kind !== 'const') return null;
  if (def.node.id.type !== 'Identifier' || !def.node.init) return null;

  return def.node.init;
}

/**
 * Resolves an options argument to its properties. `undefined` (no argument),
 * `undefined` and `null` are empty objects. Returns `undefined` when the
 * value cannot be seen (a parameter, a call result, a `let`).
 */
export function resolveObject(
  node: Node | undefined,
  scope: Scope,
  depth = 0,
): ResolvedObject | undefined {
  if (!node) return EMPTY;
  if (depth > MAX_DEPTH) return undefined;

  const value = unwrapFreeze(resolveExpression(node, scope));
  if (value.type === 'Literal' && value.value === null) return EMPTY;
  if (value.type === 'Identifier' && value.name === 'undefined') {
    return isShadowed(value, scope) ? undefined : EMPTY;
  }
  if (value.type !== 'ObjectExpression') return undefined;

  const result: ResolvedObject = {
    node: value,
    properties: new Map(),
    complete: true,
  };
  for (const member of value.properties) {
    if (member.type === 'SpreadElement') {
      const spread = resolveObject(member.argument, scope, depth + 1);
      if (!spread) {
        result.complete = false;
        continue;
      }
      for (const [key, prop] of spread.properties) {
        result.properties.set(key, prop);
      }
      result.complete &&= spread.complete;
      continue;
    }

    const key = getPropertyName(member, scope);
    if (key === undefined) {
      result.complete = false;
      continue;
    }
    result.properties.set(key, {
      property: member,
      value: resolveExpression(member.value, scope),
    });
  }

  return result;
}

/** Looks up a property, or a dotted path of nested properties. */
export function lookupProperty(
  node: Node | undefined,
  path: string | readonly string[],
  scope: Scope,
): PropertyLookup {
  const keys = typeof path === 'string' ? [path] : path;
  let current: Node | undefined = node;
  let found: PropertyLookup = { kind: 'unknown' };

  for (const key of keys) {
    const object = resolveObject(current, scope);
    if (!object) return { kind: 'unknown' };

    const prop = object.properties.get(key);
    if (!prop) return { kind: object.complete ? 'absent' : 'unknown' };

    found = { kind: 'known', property: prop.property, value: prop.value };
    current = prop.value;
  }

  return found;
}

/** The static name of a property key, or `undefined` when not knowable. */
export function getPropertyName(
  property: TSESTree.Property | TSESTree.MemberExpression,
  scope?: Scope,
): string | undefined {
  const key = property.type === 'Property' ? property.key : property.property;
  if (!property.computed) {
    if (key.type === 'Identifier') return key.name;
    if (key.type === 'Literal') return String(key.value);
    return undefined;
  }
  if (key.type === 'PrivateIdentifier') return undefined;

  const value = getStaticValue(key, scope);
  if (!value) return undefined;
  return typeof value.value === 'string' || typeof value.value === 'number'
    ? String(value.value)
    : undefined;
}

/** The string a node evaluates to, following constants, or `undefined`. */
export function getStringValue(node: Node, scope: Scope): string | undefined {
  const value = getStaticValue(skipTypeWrappers(node), scope);
  return typeof value?.value === 'string' ? value.value : undefined;
}

/** True for `true`, written or through a constant. */
export function isStaticTrue(node: Node, scope: Scope): boolean {
  return getStaticValue(skipTypeWrappers(node), scope)?.value === true;
}

function unwrapFreeze(node: Node): Node {
  if (
    node.type === 'CallExpression' &&
    node.callee.type === 'MemberExpression' &&
    node.callee.object.type === 'Identifier' &&
    node.callee.object.name === 'Object' &&
    getPropertyName(node.callee) === 'freeze' &&
    node.arguments[0] &&
    node.arguments[0].type !== 'SpreadElement'
  ) {
    return skipTypeWrappers(node.arguments[0]);
  }
  return node;
}

function isShadowed(node: TSESTree.Identifier, scope: Scope): boolean {
  const variable = findVariable(scope, node);
  return variable !== null && variable.defs.length > 0;
}
