import type { TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../utils/create-rule';
import { findVariable } from '../utils/eslint-utils';
import { jwtSiteListeners, type JwtLibrary, type JwtSite } from '../utils/jwt';
import { splitWords } from '../utils/sensitive-names';
import { getPropertyName } from '../utils/values';

export type Options = [];
export type MessageIds = 'unverifiedDecode';

type Node = TSESTree.Node;

/**
 * What a token says about itself rather than about its holder: reading
 * these to pick a key, schedule a refresh, route to an issuer's key set or
 * deny-list a token at logout grants nothing.
 */
const METADATA = new Set([
  'header',
  'signature',
  'exp',
  'iat',
  'nbf',
  'iss',
  'jti',
  'kid',
  'alg',
  'typ',
  'cty',
  'jku',
  'x5u',
  'x5t',
]);

/** `decode(token, { complete: true }).payload` holds the claims. */
const PAYLOAD = 'payload';

// Logs and test assertions look at claims without acting on them.
const OBSERVER_WORDS = new Set([
  'console',
  'log',
  'logger',
  'logging',
  'debug',
  'assert',
  'expect',
]);
const OBSERVER_FUNCTIONS = new Set(['log', 'debug', 'expect', 'assert']);

/** Names of local helpers that verify: `verifyAccessToken`, `tokenVerifier`. */
const VERIFY_WORDS = new Set(['verify', 'verified', 'verifier', 'verification']);

/** How deep uses are followed through variables that alias the result. */
const MAX_DEPTH = 5;

const API_NAMES: Partial<
  Record<JwtLibrary, { api: string; verify: string }>
> = {
  jsonwebtoken: { api: 'jwt.decode', verify: 'jwt.verify' },
  jose: { api: 'decodeJwt', verify: 'jwtVerify' },
  '@nestjs/jwt': { api: 'JwtService.decode', verify: 'JwtService.verifyAsync' },
};

export default createRule<Options, MessageIds>({
  name: 'jwt-no-unverified-decode',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow trusting claims from JWTs that were decoded but not verified',
      recommended: 'recommended',
    },
    messages: {
      unverifiedDecode:
        '`{{api}}` does not check the signature, so anyone can forge the claims read from its result. Verify the token with `{{verify}}` and take the claims from what it returns.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const decodes: JwtSite[] = [];
    const verifies: Node[] = [];

    const listeners = jwtSiteListeners(context, (site) => {
      if (site.operation === 'decode') decodes.push(site);
      if (site.operation === 'verify') verifies.push(site.node);
    });

    function isVerifiedNearby(decode: TSESTree.Node): boolean {
      const unit = getEnclosingFunction(decode);
      for (const verify of verifies) {
        // A key resolver passed to the verifier runs before the check.
        if (contains(verify, decode)) return true;
        if (unit ? contains(unit, verify) : !getEnclosingFunction(verify)) {
          return true;
        }
      }
      return isKeyProvider(decode) || isPassedToVerifier(decode, unit);
    }

    /** `verifyToken(token)` on the decoded token, in the same function. */
    function isPassedToVerifier(decode: Node, unit: Node | undefined): boolean {
      if (decode.type !== 'CallExpression') return false;
      const token = decode.arguments[0];
      if (token?.type !== 'Identifier') return false;

      const variable = findVariable(sourceCode.getScope(decode), token);
      for (const reference of variable?.references ?? []) {
        const use = reference.identifier;
        const call = use.parent;
        if (
          call?.type === 'CallExpression' &&
          call !== decode &&
          call.arguments.includes(use as TSESTree.Identifier) &&
          (!unit || contains(unit, call)) &&
          getCalleeWords(call).some((word) => VERIFY_WORDS.has(word))
        ) {
          return true;
        }
      }
      return false;
    }

    function isClaimUse(node: Node, depth: number): boolean {
      const parent = node.parent;
      if (!parent || depth > MAX_DEPTH) return false;

      switch (parent.type) {
        case 'TSAsExpression':
        case 'TSSatisfiesExpression':
        case 'TSNonNullExpression':
        case 'TSTypeAssertion':
        case 'AwaitExpression':
        case 'ChainExpression':
          return isClaimUse(parent, depth);
        case 'MemberExpression':
          return parent.object === node && isMemberClaimUse(parent, depth);
        case 'VariableDeclarator':
          return parent.init === node && isPatternClaimUse(parent.id, depth);
        case 'AssignmentExpression':
          if (parent.right !== node) return false;
          // `req.user = decoded`: stored as the caller's identity.
          return (
            parent.left.type === 'MemberExpression' ||
            isPatternClaimUse(parent.left, depth)
          );
        case 'LogicalExpression':
          // `decoded && ...` only passes the value on when it is falsy.
          if (parent.operator === '&&' && parent.left === node) return false;
          return isClaimUse(parent, depth);
        case 'ConditionalExpression':
          return parent.test !== node && isClaimUse(parent, depth);
        case 'ReturnStatement':
        case 'YieldExpression':
          return true;
        case 'ArrowFunctionExpression':
          return parent.body === node;
        case 'CallExpression':
          if (parent.callee === node) return false;
          return isStringify(parent) ? !isObserved(parent) : !isObservingCall(parent);
        case 'NewExpression':
          return parent.callee !== node;
        case 'Property':
          return parent.value === node && !isObserved(node);
        case 'SpreadElement':
        case 'ArrayExpression':
          return !isObserved(node);
        default:
          // Tests, comparisons, `typeof`, template text: no claim is trusted.
          return false;
      }
    }

    function isMemberClaimUse(
      member: TSESTree.MemberExpression,
      depth: number,
    ): boolean {
      const name = getPropertyName(member, sourceCode.getScope(member));
      if (name === undefined || METADATA.has(name)) return false;
      if (name === PAYLOAD) return isClaimUse(member, depth + 1);

      const call = member.parent;
      if (call.type === 'CallExpression' && call.callee === member) return false;
      return !isObserved(member);
    }

    function isPatternClaimUse(pattern: Node, depth: number): boolean {
      switch (pattern.type) {
        case 'Identifier':
          return isVariableClaimUse(pattern, depth + 1);
        case 'AssignmentPattern':
          return isPatternClaimUse(pattern.left, depth);
        case 'ObjectPattern':
          return pattern.properties.some((property) => {
            if (property.type === 'RestElement') return true;

            const scope = sourceCode.getScope(property);
            const name = getPropertyName(property, scope);
            if (name === undefined || METADATA.has(name)) return false;
            if (name === PAYLOAD) return isPatternClaimUse(property.value, depth);
            return true;
          });
        default:
          return false;
      }
    }

    function isVariableClaimUse(
      identifier: TSESTree.Identifier,
      depth: number,
    ): boolean {
      if (depth > MAX_DEPTH) return false;

      const scope = sourceCode.getScope(identifier);
      const variable = findVariable(scope, identifier);
      return (variable?.references ?? []).some(
        (reference) =>
          reference.isRead() &&
          reference.identifier !== identifier &&
          isClaimUse(reference.identifier, depth),
      );
    }

    return {
      ...listeners,
      'Program:exit'() {
        for (const site of decodes) {
          const names = API_NAMES[site.library];
          if (!names || isVerifiedNearby(site.node)) continue;
          if (!isClaimUse(site.node, 0)) continue;

          context.report({
            node: site.node.callee,
            messageId: 'unverifiedDecode',
            data: names,
          });
        }
      },
    };
  },
});

