import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../utils/create-rule';
import { findVariable, getStaticValue } from '../utils/eslint-utils';
import { createImportPlanner } from '../utils/node-imports';
import { findApiCalls, withNodePrefix, type ApiSpec } from '../utils/references';
import { getHeaderName } from '../utils/request-headers';
import { getRequestPart, type RequestPart } from '../utils/request-parts';
import {
  getSensitiveKind,
  splitWords,
  type SensitiveKind,
} from '../utils/sensitive-names';
import { isTestFile } from '../utils/test-files';
import { getPropertyName, resolveExpression, skipTypeWrappers } from '../utils/values';

export type Options = [{ ignoreTestFiles?: boolean }];
export type MessageIds = 'timingUnsafeCompare' | 'useTimingSafeEqual';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;
/**
 * `plainHash`: the digest of an unkeyed hash of nothing secret. Checksums,
 * `integrity` values and `Sec-WebSocket-Accept` are such digests of public
 * data; one is a secret only next to a secret-named value or auth header.
 */
type Found = SensitiveKind | 'plainHash';

/**
 * Kinds whose values an attacker guesses by timing. Passwords compared in
 * plain text are a storage problem (`no-plaintext-credential-storage`), and
 * a confirmation field checked against its twin is not an oracle.
 */
const COMPARED_KINDS: Partial<Record<SensitiveKind, string>> = {
  secret: 'secret',
  token: 'token',
  apiKey: 'API key',
  privateKey: 'private key',
  signature: 'signature',
  digest: 'digest',
  authorization: 'credential',
};

/** Parts of a request the client writes: two of them hide nothing from it. */
const CLIENT_PARTS = new Set<RequestPart | undefined>(['body', 'query', 'params', 'headers']);

/** Header words that name a webhook signature: `X-Shopify-Hmac-Sha256`. */
const SIGNATURE_HEADER_WORDS = new Set(['hmac', 'signature', 'sig']);

/** Names of values that are compared in the open by design. */
const PUBLIC_DIGEST_WORDS = new Set(['checksum', 'etag', 'integrity']);

const PASS_THROUGH_METHODS = new Set(['toString', 'trim', 'toLowerCase', 'toUpperCase']);
const EQUALITY = new Set(['===', '!==', '==', '!=']);
const MAX_DEPTH = 6;

const HASH_APIS: ApiSpec<'createHmac' | 'createHash'>[] = [
  { modules: withNodePrefix('crypto'), path: ['createHmac'], kind: 'call', info: 'createHmac' },
  { modules: withNodePrefix('crypto'), path: ['createHash'], kind: 'call', info: 'createHash' },
];

