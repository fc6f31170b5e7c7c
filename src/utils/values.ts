import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable, getStaticValue } from './eslint-utils';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

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
  /** True when the object is written to after its declaration. */
  mutated: boolean;
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
  mutated: false,
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
 * Follows an expression through type wrappers and bindings that are never
 * reassigned (`const`, or a `let`/`var` written only by its initialiser) to
 * the expression that defines it. Returns the input when it goes no further.
 */
export function resolveExpression(node: Node, scope: Scope, depth = 0): Node {
  const bare = skipTypeWrappers(node);
  if (bare.type !== 'Identifier' || depth > MAX_DEPTH) return bare;

  const init = getBindingInit(bare, scope);
  return init ? resolveExpression(init, scope, depth + 1) : bare;
}

function getBindingInit(node: TSESTree.Identifier, scope: Scope): Node | null {
  const variable = findVariable(scope, node);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable') return null;
  if (def.node.id.type !== 'Identifier' || !def.node.init) return null;
  if (def.parent.kind !== 'const' && !isWrittenOnlyByInit(variable)) return null;

  return def.node.init;
}

function isWrittenOnlyByInit(variable: Variable | null): boolean {
  const writes = variable?.references.filter((reference) => reference.isWrite());
  return writes?.length === 1 && writes[0]?.init === true;
}

/**
 * True when the expression, or a binding it is read through, is written to
 * after its declaration (`x.k = v`, `delete x.k`, `Object.assign(x, ...)`,
 * or `x = ...` again), so what it holds is not what its declaration says.
 */
