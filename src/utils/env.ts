import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable } from './eslint-utils';
import { getPropertyName, skipTypeWrappers } from './values';

type Scope = TSESLint.Scope.Scope;

/**
 * True for `process.env` (with `process` not declared in the file) and
 * `import.meta.env`, through `as` and `!` (`(import.meta as any).env`), and
 * for a `const env = process.env` alias of either.
 */
export function isEnvObject(node: TSESTree.Node, scope: Scope, followAlias = true): boolean {
  const object = skipTypeWrappers(node);
  if (object.type === 'Identifier' && followAlias) {
    const def = findVariable(scope, object)?.defs;
    const declarator = def?.length === 1 ? def[0]?.node : undefined;
    return (
      declarator?.type === 'VariableDeclarator' &&
      declarator.parent.type === 'VariableDeclaration' &&
      declarator.parent.kind === 'const' &&
      declarator.id.type === 'Identifier' &&
      declarator.init !== null &&
      isEnvObject(declarator.init, scope, false)
    );
  }
  if (object.type !== 'MemberExpression' || getPropertyName(object) !== 'env') {
    return false;
  }

  const owner = skipTypeWrappers(object.object);
  if (owner.type === 'MetaProperty') {
    return owner.meta.name === 'import' && owner.property.name === 'meta';
  }
  if (owner.type !== 'Identifier' || owner.name !== 'process') return false;
  return (findVariable(scope, owner)?.defs.length ?? 0) === 0;
}

/**
 * An environment read: `process.env.X`, `process.env['X']`,
 * `import.meta.env.X`. `name` is undefined when the key is computed.
 */
export function getEnvRead(
  node: TSESTree.Node,
  scope: Scope,
): { member: TSESTree.MemberExpression; name: string | undefined } | undefined {
  const read = skipTypeWrappers(node);
  if (read.type !== 'MemberExpression' || !isEnvObject(read.object, scope)) {
    return undefined;
  }
  return { member: read, name: getPropertyName(read, scope) };
}

/**
 * The object a destructuring pattern takes apart, in
 * `const { A } = source` and `({ A } = source)`.
 */
export function getDestructuredSource(
  pattern: TSESTree.ObjectPattern,
): TSESTree.Expression | undefined {
  const holder = pattern.parent;
  if (holder?.type === 'VariableDeclarator' && holder.id === pattern) {
    return holder.init ?? undefined;
  }
  if (holder?.type === 'AssignmentExpression' && holder.left === pattern) {
    return holder.right;
  }
  return undefined;
}
