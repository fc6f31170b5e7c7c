import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getDestructuredSource, getEnvRead, isEnvObject } from './env';
import { getPropertyName } from './values';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

/** A string written in the code: a literal, a plain template, or `'a' + 'b'`. */
export type StringNode = TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression;

/** Where a string flows: the name it is bound to, and the env read it backs up. */
export interface Binding {
  name: string | undefined;
  /** The name judged for secrecy: `pass` next to `user` is a password. */
  kindName: string | undefined;
  /** `process.env.X || '...'` or `{ X = '...' } = process.env`. */
  fallback?: {
    envName: string | undefined;
    /** Only the first two can lose their fallback without rewriting the code. */
    node:
      | TSESTree.LogicalExpression
      | TSESTree.AssignmentPattern
      | TSESTree.ConditionalExpression
      | TSESTree.CallExpression;
  };
  /** The JSX attribute holding the string, which needs braces around code. */
  inJsx: boolean;
}

/** Not a key, a module name or a type: a string that is a value at run time. */
export function isValuePosition(node: TSESTree.Literal): boolean {
  const parent = node.parent;
  switch (parent.type) {
    case 'Property':
    case 'PropertyDefinition':
    case 'TSAbstractPropertyDefinition':
      return parent.value === node;
    case 'MethodDefinition':
    case 'TSPropertySignature':
      return false;
    case 'TSEnumMember':
      return parent.initializer === node;
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
    case 'TSLiteralType':
    case 'TSExternalModuleReference':
    case 'TSImportType':
    case 'TSModuleDeclaration':
    case 'ImportAttribute':
      return false;
    default:
      return true;
  }
}

export function isPlus(node: Node | undefined): node is TSESTree.BinaryExpression {
  return node?.type === 'BinaryExpression' && node.operator === '+';
}

export function isStaticString(node: Node): node is TSESTree.Literal | TSESTree.TemplateLiteral {
  return (
    (node.type === 'Literal' && typeof node.value === 'string') ||
    (node.type === 'TemplateLiteral' && node.expressions.length === 0)
  );
}

export function getStaticText(node: TSESTree.Literal | TSESTree.TemplateLiteral): string {
  return node.type === 'Literal' ? String(node.value) : (node.quasis[0]?.value.cooked ?? '');
}

/** The operands of `a + (b + c) + d`, in order, without recursion. */
export function getSumParts(node: TSESTree.BinaryExpression): Node[] {
  const parts: Node[] = [];
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current) break;
    if (isPlus(current)) stack.push(current.right, current.left);
    else parts.push(current);
  }
  return parts;
}

/** `'-----BEGIN…' + 'MIIE…' + …`: the joined string, when every part is one. */
export function getStaticSum(node: TSESTree.BinaryExpression): string | undefined {
  const parts = getSumParts(node);
  const strings = parts.filter(isStaticString);
  return strings.length === parts.length ? strings.map(getStaticText).join('') : undefined;
}

/** The argument of `encoder.encode(x)`, `Buffer.from(x)` or `createSecretKey(x)`: the key inside. */
export function getWrappedKey(node: Node): Node | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const arg = node.arguments[0];
  if (!arg || arg.type === 'SpreadElement') return undefined;

  const callee = node.callee;
  if (callee.type === 'Identifier' && callee.name === 'createSecretKey') return arg;
  if (callee.type !== 'MemberExpression') return undefined;

  const method = getPropertyName(callee);
  const object = callee.object;
  if (method === 'from' && object.type === 'Identifier' && object.name === 'Buffer') return arg;
  if (method === 'createSecretKey') return arg;
  if (
    method === 'encode' &&
    object.type === 'NewExpression' &&
    object.callee.type === 'Identifier' &&
    object.callee.name === 'TextEncoder'
  ) {
    return arg;
  }
  return undefined;
}

/**
 * Walks up from a string to the name it is bound to: a variable, property,
 * class field, default value, assignment target or JSX attribute, through
 * `as`, `||`/`??` fallbacks, ternaries, arrays and key wrappers.
 */