export function isMutatedBinding(node: Node, scope: Scope): boolean {
  let current = skipTypeWrappers(node);
  for (let depth = 0; current.type === 'Identifier' && depth <= MAX_DEPTH; depth++) {
    const variable = findVariable(scope, current);
    if (!variable || variable.defs.length === 0) return false;
    if (getMutations(variable).length > 0) return true;
    if (variable.references.some((reference) => reference.isWrite() && !reference.init)) {
      return true;
    }

    const init = getBindingInit(current, scope);
    if (!init) return false;
    current = skipTypeWrappers(init);
  }
  return false;
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
  if (isObjectAssign(value)) return resolveAssign(value, scope, depth);
  if (value.type !== 'ObjectExpression') return undefined;

  const result: ResolvedObject = {
    node: value,
    properties: new Map(),
    complete: true,
    mutated: false,
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

  return applyMutations(result, value, scope);
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

/** `Object.assign(target, ...sources)`. */
function isObjectAssign(node: Node): node is TSESTree.CallExpression {
  return (
    node.type === 'CallExpression' &&
    node.callee.type === 'MemberExpression' &&
    node.callee.object.type === 'Identifier' &&
    node.callee.object.name === 'Object' &&
    getPropertyName(node.callee) === 'assign'
  );
}

/** The merge `Object.assign` returns: later sources win, as at run time. */
function resolveAssign(
  call: TSESTree.CallExpression,
  scope: Scope,
  depth: number,
): ResolvedObject | undefined {
  const [target] = call.arguments;
  if (!target || target.type === 'SpreadElement') return undefined;

  const result: ResolvedObject = {
    node: undefined,
    properties: new Map(),
    complete: true,
    mutated: false,
  };
  for (const argument of call.arguments) {
    const source =
      argument.type === 'SpreadElement'
        ? undefined
        : resolveObject(argument, scope, depth + 1);
    if (!source) {
      result.complete = false;
      continue;
    }
    for (const [key, prop] of source.properties) result.properties.set(key, prop);
    result.complete &&= source.complete;
    result.mutated ||= source.mutated;
  }
  return result;
}

/**
 * A write into a binding after its declaration: the object at `target` (a
 * property path from the binding, `undefined` for a key we cannot read) has
 * `keys` written (`undefined`: any key).
 */
interface Mutation {
  target: readonly (string | undefined)[];
  keys: readonly (string | undefined)[];
}

const mutationCache = new WeakMap<Variable, Mutation[]>();
const ownerCache = new WeakMap<TSESTree.ObjectExpression, Owner | null>();

interface Owner {
  variable: Variable;
  /** Where the object sits in the binding's value, e.g. `['signOptions']`. */
  path: readonly string[];
}

/**
 * Takes out of `result` what later writes may have changed: a written key is
 * no longer known, and an object that is written to is no longer complete.
 */
function applyMutations(
  result: ResolvedObject,
  object: TSESTree.ObjectExpression,
  scope: Scope,
): ResolvedObject | undefined {
  const owner = getOwner(object, scope);
  if (!owner) return result;

  const { path } = owner;
  for (const { target, keys } of getMutations(owner.variable)) {
    const shared = Math.min(target.length, path.length);
    if (!target.slice(0, shared).every((key, i) => key === undefined || key === path[i])) {
      continue;
    }

    if (target.length < path.length) {
      // An object above this one is written: this one may be replaced.
      const own = path[target.length];
      if (keys.some((key) => key === undefined || key === own)) return undefined;
      continue;
    }

    // This object, or one inside it, is written.
    const written = target.length === path.length ? keys : [target[path.length]];
    result.mutated = true;
    result.complete = false;
    if (written.includes(undefined)) {
      result.properties.clear();
      continue;
    }
    for (const key of written) if (key !== undefined) result.properties.delete(key);
  }
  return result;
}

/** The binding an object literal is declared in, and where in its value. */
function getOwner(object: TSESTree.ObjectExpression, scope: Scope): Owner | undefined {
  const cached = ownerCache.get(object);
  if (cached !== undefined) return cached ?? undefined;

  const path: string[] = [];
  let node: Node = object;
  let owner: Owner | null = null;
  for (;;) {
    const parent: Node | undefined = node.parent;
    if (!parent) break;
    if (isTypeWrapper(parent) && parent.expression === node) {
      node = parent;
      continue;
    }
    if (parent.type === 'Property' && parent.value === node) {
      const key = parent.parent.type === 'ObjectExpression' ? getPropertyName(parent) : undefined;
      if (key === undefined) break;
      path.unshift(key);
      node = parent.parent;
      continue;
    }
    if (
      parent.type === 'VariableDeclarator' &&
      parent.init === node &&
      parent.id.type === 'Identifier'
    ) {
      const variable = findVariable(getRootScope(scope), parent.id);
      if (variable) owner = { variable, path };
    }
    break;
  }
  ownerCache.set(object, owner);
  return owner ?? undefined;
}

function getRootScope(scope: Scope): Scope {
  let current = scope;
  while (current.upper) current = current.upper;
  return current;
}

function getMutations(variable: Variable): Mutation[] {
  const cached = mutationCache.get(variable);
  if (cached) return cached;

  // Set first, so an object assigned into itself does not recurse.
  const mutations: Mutation[] = [];
  mutationCache.set(variable, mutations);
  for (const reference of variable.references) {
    if (!reference.isRead()) continue;
    // Read keys and sources where the write is, not where the value is used.
    const mutation = getMutation(reference.identifier, reference.from);
    if (mutation) mutations.push(mutation);
  }
  return mutations;
}

/** Follows `x.a.b` up from a reference to `x`, to a write if it ends in one. */
function getMutation(identifier: Node, scope: Scope): Mutation | undefined {
  const target: (string | undefined)[] = [];
  let node: Node = identifier;
  for (;;) {
    let parent: Node | undefined = node.parent;
    while (parent && isTypeWrapper(parent) && parent.expression === node) {
      node = parent;
      parent = node.parent;
    }
    if (!parent) return undefined;

    if (parent.type === 'MemberExpression' && parent.object === node) {
      const key = getPropertyName(parent, scope);
      if (isWriteTarget(parent)) return { target, keys: [key] };
      target.push(key);
      node = parent;
      continue;
    }
    if (isObjectAssign(parent) && parent.arguments[0] === node) {
      return { target, keys: getAssignedKeys(parent, scope) };
    }
    return undefined;
  }
}

function isWriteTarget(member: TSESTree.MemberExpression): boolean {
  let node: Node = member;
  while (node.parent && isTypeWrapper(node.parent) && node.parent.expression === node) {
    node = node.parent;
  }
  const parent = node.parent;
  switch (parent?.type) {
    case 'AssignmentExpression':
    case 'AssignmentPattern':
      return parent.left === node;
    case 'UpdateExpression':
      return true;
    case 'UnaryExpression':
      return parent.operator === 'delete';
    case 'ForInStatement':
    case 'ForOfStatement':
      return parent.left === node;
    case 'ArrayPattern':
    case 'RestElement':
      return true;
    case 'Property':
      return parent.value === node && parent.parent.type === 'ObjectPattern';
    default:
      return false;
  }
}

/** The keys `Object.assign(x, ...sources)` may write into `x`. */
function getAssignedKeys(
  call: TSESTree.CallExpression,
  scope: Scope,
): (string | undefined)[] {
  const keys: (string | undefined)[] = [];
  for (const source of call.arguments.slice(1)) {
    const resolved =
      source.type === 'SpreadElement' ? undefined : resolveObject(source, scope, 1);
    if (!resolved?.complete) keys.push(undefined);
    if (resolved) keys.push(...resolved.properties.keys());
  }
  return keys;
}

function isTypeWrapper(
  node: Node,
): node is
  | TSESTree.TSAsExpression
  | TSESTree.TSSatisfiesExpression
  | TSESTree.TSNonNullExpression
  | TSESTree.TSTypeAssertion {
  return (
    node.type === 'TSAsExpression' ||
    node.type === 'TSSatisfiesExpression' ||
    node.type === 'TSNonNullExpression' ||
    node.type === 'TSTypeAssertion'
  );
}
