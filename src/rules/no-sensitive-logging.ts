import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../utils/create-rule';
import { findVariable } from '../utils/eslint-utils';
import { createLogCallFinder, type Redaction } from '../utils/loggers';
import { isPathRedacted } from '../utils/redact-paths';
import { getHeaderName } from '../utils/request-headers';
import { getSensitiveKind, splitWords, type SensitiveKind } from '../utils/sensitive-names';
import { getPropertyName, resolveExpression, skipTypeWrappers } from '../utils/values';

export type Options = [];
export type MessageIds = 'secretLogged' | 'requestLogged';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

/**
 * Signatures and digests are left out: a webhook signature travels in the
 * open, and a hash is what should be logged instead of the secret.
 */
const LOGGED_KINDS: Partial<Record<SensitiveKind, string>> = {
  password: 'password',
  secret: 'secret',
  token: 'token',
  apiKey: 'API key',
  privateKey: 'private key',
  otp: 'one-time code',
  sessionId: 'session id',
  credential: 'credential',
  authorization: 'authorization header',
};

const COOKIE_NAMES = new Set(['cookie', 'cookies', 'set-cookie']);
const COOKIE_JARS = new Set(['cookies', 'signedCookies']);

/** Short names of a password field in a request body: `req.body.pass`. */
const PASSWORD_FIELDS = new Set(['pass', 'passwd']);

/** Words of a name for a connection string, which carries its password. */
const CONNECTION_WORDS = new Set([
  'database', 'db', 'postgres', 'postgresql', 'pg', 'mysql', 'mongo', 'mongodb',
  'redis', 'amqp', 'rabbitmq', 'connection',
]);
const URL_WORDS = new Set(['url', 'uri', 'dsn', 'string']);

/** Calls whose result shows the secret no more than its input does. */
const STRINGIFIERS = new Set(['stringify', 'inspect', 'String', 'format']);

/** Calls that hide or shorten a secret before it is logged. */
const MASKING_WORDS = new Set([
  'mask', 'redact', 'hash', 'truncate', 'sanitize', 'censor', 'obfuscate',
  'hide', 'scrub', 'slice', 'substring', 'substr', 'fingerprint', 'last4',
  'replace', 'digest', 'sha1', 'sha256', 'sha512', 'md5', 'hmac', 'keys',
]);

/**
 * Last words of a property that is a public attribute of a secret-named
 * object: `apiKey.id`, `token.expiresAt`, `secret.arn`, `credentials.type`.
 */
const PUBLIC_ATTRIBUTES = new Set([
  'id', 'ids', 'uid', 'name', 'type', 'kind', 'arn', 'prefix', 'suffix', 'last4',
  'scope', 'scopes', 'length', 'count', 'size', 'status', 'version', 'at',
  'date', 'time', 'expiry', 'expiration', 'exp', 'iat', 'sub', 'iss', 'aud',
  'provider', 'family', 'label', 'region', 'hint', 'owner', 'revoked',
]);

/** Last words of a value that counts tokens (LLM usage) rather than holding one. */
const COUNT_WORDS = new Set(['tokens', 'count', 'total', 'length', 'size', 'usage']);

const MAX_DEPTH = 6;

type Leak =
  | { type: 'secret'; what: string }
  | { type: 'body' }
  | { type: 'headers' };