export default createRule<Options, MessageIds>({
  name: 'no-timing-unsafe-compare',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow comparing secrets, tokens and signatures in non-constant time',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      timingUnsafeCompare:
        '{{operator}} compares this {{what}} in time that depends on how many leading bytes match, so an attacker can guess it byte by byte. Use `crypto.timingSafeEqual` after checking that the lengths match.',
      useTimingSafeEqual:
        'Compare with `timingSafeEqual` after a length check.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          ignoreTestFiles: {
            type: 'boolean',
            description:
              'Skip test files: `*.test.*`, `*.spec.*` and files under `__tests__`, `__mocks__`, `__fixtures__`, `test`, `tests` and `fixtures` directories.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ignoreTestFiles: true }],
  },
  create(context, [options]) {
    const { sourceCode } = context;
    // A test compares fixtures it wrote itself; no attacker times it.
    if (options.ignoreTestFiles !== false && isTestFile(context.filename, context.cwd)) {
      return {};
    }
    const planImport = createImportPlanner(sourceCode, 'crypto', 'timingSafeEqual');
    let hashCalls: Map<Node, string> | undefined;

    function getHashCalls(): Map<Node, string> {
      hashCalls ??= new Map(
        findApiCalls(sourceCode, HASH_APIS).map(({ node, info }) => [node, info]),
      );
      return hashCalls;
    }

    /** What secret an expression holds, by its name or by where it came from. */
    function getSecretKind(node: Node, scope: Scope, depth = 0): Found | undefined {
      if (depth > MAX_DEPTH) return undefined;
      const expression = unwrap(node);

      switch (expression.type) {
        case 'Identifier': {
          const kind = getComparedKind(expression.name);
          if (kind && kind !== 'digest') return kind;
          const resolved = resolveExpression(expression, scope);
          const value =
            resolved === expression ? undefined : getSecretKind(resolved, scope, depth + 1);
          // `const digest = createHash(...)...`: the name says what it is, not
          // that it is secret.
          return value === 'plainHash' ? value : (kind ?? value);
        }
        case 'MemberExpression': {
          const header = getHeaderName(expression, scope);
          if (header !== undefined) return getHeaderKind(header);
          const name = getPropertyName(expression, scope);
          return name === undefined ? undefined : getComparedKind(name);
        }
        case 'CallExpression':
          return getCallSecretKind(expression, scope, depth);
        case 'BinaryExpression':
          if (expression.operator !== '+') return undefined;
          return strongest([
            getSecretKind(expression.left, scope, depth + 1),
            getSecretKind(expression.right, scope, depth + 1),
          ]);
        case 'TemplateLiteral':
          return strongest(
            expression.expressions.map((part) => getSecretKind(part, scope, depth + 1)),
          );
        default:
          return undefined;
      }
    }

    function getCallSecretKind(
      call: TSESTree.CallExpression,
      scope: Scope,
      depth: number,
    ): Found | undefined {
      const header = getHeaderName(call, scope);
      if (header !== undefined) return getHeaderKind(header);

      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression') return undefined;
      const method = getPropertyName(callee, scope);
      const [first] = call.arguments;

      if (method === 'digest') return getDigestKind(callee.object, scope, depth);
      if (method === 'from' && isGlobal(callee.object, 'Buffer', scope)) {
        return first && first.type !== 'SpreadElement'
          ? getSecretKind(first, scope, depth + 1)
          : undefined;
      }
      if (method && PASS_THROUGH_METHODS.has(method)) {
        return getSecretKind(callee.object, scope, depth + 1);
      }
      return undefined;
    }

    /**
     * `createHmac(...).update(body)`, also through a `const`: a keyed digest.
     * `createHash(...).update(data)` is one only when `data` is a secret.
     */
    function getDigestKind(node: Node, scope: Scope, depth: number): Found | undefined {
      const inputs: Node[] = [];
      let current = resolveExpression(unwrap(node), scope);
      for (let step = 0; step < MAX_DEPTH; step += 1) {
        const hashCall = getHashCalls().get(current);
        if (hashCall === 'createHmac') return 'digest';
        if (hashCall === 'createHash') {
          const secret = inputs.some((input) => {
            const kind = getSecretKind(input, scope, depth + 1);
            return kind !== undefined && kind !== 'plainHash';
          });
          return secret ? 'digest' : 'plainHash';
        }
        if (current.type !== 'CallExpression') return undefined;
        const callee = unwrap(current.callee);
        if (callee.type !== 'MemberExpression') return undefined;
        if (getPropertyName(callee, scope) !== 'update') return undefined;
        const [input] = current.arguments;
        if (input && input.type !== 'SpreadElement') inputs.push(input);
        current = resolveExpression(unwrap(callee.object), scope);
      }
      return undefined;
    }

    /**
     * Values that leak nothing when compared in the open: `null`,
     * `undefined`, numbers, `typeof`, enum members and strings that are not
     * secrets themselves (`'Bearer'`, `'active'`, `'sha256'`).
     */
    function isHarmlessOperand(node: Node, scope: Scope): boolean {
      const expression = unwrap(node);
      if (expression.type === 'UnaryExpression') return true;
      if (expression.type === 'Identifier' && expression.name === 'undefined') return true;
      if (isEnumMember(expression, scope)) return true;
      if (isPublicDigestName(expression, scope) || isLexerToken(expression, scope)) return true;

      const value = getStaticValue(expression, scope);
      if (!value) return false;
      return typeof value.value !== 'string' || !looksLikeSecret(value.value);
    }

    function isEnumMember(node: Node, scope: Scope): boolean {
      if (node.type !== 'MemberExpression' || node.computed) return false;
      if (node.object.type !== 'Identifier' || !/^[A-Z]/u.test(node.object.name)) {
        return false;
      }
      const name = getPropertyName(node, scope);
      return name !== undefined && getComparedKind(name) === undefined;
    }

    function check(
      reportNode: Node,
      operator: string,
      left: Node,
      right: Node,
      site: EqualitySite | undefined,
    ): void {
      const scope = sourceCode.getScope(reportNode);
      const leftClient = CLIENT_PARTS.has(getRequestPart(left, scope));
      const rightClient = CLIENT_PARTS.has(getRequestPart(right, scope));
      // `req.body.token !== req.body.confirmToken`: the client wrote both, so
      // the timing tells it nothing it did not know.
      if (leftClient && rightClient) return;
      let kind = strongest([getSecretKind(left, scope), getSecretKind(right, scope)]);
      // A CSRF token from the request checked against the one the server
      // keeps (session, cookie, variable) is guessable byte by byte.
      if (!kind && leftClient !== rightClient && (isCsrf(left, scope) || isCsrf(right, scope))) {
        kind = 'token';
      }
      if (!kind || kind === 'plainHash') return;
      if (isHarmlessOperand(left, scope) || isHarmlessOperand(right, scope)) return;
      if (isChangeCheck(reportNode, left, right)) return;

      context.report({
        node: reportNode,
        messageId: 'timingUnsafeCompare',
        data: { operator, what: COMPARED_KINDS[kind] ?? 'secret' },
        suggest: site ? buildSuggestion(site, reportNode) : null,
      });
    }

    function buildSuggestion(
      site: EqualitySite,
      node: Node,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] | null {
      const operands = [site.left, site.right];
      // TypeScript narrows `typeof x === 'string'` only on references, so a
      // guarded operand must not be a call.
      if (!operands.every((operand) => isRepeatable(operand, !site.guard))) return null;
      const plan = planImport(node);
      if (!plan) return null;

      const left = sourceCode.getText(site.left);
      const right = sourceCode.getText(site.right);
      // `Buffer.from(undefined)` throws and a missing header is `undefined`
      // (or a `string[]`): only two strings can be equal, as with `===`.
      const guards = site.guard
        ? operands
            .filter((operand) => !isKnownString(operand))
            .map((operand) => `typeof ${sourceCode.getText(unwrap(operand))} === 'string' && `)
            .join('')
        : '';
      const lengths = `Buffer.byteLength(${left}) === Buffer.byteLength(${right})`;
      const bytes = `${plan.name}(Buffer.from(${left}), Buffer.from(${right}))`;
      const test = `${guards}${lengths} && ${bytes}`;
      const wrapped = site.negate
        ? `!(${test})`
        : needsParentheses(site.replace)
          ? `(${test})`
          : test;
      const text = startsUnguardedStatement(sourceCode, site.replace) ? `;${wrapped}` : wrapped;

      return [
        {
          messageId: 'useTimingSafeEqual',
          fix: (fixer) => {
            const fixes = [fixer.replaceText(site.replace, text)];
            const importFix = plan.fix?.(fixer);
            if (importFix) fixes.push(importFix);
            return fixes;
          },
        },
      ];
    }

    return {
      BinaryExpression(node) {
        if (!EQUALITY.has(node.operator)) return;
        if (node.left.type === 'PrivateIdentifier') return;
        check(node, `\`${node.operator}\``, node.left, node.right, {
          replace: node,
          left: node.left,
          right: node.right,
          negate: node.operator.startsWith('!'),
          guard: true,
        });
      },
      CallExpression(node) {
        const callee = unwrap(node.callee);
        if (callee.type !== 'MemberExpression') return;
        const method = getPropertyName(callee);
        if (method !== 'compare' && method !== 'equals' && method !== 'localeCompare') {
          return;
        }
        const scope = sourceCode.getScope(node);

        if (method === 'compare') {
          const [a, b] = node.arguments;
          if (!a || !b || a.type === 'SpreadElement' || b.type === 'SpreadElement') return;
          if (!isGlobal(callee.object, 'Buffer', scope)) return;
          check(node, '`Buffer.compare`', a, b, getZeroTestSite(node, a, b));
          return;
        }

        const [argument] = node.arguments;
        if (!argument || argument.type === 'SpreadElement') return;
        if (node.arguments.length !== 1 && method === 'equals') return;
        const site =
          method === 'equals'
            ? node.optional || node.parent.type === 'ChainExpression'
              ? undefined
              : { replace: node, left: callee.object, right: argument, negate: false, guard: false }
            : getZeroTestSite(node, callee.object, argument, true);
        check(node, `\`.${method}\``, callee.object, argument, site);
      },
    };
  },
});