function contains(outer: Node, inner: Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

function isFunction(node: Node): node is TSESTree.FunctionLike {
  return (
    node.type === 'FunctionDeclaration' ||
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression'
  );
}

function getEnclosingFunction(node: Node): Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current)) return current;
  }
  return undefined;
}

/** passport-jwt's `secretOrKeyProvider` picks the key; passport verifies. */
function isKeyProvider(node: Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    const owner = current.parent;
    if (
      isFunction(current) &&
      owner?.type === 'Property' &&
      owner.value === current &&
      getPropertyName(owner) === 'secretOrKeyProvider'
    ) {
      return true;
    }
  }
  return false;
}

/** Words of the called name: `auth.verifyAccessToken` → verify, access, token. */
function getCalleeWords(call: TSESTree.CallExpression): string[] {
  const callee = call.callee;
  if (callee.type === 'Identifier') return splitWords(callee.name);
  if (callee.type !== 'MemberExpression') return [];

  const name = getPropertyName(callee);
  return name === undefined ? [] : splitWords(name);
}

function getObjectName(node: Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression') return getPropertyName(node);
  return undefined;
}

/**
 * `console.log`, `logger.info`, `this.logger.debug`, `req.log.warn`,
 * `debug(...)`, `expect(...)`, `assert.equal(...)`.
 */
function isObservingCall(call: TSESTree.CallExpression): boolean {
  const callee = call.callee;
  if (callee.type === 'Identifier') return OBSERVER_FUNCTIONS.has(callee.name);
  if (callee.type !== 'MemberExpression') return false;

  const owner = getObjectName(callee.object);
  return (
    owner !== undefined &&
    splitWords(owner).some((word) => OBSERVER_WORDS.has(word))
  );
}

/** Ends up, inside objects, arrays or strings, as an observer's argument. */
function isObserved(node: Node): boolean {
  let current = node;
  for (let depth = 0; depth < MAX_DEPTH * 2; depth++) {
    const parent = current.parent;
    if (!parent) return false;

    switch (parent.type) {
      case 'CallExpression':
        if (parent.callee === current) return false;
        if (!isStringify(parent)) return isObservingCall(parent);
        current = parent;
        break;
      case 'BinaryExpression':
        // Text joined for a log line; `assert(claims.role === 'admin')` is a check.
        if (parent.operator !== '+') return false;
        current = parent;
        break;
      case 'ObjectExpression':
      case 'Property':
      case 'ArrayExpression':
      case 'SpreadElement':
      case 'TemplateLiteral':
      case 'LogicalExpression':
      case 'ConditionalExpression':
      case 'ChainExpression':
      case 'TSAsExpression':
      case 'TSNonNullExpression':
        current = parent;
        break;
      default:
        return false;
    }
  }
  return false;
}

/** `JSON.stringify(x)` and `String(x)` turn the value into log text. */
function isStringify(call: TSESTree.CallExpression): boolean {
  const callee = call.callee;
  if (callee.type === 'Identifier') return callee.name === 'String';
  return (
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    callee.object.name === 'JSON' &&
    getPropertyName(callee) === 'stringify'
  );
}