export default createRule<Options, MessageIds>({
  name: 'no-sensitive-logging',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow passing passwords, tokens, secrets and whole requests to loggers',
      recommended: 'recommended',
    },
    messages: {
      secretLogged:
        'This {{what}} is written to the log, where anyone who reads the logs or their backups can reuse it. Log an id or a masked value instead, or redact the field in the logger.',
      requestLogged:
        'This logs the whole request {{part}}, which can carry passwords, tokens or cookies. Log the fields you need, or redact the secret ones in the logger.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const findLogCall = createLogCallFinder(sourceCode);

    /** What secret an expression holds, by its name or as a part of a request. */
    function getLeak(node: Node, scope: Scope, depth = 0): Leak | undefined {
      const expression = unwrap(node);
      if (depth > MAX_DEPTH) return undefined;

      switch (expression.type) {
        case 'Identifier': {
          const what = getLoggedKind(expression.name);
          if (what && !isTokenCount(expression.name, expression, undefined, scope)) {
            return { type: 'secret', what };
          }
          const resolved = resolveExpression(expression, scope);
          return resolved === expression ? undefined : getLeak(resolved, scope, depth + 1);
        }
        case 'MemberExpression':
          return getMemberLeak(expression, scope);
        case 'CallExpression': {
          const header = getHeaderName(expression, scope);
          return header === undefined ? undefined : getHeaderLeak(header);
        }
        default:
          return undefined;
      }
    }

    function getMemberLeak(node: TSESTree.MemberExpression, scope: Scope): Leak | undefined {
      const header = getHeaderName(node, scope);
      if (header !== undefined) return getHeaderLeak(header);

      const name = getPropertyName(node, scope);
      const object = unwrap(node.object);
      // `req.cookies.session`, `req.cookies['connect.sid']`: any cookie value.
      if (isCookies(object)) return { type: 'secret', what: 'cookie' };
      if (name === undefined) return undefined;
      const what = getLoggedKind(name);
      if (what) return { type: 'secret', what };
      if (name === 'env' && object.type === 'Identifier' && object.name === 'process') {
        return { type: 'secret', what: 'whole environment' };
      }
      if (PASSWORD_FIELDS.has(name) && isRequestPart(object, 'body')) {
        return { type: 'secret', what: 'password' };
      }

      if (name === 'body' && isRequest(object, false)) return { type: 'body' };
      if ((name === 'headers' || name === 'header') && isRequest(object, true)) {
        return { type: 'headers' };
      }
      if (COOKIE_JARS.has(name) && isRequest(object, false)) return { type: 'secret', what: 'cookie' };
      return undefined;
    }

    /** Reports every leak in one logged value; `path` is its place in pino's merge object. */
    function checkValue(
      node: Node,
      path: string[] | undefined,
      redaction: Redaction,
      scope: Scope,
      depth = 0,
    ): void {
      if (depth > MAX_DEPTH) return;
      const expression = unwrap(node);

      switch (expression.type) {
        case 'ObjectExpression':
          checkObject(expression, path, redaction, scope, depth);
          return;
        case 'TemplateLiteral':
          for (const part of expression.expressions) {
            checkValue(part, undefined, redaction, scope, depth + 1);
          }
          return;
        case 'BinaryExpression':
          if (expression.operator !== '+') return;
          checkValue(expression.left, undefined, redaction, scope, depth + 1);
          checkValue(expression.right, undefined, redaction, scope, depth + 1);
          return;
        case 'CallExpression': {
          const inner = getStringifiedArgument(expression);
          if (inner) {
            checkValue(inner, undefined, redaction, scope, depth + 1);
            return;
          }
          break;
        }
        default:
          break;
      }

      const leak = getLeak(expression, scope);
      if (leak && !isRedacted(leak, path, redaction)) report(expression, leak);
    }

    function checkObject(
      object: TSESTree.ObjectExpression,
      path: string[] | undefined,
      redaction: Redaction,
      scope: Scope,
      depth: number,
    ): void {
      for (const member of object.properties) {
        if (member.type === 'SpreadElement') {
          const leak = getLeak(member.argument, scope);
          if (leak && !isRedacted(toWhole(leak), path, redaction)) report(member, leak);
          continue;
        }
        if (member.kind !== 'init' || member.method) continue;
        const key = getPropertyName(member, scope);
        // `{ usage: { tokens } }`, `{ tokens: usage.total_tokens }`: a count.
        if (key !== undefined && isTokenCount(key, member.value, object, scope)) continue;
        if (key === undefined) {
          // `{ [field]: token }`: only a redaction we cannot match could hide it.
          const leak = getLeak(member.value, scope);
          if (leak && redaction.kind === 'none') report(member, leak);
          continue;
        }
        const inner = path ? [...path, key] : undefined;
        const value = member.value;

        const bare = unwrap(value);
        if (bare.type === 'ObjectExpression') {
          checkObject(bare, inner, redaction, scope, depth + 1);
          continue;
        }

        const what = getKeyKind(key);
        if (what) {
          const leak: Leak = { type: 'secret', what };
          if (!isHarmless(value, scope) && !isRedacted(leak, inner, redaction)) {
            report(member, leak);
          }
          continue;
        }

        if (bare.type === 'TemplateLiteral' || bare.type === 'BinaryExpression') {
          checkValue(bare, undefined, redaction, scope, depth + 1);
          continue;
        }
        const leak = getLeak(bare, scope);
        if (leak && !isRedacted(leak, inner, redaction)) report(member, leak);
      }
    }

    function report(node: Node, leak: Leak): void {
      if (leak.type === 'secret') {
        context.report({ node, messageId: 'secretLogged', data: { what: leak.what } });
        return;
      }
      context.report({
        node,
        messageId: 'requestLogged',
        data: { part: leak.type === 'body' ? 'body' : 'headers' },
      });
    }

    return {
      CallExpression(node) {
        if (node.arguments.length === 0) return;
        const log = findLogCall(node);
        if (!log) return;
        const scope = sourceCode.getScope(node);

        node.arguments.forEach((argument, index) => {
          if (argument.type === 'SpreadElement') return;
          // Pino redacts only the object it merges into the log line.
          const path = log.library === 'pino' && index === 0 ? [] : undefined;
          checkValue(argument, path, log.redaction, scope);
        });
      },
    };
  },
});

