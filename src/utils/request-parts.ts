import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getHeaderName } from './request-headers';
import { getPropertyName, resolveExpression, skipTypeWrappers } from './values';

type Scope = TSESLint.Scope.Scope;

/**
 * Where on a request a value sits. `body`, `query`, `params` and `headers`
 * are written by the client on every request; `cookies` are written by the
 * client too but hold what the server set; `session` is server state.
 */
export type RequestPart = 'body' | 'query' | 'params' | 'headers' | 'cookies' | 'session';

const PARTS: Record<string, RequestPart> = {
  body: 'body',
  query: 'query',
  params: 'params',
  headers: 'headers',
  header: 'headers',
  cookies: 'cookies',
  signedCookies: 'cookies',
  session: 'session',
};

/** `req`, `request`, `ctx.request`, Hono's `c.req`. */
const REQUEST_NAMES = new Set(['req', 'request']);
const MAX_DEPTH = 8;

/**
 * The part of an HTTP request an expression reads: `req.body.token` is
 * `body`, `req.session.csrfToken` is `session`, `req.get('x-api-key')` is
 * `headers`, also through a `const`.
 */
export function getRequestPart(node: TSESTree.Node, scope: Scope): RequestPart | undefined {
  let current = resolveExpression(unwrap(node), scope);
  if (getHeaderName(current, scope) !== undefined && isRequestCall(current, scope)) {
    return 'headers';
  }
  for (let step = 0; step < MAX_DEPTH; step += 1) {
    if (current.type === 'CallExpression') {
      const callee = unwrap(current.callee);
      if (callee.type !== 'MemberExpression') return undefined;
      current = unwrap(callee.object);
      continue;
    }
    if (current.type !== 'MemberExpression') return undefined;
    const object = unwrap(current.object);
    const name = getPropertyName(current, scope);
    if (name !== undefined && Object.hasOwn(PARTS, name) && isRequest(object, scope)) {
      return PARTS[name];
    }
    current = object;
  }
  return undefined;
}

/** `req.get(...)`, `ctx.get(...)`, `c.req.header(...)`, not `config.get(...)`. */
function isRequestCall(node: TSESTree.Node, scope: Scope): boolean {
  if (node.type !== 'CallExpression') return true;
  const callee = unwrap(node.callee);
  if (callee.type !== 'MemberExpression') return false;
  const object = unwrap(callee.object);
  return isRequest(object, scope) || (object.type === 'Identifier' && object.name === 'ctx');
}

function isRequest(node: TSESTree.Node, scope: Scope): boolean {
  if (node.type === 'Identifier') return REQUEST_NAMES.has(node.name);
  if (node.type !== 'MemberExpression') return false;
  const name = getPropertyName(node, scope);
  return name === 'request' || name === 'req';
}

function unwrap(node: TSESTree.Node): TSESTree.Node {
  let bare = skipTypeWrappers(node);
  while (bare.type === 'ChainExpression') bare = skipTypeWrappers(bare.expression);
  return bare;
}