interface EqualitySite {
  /** The expression the safe comparison replaces. */
  replace: Node;
  left: Node;
  right: Node;
  negate: boolean;
  /** Operands of `===` and `localeCompare` may be `undefined` or not strings. */
  guard: boolean;
}

/** `Buffer.compare(a, b) === 0` and `a.localeCompare(b) !== 0` test equality. */
function getZeroTestSite(
  call: Node,
  left: Node,
  right: Node,
  guard = false,
): EqualitySite | undefined {
  const parent = call.parent;
  if (parent?.type !== 'BinaryExpression' || !EQUALITY.has(parent.operator)) return undefined;
  const other = parent.left === call ? parent.right : parent.left;
  if (other.type !== 'Literal' || other.value !== 0) return undefined;
  return { replace: parent, left, right, negate: parent.operator.startsWith('!'), guard };
}

/** A named secret outweighs a digest of public data. */
function strongest(kinds: (Found | undefined)[]): Found | undefined {
  return kinds.find((kind) => kind !== undefined && kind !== 'plainHash') ?? kinds.find(Boolean);
}

/** `X-Shopify-Hmac-Sha256`, `x-slack-signature`: a signature by its words. */
function getHeaderKind(header: string): Found | undefined {
  const kind = getComparedKind(header);
  if (kind) return kind;
  return splitWords(header).some((word) => SIGNATURE_HEADER_WORDS.has(word))
    ? 'signature'
    : undefined;
}

