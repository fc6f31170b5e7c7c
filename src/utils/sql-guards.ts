import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, skipTypeWrappers } from './values';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;

/** `Number.isInteger(x)` and its kin prove `x` a number. */
const NUMBER_CHECKS = new Set(['isInteger', 'isSafeInteger', 'isFinite']);
/**
 * An anchored pattern of word characters only: `^[a-z_]+$`, `^\w+$`,
 * `^[A-Za-z0-9_.]{1,30}$`. No quote, space, dash or semicolon gets through.
 */
const SAFE_PATTERN = /^\^(?:\[(?:[a-zA-Z0-9_.]|\\[wd]|[a-zA-Z0-9]-[a-zA-Z0-9])+\]|\\[wd])(?:[+*]|\{\d+(?:,\d*)?\})?\$$/u;

/**
 * Type annotations that admit only values harmless in SQL text: numbers,
 * booleans, bigints and literal unions (`'ASC' | 'DESC'`).
 */
export function isSafeType(node: TSESTree.TypeNode): boolean {
  switch (node.type) {
    case 'TSNumberKeyword':
    case 'TSBooleanKeyword':
    case 'TSBigIntKeyword':
    case 'TSNullKeyword':
    case 'TSUndefinedKeyword':
      return true;
    case 'TSLiteralType':
      return node.literal.type === 'Literal' || node.literal.type === 'UnaryExpression';
    case 'TSUnionType':
      return node.types.every(isSafeType);
    default:
      return false;
  }
}

/** A parameter declared with a safe type: `(order: 'ASC' | 'DESC' = 'ASC')`. */
export function isSafelyTypedParameter(variable: Variable): boolean {
  if (variable.defs.length !== 1) return false;
  const def = variable.defs[0];
  if (def?.type !== 'Parameter') return false;
  const name = def.name;
  if (name.type !== 'Identifier' || !name.typeAnnotation) return false;
  return isSafeType(name.typeAnnotation.typeAnnotation);
}

/**
 * A value checked against an allowlist before it is used: the use sits
 * after `if (!ALLOWED.includes(x)) throw ...` (or `return`, `continue`) in
 * an enclosing block, or inside `if (ALLOWED.includes(x)) { ... }`.
 * `isAllowlist` tells a constant list or set (`SORTABLE`, `new Set([...])`).
 */
export function isGuardedValue(node: Node, isAllowlist: (list: Node) => boolean): boolean {
  let child: Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (current.type === 'IfStatement' && current.consequent === child) {
      if (checks(current.test, node, isAllowlist)) return true;
    }
    if (current.type === 'BlockStatement' || current.type === 'Program') {
      const index = (current.body as Node[]).indexOf(child);
      for (const statement of current.body.slice(0, Math.max(index, 0))) {
        if (statement.type !== 'IfStatement' || !exits(statement.consequent)) continue;
        if (refutes(statement.test, node, isAllowlist)) return true;
      }
    }
  }
  return false;
}

/** The test holds only when the value passed the check. */
function checks(test: Node, value: Node, isAllowlist: (list: Node) => boolean): boolean {
  const bare = skipTypeWrappers(test);
  if (bare.type === 'LogicalExpression' && bare.operator === '&&') {
    return checks(bare.left, value, isAllowlist) || checks(bare.right, value, isAllowlist);
  }
  if (bare.type === 'BinaryExpression' && bare.operator === '===') return isTypeofNumber(bare, value);
  if (bare.type !== 'CallExpression') return false;

  const callee = skipTypeWrappers(bare.callee);
  const argument = bare.arguments[0];
  if (callee.type !== 'MemberExpression' || !argument || !isSameValue(argument, value)) {
    return false;
  }
  const method = getPropertyName(callee);
  const object = skipTypeWrappers(callee.object);
  if (method === 'includes' || method === 'has') return isAllowlist(object);
  if (method === 'test') {
    return object.type === 'Literal' && 'regex' in object && SAFE_PATTERN.test(object.regex.pattern);
  }
  return (
    object.type === 'Identifier' &&
    object.name === 'Number' &&
    method !== undefined &&
    NUMBER_CHECKS.has(method)
  );
}

/** The test holds when the value failed the check: `!ALLOWED.includes(x)`. */
function refutes(test: Node, value: Node, isAllowlist: (list: Node) => boolean): boolean {
  const bare = skipTypeWrappers(test);
  if (bare.type === 'LogicalExpression' && bare.operator === '||') {
    return refutes(bare.left, value, isAllowlist) || refutes(bare.right, value, isAllowlist);
  }
  if (bare.type === 'UnaryExpression' && bare.operator === '!') {
    return checks(bare.argument, value, isAllowlist);
  }
  return bare.type === 'BinaryExpression' && bare.operator === '!==' && isTypeofNumber(bare, value);
}

/** `typeof x === 'number'` (either side). */
function isTypeofNumber(node: TSESTree.BinaryExpression, value: Node): boolean {
  const [unary, literal] =
    node.left.type === 'UnaryExpression' ? [node.left, node.right] : [node.right, node.left];
  return (
    unary.type === 'UnaryExpression' &&
    unary.operator === 'typeof' &&
    isSameValue(unary.argument, value) &&
    literal.type === 'Literal' &&
    (literal.value === 'number' || literal.value === 'bigint' || literal.value === 'boolean')
  );
}

/** A block that always leaves: `throw`, `return`, `continue`, `break`. */
function exits(node: Node): boolean {
  if (node.type === 'BlockStatement') {
    const last = node.body.at(-1);
    return last !== undefined && exits(last);
  }
  return (
    node.type === 'ThrowStatement' ||
    node.type === 'ReturnStatement' ||
    node.type === 'ContinueStatement' ||
    node.type === 'BreakStatement'
  );
}

/** The same name, or the same chain of plain properties (`req.query.dir`). */
function isSameValue(left: Node, right: Node): boolean {
  const a = skipTypeWrappers(left);
  const b = skipTypeWrappers(right);
  if (a.type === 'Identifier' && b.type === 'Identifier') return a.name === b.name;
  if (a.type === 'MemberExpression' && b.type === 'MemberExpression') {
    if (a.computed || b.computed) return false;
    return getPropertyName(a) === getPropertyName(b) && isSameValue(a.object, b.object);
  }
  return false;
}
