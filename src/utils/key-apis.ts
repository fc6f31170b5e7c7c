import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { jwtSiteListeners, type JwtSite } from './jwt';
import { findApiCalls, withNodePrefix, type ApiSpec } from './references';
import {
  getStaticSum,
  getWrappedKey,
  isPlus,
  isStaticString,
  type StringNode,
} from './string-flow';
import { lookupProperty, resolveExpression } from './values';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

/** An API that takes a key, and what a leaked key lets an attacker do. */
export interface KeyApi {
  api: string;
  impact: string;
  envName: string;
}

const JWT: Omit<KeyApi, 'api'> = { impact: 'forge tokens', envName: 'JWT_SECRET' };

interface KeySpec {
  /** The argument holding the key, or the options object holding it. */
  index: number;
  /** Option names holding the key; absent when the argument is the key. */
  keys?: string[];
  api: KeyApi;
}

function keySpec(
  modules: string[],
  path: string[],
  info: KeySpec,
): ApiSpec<KeySpec> {
  return { modules, path, kind: 'call', info };
}

function keyApi(api: string, impact: string, envName: string): KeyApi {
  return { api, impact, envName };
}

const CRYPTO = withNodePrefix('crypto');
const SESSION = keyApi('`express-session`', 'forge session cookies', 'SESSION_SECRET');
const COOKIE_SESSION = keyApi('`cookie-session`', 'forge session cookies', 'SESSION_SECRET');

const KEY_APIS: ApiSpec<KeySpec>[] = [
  keySpec(CRYPTO, ['createHmac'], {
    index: 1,
    api: keyApi('`createHmac`', 'forge signatures', 'HMAC_SECRET'),
  }),
  keySpec(CRYPTO, ['createCipheriv'], {
    index: 1,
    api: keyApi('`createCipheriv`', 'decrypt the data', 'ENCRYPTION_KEY'),
  }),
  keySpec(CRYPTO, ['createDecipheriv'], {
    index: 1,
    api: keyApi('`createDecipheriv`', 'decrypt the data', 'ENCRYPTION_KEY'),
  }),
  keySpec(CRYPTO, ['createSecretKey'], {
    index: 0,
    api: keyApi('`createSecretKey`', 'forge or decrypt what it protects', 'SECRET_KEY'),
  }),
  keySpec(['express-session'], [], { index: 0, keys: ['secret'], api: SESSION }),
  keySpec(['cookie-parser'], [], {
    index: 0,
    api: keyApi('`cookie-parser`', 'forge signed cookies', 'COOKIE_SECRET'),
  }),
  keySpec(['cookie-session'], [], { index: 0, keys: ['keys', 'secret'], api: COOKIE_SESSION }),
];

/** Where each JWT library takes its key: an argument index or an option. */
const JWT_KEY_OPTIONS: Record<string, string[]> = {
  'fast-jwt': ['key'],
  'express-jwt': ['secret'],
  'koa-jwt': ['secret'],
  'passport-jwt': ['secretOrKey'],
  '@nestjs/jwt': ['secret', 'privateKey'],
};

/**
 * Listeners that hand every string used as a signing or encryption key to
 * `mark`, with the API it keys: JWT libraries (through the JWT site model),
 * `crypto` HMACs, ciphers and secret keys, and session and cookie
 * middleware. Keys are followed through constants, spreads, arrays,
 * fallbacks and the usual wrappers.
 */
export function keyApiListeners(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  mark: (key: StringNode, api: KeyApi) => void,
): TSESLint.RuleListener {
  const { sourceCode } = context;

  function markKey(node: Node | undefined, api: KeyApi, scope: Scope): void {
    for (const literal of getKeyStrings(node, scope)) mark(literal, api);
  }

  function markJwtKey(site: JwtSite): void {
    const scope = sourceCode.getScope(site.node);
    const verb = site.operation === 'sign' ? 'sign' : 'verify';
    if (site.operation === 'decode') return;

    if (site.library === 'jsonwebtoken' || (site.library === 'jose' && !site.chain)) {
      const api = site.library === 'jose' ? '`jwtVerify`' : `\`jwt.${verb}\``;
      markKey(site.node.arguments[1], { ...JWT, api }, scope);
      return;
    }
    if (site.chain) {
      const signCall = site.chain.sign?.parent;
      if (signCall?.type === 'CallExpression') {
        markKey(signCall.arguments[0], { ...JWT, api: '`SignJWT.sign`' }, scope);
      }
      return;
    }
    if (!site.optionsVisible) return;
    for (const key of JWT_KEY_OPTIONS[site.library] ?? []) {
      const found = lookupProperty(site.options, key, scope);
      if (found.kind === 'known') {
        markKey(found.value, { ...JWT, api: `\`${site.library}\`` }, scope);
      }
    }
  }

  return mergeListeners(jwtSiteListeners(context, markJwtKey), {
    Program() {
      for (const { node, info } of findApiCalls(sourceCode, KEY_APIS)) {
        const scope = sourceCode.getScope(node);
        const args = node.arguments.slice(0, info.index + 1);
        const arg = args[info.index];
        // A spread before the key may shift it: the key is not known.
        if (!arg || args.some((each) => each.type === 'SpreadElement')) continue;
        if (info.keys === undefined) {
          markKey(arg, info.api, scope);
          continue;
        }
        for (const key of info.keys) {
          const found = lookupProperty(arg, key, scope);
          if (found.kind === 'known') markKey(found.value, info.api, scope);
        }
      }
    },
  });
}

function mergeListeners(
  ...all: TSESLint.RuleListener[]
): TSESLint.RuleListener {
  const merged: Record<string, (node: never) => void> = {};
  for (const listeners of all) {
    for (const [selector, listener] of Object.entries(listeners)) {
      if (!listener) continue;
      const previous = merged[selector];
      const current = listener as (node: never) => void;
      merged[selector] = previous
        ? (node: never) => {
            previous(node);
            current(node);
          }
        : current;
    }
  }
  return merged;
}

/**
 * The string literals a key expression is made of, through constants and
 * the usual wrappers: `new TextEncoder().encode('…')`, `Buffer.from('…')`,
 * `createSecretKey(…)`, arrays of keys, and `process.env.X || '…'`.
 */
function getKeyStrings(node: Node | undefined, scope: Scope, depth = 0): StringNode[] {
  if (!node || depth > 6 || node.type === 'SpreadElement') return [];

  const value = resolveExpression(node, scope);
  if (isStaticString(value) || (isPlus(value) && getStaticSum(value) !== undefined)) {
    return [value];
  }
  if (value.type === 'ArrayExpression') {
    return value.elements.flatMap((element) =>
      getKeyStrings(element ?? undefined, scope, depth + 1),
    );
  }
  if (value.type === 'LogicalExpression' && value.operator !== '&&') {
    return getKeyStrings(value.right, scope, depth + 1);
  }
  if (value.type === 'ConditionalExpression') {
    return [
      ...getKeyStrings(value.consequent, scope, depth + 1),
      ...getKeyStrings(value.alternate, scope, depth + 1),
    ];
  }
  const wrapped = getWrappedKey(value);
  return wrapped ? getKeyStrings(wrapped, scope, depth + 1) : [];
}