function isCsrf(node: Node, scope: Scope): boolean {
  const bare = unwrap(node);
  const name = getHeaderName(bare, scope) ?? getName(bare, scope);
  return name !== undefined && hasCsrfWord(name);
}

function hasCsrfWord(name: string): boolean {
  return splitWords(name).some((word) => word === 'csrf' || word === 'xsrf');
}

/**
 * `if (newToken !== currentToken) currentToken = newToken;`: a cache noticing
 * that a value changed, not a check that lets anyone in.
 */
function isChangeCheck(node: Node, left: Node, right: Node): boolean {
  const statement = node.parent;
  if (statement?.type !== 'IfStatement' || statement.test !== node) return false;
  const body =
    statement.consequent.type === 'BlockStatement'
      ? statement.consequent.body
      : [statement.consequent];
  return body.some((child) => {
    if (child.type !== 'ExpressionStatement') return false;
    const assignment = child.expression;
    if (assignment.type !== 'AssignmentExpression' || assignment.operator !== '=') return false;
    return (
      (isSameReference(assignment.left, left) && isSameReference(assignment.right, right)) ||
      (isSameReference(assignment.left, right) && isSameReference(assignment.right, left))
    );
  });
}

function isSameReference(a: Node, b: Node): boolean {
  const x = unwrap(a);
  const y = unwrap(b);
  if (x.type === 'Identifier' && y.type === 'Identifier') return x.name === y.name;
  if (x.type === 'MemberExpression' && y.type === 'MemberExpression') {
    return (
      !x.computed &&
      !y.computed &&
      x.property.type === 'Identifier' &&
      y.property.type === 'Identifier' &&
      x.property.name === y.property.name &&
      isSameReference(x.object, y.object)
    );
  }
  return x.type === 'ThisExpression' && y.type === 'ThisExpression';
}

function getComparedKind(name: string): SensitiveKind | undefined {
  const kind = getSensitiveKind(name);
  return kind && Object.hasOwn(COMPARED_KINDS, kind) ? kind : undefined;
}

