import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, getStringValue, skipTypeWrappers } from './values';

type Scope = TSESLint.Scope.Scope;

/** Methods that read one header by name, across Express, Koa, Hono and fetch. */
const HEADER_GETTERS = new Set(['get', 'header', 'getHeader']);

/**
 * The lower-case name of the header an expression reads, or `undefined`:
 * `req.get('x-api-key')`, `req.header('Authorization')`, `ctx.get(...)`,
 * `request.headers.get(...)`, `c.req.header(...)`, `req.headers['cookie']`,
 * `req.headers.authorization`, `ctx.request.headers.authorization`.
 *
 * A getter call counts whatever its object is: `config.get('apiKey')` reads a
 * secret as surely as `req.get('x-api-key')` does.
 */
export function getHeaderName(
  node: TSESTree.Node,
  scope: Scope,
): string | undefined {
  const expression = unwrap(node);

  if (expression.type === 'CallExpression') {
    const callee = unwrap(expression.callee);
    if (callee.type !== 'MemberExpression') return undefined;
    const method = getPropertyName(callee, scope);
    const [first] = expression.arguments;
    if (!method || !HEADER_GETTERS.has(method) || !first) return undefined;
    if (first.type === 'SpreadElement') return undefined;
    return getStringValue(first, scope)?.toLowerCase();
  }

  if (expression.type !== 'MemberExpression') return undefined;
  if (!isHeadersObject(unwrap(expression.object), scope)) return undefined;
  return getPropertyName(expression, scope)?.toLowerCase();
}

/** `headers`, `req.headers`, `ctx.request.header` (Koa's alias). */
function isHeadersObject(node: TSESTree.Node, scope: Scope): boolean {
  if (node.type === 'Identifier') return node.name === 'headers';
  if (node.type !== 'MemberExpression') return false;
  const name = getPropertyName(node, scope);
  return name === 'headers' || name === 'header';
}

function unwrap(node: TSESTree.Node): TSESTree.Node {
  let bare = skipTypeWrappers(node);
  while (bare.type === 'ChainExpression') bare = skipTypeWrappers(bare.expression);
  return bare;
}