function getLoggedKind(name: string): string | undefined {
  const kind = getSensitiveKind(name);
  if (kind !== undefined) return LOGGED_KINDS[kind];
  // `DATABASE_URL`, `mongoUri`, `redisConnectionString`: user:password@host.
  const words = splitWords(name);
  const last = words.at(-1);
  return last !== undefined &&
    URL_WORDS.has(last) &&
    words.some((word) => CONNECTION_WORDS.has(word))
    ? 'connection string'
    : undefined;
}

/** `req.cookies`, `req.signedCookies`, `ctx.request.cookies`. */
function isCookies(node: Node): boolean {
  return (
    node.type === 'MemberExpression' &&
    !node.computed &&
    node.property.type === 'Identifier' &&
    COOKIE_JARS.has(node.property.name) &&
    isRequest(unwrap(node.object), false)
  );
}

function isRequestPart(node: Node, part: string): boolean {
  return (
    node.type === 'MemberExpression' &&
    !node.computed &&
    node.property.type === 'Identifier' &&
    node.property.name === part &&
    isRequest(unwrap(node.object), false)
  );
}

function getKeyKind(key: string): string | undefined {
  return getLoggedKind(key) ?? (COOKIE_NAMES.has(key.toLowerCase()) ? 'cookie' : undefined);
}

function getHeaderLeak(header: string): Leak | undefined {
  if (COOKIE_NAMES.has(header)) return { type: 'secret', what: 'cookie' };
  const what = getLoggedKind(header);
  return what ? { type: 'secret', what } : undefined;
}

/**
 * `req`, `request`, `ctx.request`, `c.req`; Koa's `ctx` too for headers
 * (its `ctx.body` is the response).
 */
function isRequest(node: Node, headers: boolean): boolean {
  let name: string | undefined;
  if (node.type === 'Identifier') name = node.name;
  else if (
    node.type === 'MemberExpression' &&
    !node.computed &&
    node.property.type === 'Identifier'
  ) {
    name = node.property.name;
  }
  if (name === undefined) return false;
  if (headers && name === 'ctx') return true;
  const last = splitWords(name).at(-1);
  return last === 'req' || last === 'request';
}

/** The secret inside `JSON.stringify(x)`, `util.inspect(x)`, `String(x)`. */
function getStringifiedArgument(call: TSESTree.CallExpression): Node | undefined {
  const callee = unwrap(call.callee);
  const name =
    callee.type === 'Identifier'
      ? callee.name
      : callee.type === 'MemberExpression'
        ? getPropertyName(callee)
        : undefined;
  const [first] = call.arguments;
  if (name === undefined || !STRINGIFIERS.has(name) || !first) return undefined;
  return first.type === 'SpreadElement' ? undefined : first;
}