export function getBinding(node: StringNode, scope: Scope): Binding {
  let child: Node = node;
  let parent: Node | undefined = node.parent;
  let fallback: Binding['fallback'];

  for (let step = 0; parent && step < 8; step++) {
    if (parent.type === 'ConditionalExpression' && parent.alternate === child && !fallback) {
      const env = getEnvRead(parent.consequent, scope);
      if (env) fallback = { envName: env.name, node: parent };
    }
    const configName = getConfigDefault(parent, child);
    if (configName !== undefined && parent.type === 'CallExpression') {
      fallback ??= { envName: configName, node: parent };
      child = parent;
      parent = parent.parent;
      continue;
    }
    if (
      parent.type === 'TSAsExpression' ||
      parent.type === 'TSSatisfiesExpression' ||
      parent.type === 'TSNonNullExpression' ||
      parent.type === 'TSTypeAssertion' ||
      parent.type === 'ArrayExpression' ||
      parent.type === 'JSXExpressionContainer' ||
      (parent.type === 'ConditionalExpression' && parent.test !== child) ||
      (parent.type === 'CallExpression' && getWrappedKey(parent) === child)
    ) {
      child = parent;
      parent = parent.parent;
      continue;
    }
    if (parent.type === 'LogicalExpression' && parent.right === child && parent.operator !== '&&') {
      const envName = getReadName(parent.left, scope);
      if (envName && !fallback) fallback = { envName: envName.name, node: parent };
      child = parent;
      parent = parent.parent;
      continue;
    }
    break;
  }

  const name = parent ? getBoundName(parent, child) : undefined;
  const kindName =
    name === 'pass' && parent?.type === 'Property' && hasUserSibling(parent.parent)
      ? 'password'
      : name;
  if (parent?.type === 'AssignmentPattern' && parent.right === child) {
    const envName = getEnvDestructuringKey(parent, scope);
    if (envName !== undefined) fallback = { envName, node: parent };
  }
  return { name, kindName, fallback, inJsx: parent?.type === 'JSXAttribute' };
}

/**
 * The variable read on the left of a fallback: `process.env.X`, the last of
 * `process.env.A || process.env.B`, or NestJS's `config.get('X')`.
 */
function getReadName(node: Node, scope: Scope): { name: string | undefined } | undefined {
  const read = node.type === 'LogicalExpression' && node.operator !== '&&' ? node.right : node;
  const env = getEnvRead(read, scope);
  if (env) return { name: env.name };
  const config = getConfigRead(read);
  return config === undefined ? undefined : { name: config };
}

/** `configService.get<string>('JWT_SECRET')`, `this.config.get('X')`: the key read. */
function getConfigRead(node: Node): string | undefined {
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return undefined;
  if (getPropertyName(node.callee) !== 'get') return undefined;
  const owner = node.callee.object;
  const ownerName =
    owner.type === 'Identifier' ? owner.name : owner.type === 'MemberExpression' ? getPropertyName(owner) : undefined;
  if (ownerName === undefined || !/config/iu.test(ownerName)) return undefined;
  const key = node.arguments[0];
  return key?.type === 'Literal' && typeof key.value === 'string' ? key.value : undefined;
}

/** `configService.get('JWT_SECRET', 'dev-secret')`: the default is the second argument. */
function getConfigDefault(parent: Node, child: Node): string | undefined {
  if (parent.type !== 'CallExpression' || parent.arguments[1] !== child) return undefined;
  return getConfigRead(parent);
}

function getBoundName(parent: Node, child: Node): string | undefined {
  switch (parent.type) {
    case 'VariableDeclarator':
      return parent.init === child && parent.id.type === 'Identifier' ? parent.id.name : undefined;
    case 'Property':
      if (parent.value !== child || parent.parent.type !== 'ObjectExpression') return undefined;
      return getPropertyName(parent);
    case 'PropertyDefinition':
      return parent.value === child &&
        !parent.computed &&
        (parent.key.type === 'Identifier' || parent.key.type === 'PrivateIdentifier')
        ? parent.key.name
        : undefined;
    case 'AssignmentPattern':
      return parent.right === child && parent.left.type === 'Identifier' ? parent.left.name : undefined;
    case 'AssignmentExpression': {
      if (parent.right !== child) return undefined;
      const left = parent.left;
      if (left.type === 'Identifier') return left.name;
      return left.type === 'MemberExpression' ? getPropertyName(left) : undefined;
    }
    case 'JSXAttribute':
      return parent.name.type === 'JSXIdentifier' ? parent.name.name : undefined;
    default:
      return undefined;
  }
}

/** nodemailer and basic-auth options: `auth: { user, pass }`. */
function hasUserSibling(object: TSESTree.Node): boolean {
  if (object.type !== 'ObjectExpression') return false;
  return object.properties.some(
    (property) => property.type === 'Property' && ['user', 'username'].includes(getPropertyName(property) ?? ''),
  );
}

/** `const { JWT_SECRET = '…' } = process.env`: `JWT_SECRET`. */
function getEnvDestructuringKey(pattern: TSESTree.AssignmentPattern, scope: Scope): string | undefined {
  const property = pattern.parent;
  if (property.type !== 'Property' || property.value !== pattern) return undefined;
  if (property.parent.type !== 'ObjectPattern') return undefined;

  const source = getDestructuredSource(property.parent);
  return source && isEnvObject(source, scope) ? getPropertyName(property) : undefined;
}