/** `fileChecksum`, `etag`: digests published on purpose. */
function isPublicDigestName(node: Node, scope: Scope): boolean {
  const name = getName(node, scope);
  const last = name === undefined ? undefined : splitWords(name).at(-1);
  return last !== undefined && PUBLIC_DIGEST_WORDS.has(last);
}

/** `firstToken`, `nextPageToken`: named as a token the vocabulary rules out. */
function isLexerToken(node: Node, scope: Scope): boolean {
  const name = getName(node, scope);
  if (name === undefined) return false;
  const last = splitWords(name).at(-1);
  return (
    (last === 'token' || last === 'tokens') &&
    getSensitiveKind(name) === undefined &&
    !hasCsrfWord(name)
  );
}

function getName(node: Node, scope: Scope): string | undefined {
  if (node.type === 'Identifier') return node.name;
  return node.type === 'MemberExpression' ? getPropertyName(node, scope) : undefined;
}

/**
 * A literal that could be a key rather than a word: long, no spaces, letters
 * and digits. `'Bearer'`, `'active'` and `'sha256'` are not.
 */
function looksLikeSecret(value: string): boolean {
  if (value.length < 16 || /\s/u.test(value)) return false;
  return /[A-Za-z]/u.test(value) && /\d/u.test(value);
}

function isGlobal(node: Node, name: string, scope: Scope): boolean {
  const bare = unwrap(node);
  if (bare.type !== 'Identifier' || bare.name !== name) return false;
  const variable = findVariable(scope, bare);
  return !variable || variable.defs.length === 0;
}

/** Operands that can be written twice without running anything twice. */
function isRepeatable(node: Node, allowCalls: boolean): boolean {
  const bare = unwrap(node);
  switch (bare.type) {
    case 'Identifier':
    case 'Literal':
    case 'ThisExpression':
      return true;
    case 'TemplateLiteral':
      return bare.expressions.every((part) => isRepeatable(part, allowCalls));
    case 'MemberExpression':
      return (
        (!bare.computed || bare.property.type === 'Literal') &&
        isRepeatable(bare.object, allowCalls)
      );
    case 'CallExpression': {
      // Header reads: `req.get('x-api-key')`, `request.headers.get(...)`.
      const callee = unwrap(bare.callee);
      return (
        allowCalls &&
        callee.type === 'MemberExpression' &&
        !callee.computed &&
        callee.property.type === 'Identifier' &&
        ['get', 'header', 'getHeader'].includes(callee.property.name) &&
        bare.arguments.length === 1 &&
        bare.arguments[0]?.type === 'Literal' &&
        isRepeatable(callee.object, allowCalls)
      );
    }
    default:
      return false;
  }
}

function isKnownString(node: Node): boolean {
  const bare = unwrap(node);
  return bare.type === 'TemplateLiteral' || (bare.type === 'Literal' && typeof bare.value === 'string');
}

/** Statement positions where `a && b` needs no parentheses. */
function needsParentheses(node: Node): boolean {
  const parent = node.parent;
  if (!parent) return true;
  if (parent.type === 'ReturnStatement' || parent.type === 'VariableDeclarator') return false;
  if (
    (parent.type === 'IfStatement' || parent.type === 'WhileStatement') &&
    parent.test === node
  ) {
    return false;
  }
  return true;
}

/**
 * A statement that now starts with `(` or `!` would join the line before it
 * in code written without semicolons.
 */
function startsUnguardedStatement(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: Node,
): boolean {
  let statement = node.parent;
  while (statement && statement.type !== 'ExpressionStatement') {
    if (statement.range[0] !== node.range[0]) return false;
    statement = statement.parent;
  }
  if (statement?.range[0] !== node.range[0]) return false;
  const before = sourceCode.getTokenBefore(node);
  return before !== null && before.value !== ';' && before.value !== '{';
}

function unwrap(node: Node): Node {
  let bare = skipTypeWrappers(node);
  while (bare.type === 'ChainExpression') bare = skipTypeWrappers(bare.expression);
  return bare;
}