/**
 * Values under a secret's name that show nothing of it: literals, flags
 * (`!!token`, `typeof`), comparisons, lengths, masked or shortened values.
 */
function isHarmless(node: Node, scope: Scope): boolean {
  const value = unwrap(node);
  switch (value.type) {
    case 'Literal':
    case 'UnaryExpression':
      return true;
    case 'TemplateLiteral':
      // `${token.slice(0, 4)}…`: every part is masked or a literal.
      return value.expressions.every((part) => isHarmless(part, scope));
    case 'BinaryExpression':
      return (
        value.operator !== '+' ||
        (isHarmless(value.left, scope) && isHarmless(value.right, scope))
      );
    case 'ConditionalExpression':
      return isHarmless(value.consequent, scope) && isHarmless(value.alternate, scope);
    case 'Identifier':
      return value.name === 'undefined' && !findVariable(scope, value)?.defs.length;
    case 'MemberExpression': {
      const name = getPropertyName(value);
      const last = name === undefined ? undefined : splitWords(name).at(-1);
      return last !== undefined && PUBLIC_ATTRIBUTES.has(last) && getSensitiveKind(name ?? '') === undefined;
    }
    case 'CallExpression': {
      const callee = unwrap(value.callee);
      // `'*'.repeat(8)`: built from a literal alone.
      if (callee.type === 'MemberExpression' && unwrap(callee.object).type === 'Literal') {
        return true;
      }
      const name =
        callee.type === 'Identifier'
          ? callee.name
          : callee.type === 'MemberExpression'
            ? getPropertyName(callee)
            : undefined;
      return (
        name !== undefined &&
        (splitWords(name).some((word) => MASKING_WORDS.has(word)) || name === 'Boolean')
      );
    }
    default:
      return false;
  }
}

/**
 * Plural `tokens` is a count of LLM tokens when its value is a number, a
 * member named as a count (`usage.total_tokens`, `completionTokens`) or it
 * sits under `usage`. `{ tokens }` from an OAuth client stays a secret.
 */
function isTokenCount(
  name: string,
  value: Node,
  owner: TSESTree.ObjectExpression | undefined,
  scope: Scope,
): boolean {
  if (splitWords(name).at(-1) !== 'tokens') return false;
  const parent = owner?.parent;
  if (parent?.type === 'Property') {
    const key = getPropertyName(parent);
    if (key !== undefined && splitWords(key).includes('usage')) return true;
  }
  const resolved = resolveExpression(unwrap(value), scope);
  if (resolved.type === 'Literal') return typeof resolved.value === 'number';
  if (resolved.type !== 'MemberExpression') return false;
  const property = getPropertyName(resolved);
  const last = property === undefined ? undefined : splitWords(property).at(-1);
  return last !== undefined && COUNT_WORDS.has(last);
}

function isRedacted(leak: Leak, path: string[] | undefined, redaction: Redaction): boolean {
  if (!path) return false;
  if (redaction.kind === 'unknown') return true;
  if (redaction.kind === 'none') return false;

  const covers = (logged: string[]): boolean =>
    redaction.paths.some((redact) => isPathRedacted(redact, logged));
  if (covers(path)) return true;
  if (leak.type === 'secret') return false;
  if (covers([...path, '*'])) return true;
  return (
    leak.type === 'headers' &&
    covers([...path, 'authorization']) &&
    covers([...path, 'cookie'])
  );
}

/** A spread puts the keys of a secret-holding object at the same level. */
function toWhole(leak: Leak): Leak {
  return leak.type === 'secret' ? { type: 'body' } : leak;
}

function unwrap(node: Node): Node {
  let bare = skipTypeWrappers(node);
  while (bare.type === 'ChainExpression') bare = skipTypeWrappers(bare.expression);
  if (bare.type === 'AwaitExpression') return unwrap(bare.argument);
  return bare;
}
