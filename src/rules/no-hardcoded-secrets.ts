import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../utils/create-rule';
import { getDestructuredSource, getEnvRead, isEnvObject } from '../utils/env';
import { jwtSiteListeners, type JwtSite } from '../utils/jwt';
import { findApiCalls, withNodePrefix, type ApiSpec } from '../utils/references';
import {
  findSecretFormat,
  isAlgorithmName,
  isDottedKey,
  isEnvVarName,
  isPlaceholder,
  isRandomLooking,
} from '../utils/secret-formats';
import { getSensitiveKind, isSensitiveName, splitWords } from '../utils/sensitive-names';
import { getPropertyName, lookupProperty, resolveExpression } from '../utils/values';

export type Options = [
  {
    extraNames?: string[];
    ignoreNames?: string[];
    checkEntropy?: boolean;
    minEntropyLength?: number;
    ignoreTestFiles?: boolean;
  },
];
export type MessageIds =
  | 'knownFormat'
  | 'literalKey'
  | 'secretName'
  | 'envFallback'
  | 'randomLiteral'
  | 'readFromEnv'
  | 'removeFallback';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;
type StringNode = TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression;

/** An API that takes a key, and what a leaked key lets an attacker do. */
interface KeyApi {
  api: string;
  impact: string;
  envName: string;
}

/** Where a string flows: the name it is bound to, and the env read it backs up. */
interface Binding {
  name: string | undefined;
  /** The name judged for secrecy: `pass` next to `user` is a password. */
  kindName: string | undefined;
  /** `process.env.X || '...'` or `{ X = '...' } = process.env`. */
  fallback?: { envName: string | undefined; node: TSESTree.LogicalExpression | TSESTree.AssignmentPattern };
  /** The JSX attribute holding the string, which needs braces around code. */
  inJsx: boolean;
}

const JWT: Omit<KeyApi, 'api'> = { impact: 'forge tokens', envName: 'JWT_SECRET' };

const KEY_APIS: ApiSpec<{ index: number; keys?: string[]; api: KeyApi }>[] = [
  {
    modules: withNodePrefix('crypto'),
    path: ['createHmac'],
    kind: 'call',
    info: { index: 1, api: { api: '`createHmac`', impact: 'forge signatures', envName: 'HMAC_SECRET' } },
  },
  ...['createCipheriv', 'createDecipheriv'].map((name) => ({
    modules: withNodePrefix('crypto'),
    path: [name],
    kind: 'call' as const,
    info: { index: 1, api: { api: `\`${name}\``, impact: 'decrypt the data', envName: 'ENCRYPTION_KEY' } },
  })),
  {
    modules: withNodePrefix('crypto'),
    path: ['createSecretKey'],
    kind: 'call',
    info: { index: 0, api: { api: '`createSecretKey`', impact: 'forge or decrypt what it protects', envName: 'SECRET_KEY' } },
  },
  {
    modules: ['express-session'],
    path: [],
    kind: 'call',
    info: { index: 0, keys: ['secret'], api: { api: '`express-session`', impact: 'forge session cookies', envName: 'SESSION_SECRET' } },
  },
  {
    modules: ['cookie-parser'],
    path: [],
    kind: 'call',
    info: { index: 0, api: { api: '`cookie-parser`', impact: 'forge signed cookies', envName: 'COOKIE_SECRET' } },
  },
  {
    modules: ['cookie-session'],
    path: [],
    kind: 'call',
    info: { index: 0, keys: ['keys', 'secret'], api: { api: '`cookie-session`', impact: 'forge session cookies', envName: 'SESSION_SECRET' } },
  },
];

/** Where each JWT library takes its key: an argument index or an option. */
const JWT_KEY_OPTIONS: Record<string, string[]> = {
  'fast-jwt': ['key'],
  'express-jwt': ['secret'],
  'koa-jwt': ['secret'],
  'passport-jwt': ['secretOrKey'],
  '@nestjs/jwt': ['secret', 'privateKey'],
};

/** The kinds a literal may be reported for by its name alone. */
const REPORTED_KINDS: Record<string, string> = {
  password: 'a password',
  secret: 'a secret',
  token: 'a token',
  apiKey: 'an API key',
  privateKey: 'a private key',
  credential: 'a credential',
  authorization: 'a credential',
};

/** Values that sit next to secret names as options, modes and types. */
const NON_SECRET_VALUES = new Set([
  'include', 'omit', 'same-origin', 'undefined', 'required', 'optional',
  'disabled', 'enabled', 'hidden', 'visible', 'masked', 'string', 'number',
  'boolean', 'object', 'secret', 'password', 'bearer', 'digest', 'base64',
  'base64url', 'latin1', 'binary', 'readonly', 'readwrite', 'anonymous',
  'postgres', 'default', 'current-password', 'new-password', 'one-time-code',
]);

/** Words that name a credential field rather than hold one: `auth-token`. */
const NAME_WORDS = new Set([
  'access', 'admin', 'api', 'apikey', 'app', 'auth', 'authorization',
  'basic', 'bearer', 'client', 'code', 'confirm', 'confirmation', 'cookie',
  'creds', 'credential', 'credentials', 'csrf', 'current', 'email', 'field',
  'form', 'hash', 'header', 'hidden', 'id', 'input', 'jwt', 'key', 'keys',
  'login', 'name', 'new', 'oauth', 'old', 'otp', 'pass', 'passphrase',
  'passwd', 'password', 'passwords', 'private', 'privatekey', 'pwd',
  'refresh', 'reset', 'salt', 'secret', 'secrets', 'session', 'sid',
  'signin', 'signup', 'text', 'token', 'tokens', 'type', 'user', 'username',
  'value', 'x', 'xsrf',
]);

const AUTH_SCHEME = /^(?:bearer|basic|token|bot|apikey|api-key)\s+/iu;
const PATH_OR_URL = /^(?:[a-z][a-z\d+.-]{0,30}:\/\/|\/|\.{1,2}\/|~\/)|\.(?:pem|key|crt|cer|p12|pfx|json|txt|env|jks|keystore|ya?ml)$/iu;
const MAC_ADDRESS = /^(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/iu;
// `auth/refreshToken`, `session:user`: action types and cache-key paths.
const KEY_PATH = /^[A-Za-z@_][A-Za-z@_-]*(?:[/:][A-Za-z_][A-Za-z_-]*)+$/u;
// `^(?=.*\d).{8,}$`: a validation pattern kept under the field's name.
const REGEX_SOURCE = /^\^[^]*\$$|\(\?[=!]|\\[dws]|\{\d+,\d*\}/u;
// `required|min:8|confirmed`: a validation rule list.
const RULE_LIST = /^[a-z_]+(?::[\w,.]*)?(?:\|[a-z_]+(?::[\w,.]*)?)+$/u;
// `Mot-de-passe`, `Api Key`: capitalised words are labels.
const CAPITALISED_LABEL = /^\p{Lu}\p{Ll}*(?:[-_ ]\p{L}+)*$/u;
const TEST_DIRECTORY = /(?:^|\/)(?:__tests__|__mocks__|__fixtures__|tests?|fixtures)\//u;
const TEST_FILE = /\.(?:test|spec)\.[^/]+$/u;
const MAX_NAME_LENGTH = 100;

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-secrets',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow secrets, keys and credentials written into source code',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      knownFormat:
        'This string is {{format}}: anyone who can read the code, its history or its builds can use it. Load it from the environment or a secret manager, and revoke this one.',
      literalKey:
        '{{api}} is given a key written in the code, so anyone who can read the code can {{impact}}. Load the key from the environment or a secret manager.',
      secretName:
        '`{{name}}` holds {{kind}} written in the code, readable by everyone with access to the repository or its builds. Load it from the environment or a secret manager.',
      envFallback:
        'The fallback for `{{name}}` is a secret written in the code: a deployment that misses the variable runs with a key everyone can read. Remove the fallback and fail at startup when the variable is missing.',
      randomLiteral:
        '`{{name}}` holds a long random-looking string, which may be a secret written in the code. If it is one, load it from the environment or a secret manager.',
      readFromEnv: 'Read it from `process.env.{{env}}` instead.',
      removeFallback: 'Remove the fallback.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          extraNames: {
            type: 'array',
            items: { type: 'string', format: 'regex' },
            description: 'Regular expressions for more names that hold secrets, matched against variable and property names.',
          },
          ignoreNames: {
            type: 'array',
            items: { type: 'string', format: 'regex' },
            description: 'Regular expressions for names that never hold secrets, even when they look like they do.',
          },
          checkEntropy: {
            type: 'boolean',
            description: 'Also report long random-looking strings bound to any name.',
          },
          minEntropyLength: {
            type: 'integer',
            minimum: 8,
            description: 'The shortest string `checkEntropy` looks at.',
          },
          ignoreTestFiles: {
            type: 'boolean',
            description: 'Skip test files: `*.test.*`, `*.spec.*` and files under `__tests__`, `__mocks__`, `test`, `tests` and `fixtures` directories.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [
      { extraNames: [], ignoreNames: [], checkEntropy: false, minEntropyLength: 20, ignoreTestFiles: true },
    ],
  },
  create(context, [options]) {
    const { sourceCode } = context;
    if (options.ignoreTestFiles !== false && isTestFile(context.filename, context.cwd)) {
      return {};
    }

    const extraNames = (options.extraNames ?? []).map((source) => new RegExp(source, 'u'));
    const ignoreNames = (options.ignoreNames ?? []).map((source) => new RegExp(source, 'u'));
    const minEntropyLength = options.minEntropyLength ?? 20;
    const keyUses = new Map<Node, KeyApi>();
    const candidates: { node: StringNode | TSESTree.TemplateElement; value: string }[] = [];

    function getKind(name: string | undefined): string | undefined {
      if (name === undefined || name.length > MAX_NAME_LENGTH) return undefined;
      if (ignoreNames.some((pattern) => pattern.test(name))) return undefined;

      const kind = getSensitiveKind(name);
      if (kind !== undefined && Object.hasOwn(REPORTED_KINDS, kind)) return REPORTED_KINDS[kind];
      return extraNames.some((pattern) => pattern.test(name)) ? 'a secret' : undefined;
    }

    function markKey(node: Node | undefined, api: KeyApi, scope: Scope): void {
      for (const literal of getKeyStrings(node, scope)) keyUses.set(literal, api);
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
        if (found.kind === 'known') markKey(found.value, { ...JWT, api: `\`${site.library}\`` }, scope);
      }
    }

    function addCandidate(node: StringNode, value: string): void {
      candidates.push({ node, value });
    }

    function report(node: StringNode | TSESTree.TemplateElement, value: string): void {
      if (node.type === 'TemplateElement') {
        const match = findSecretFormat(value);
        if (match) context.report({ node, messageId: 'knownFormat', data: { format: match.description } });
        return;
      }
      if (isFirebaseWebConfig(node)) return;

      const binding = getBinding(node, sourceCode.getScope(node));
      const kind = getKind(binding.kindName);
      const match = findSecretFormat(value);
      if (match) {
        const covers = value.trim() === value.slice(match.start, match.end);
        const envName = kind === undefined ? match.envName : toEnvName(binding.name, match.envName);
        const fallback = binding.fallback;
        context.report({
          node,
          messageId: 'knownFormat',
          data: { format: match.description },
          suggest: fallback
            ? [{ messageId: 'removeFallback', fix: (fixer) => removeFallback(fixer, fallback.node) }]
            : covers
              ? readFromEnv(node, envName, binding)
              : [],
        });
        return;
      }

      const api = keyUses.get(node);
      const fallback = binding.fallback;
      const fallbackKind = fallback && (getKind(fallback.envName) ?? kind);
      if (fallback && (fallbackKind !== undefined || api) && isFallbackSecret(value)) {
        context.report({
          node,
          messageId: 'envFallback',
          data: { name: fallback.envName ?? binding.name ?? 'the variable' },
          suggest: [
            {
              messageId: 'removeFallback',
              fix: (fixer) => removeFallback(fixer, fallback.node),
            },
          ],
        });
        return;
      }
      if (api) {
        if (isPlaceholder(value)) return;
        context.report({
          node,
          messageId: 'literalKey',
          data: { api: api.api, impact: api.impact },
          suggest: readFromEnv(node, toEnvName(kind && binding.name, api.envName), binding),
        });
        return;
      }
      if (kind !== undefined && binding.name !== undefined && isNamedSecret(value, kind)) {
        context.report({
          node,
          messageId: 'secretName',
          data: { name: binding.name, kind },
          suggest: readFromEnv(node, toEnvName(binding.kindName, 'SECRET'), binding),
        });
        return;
      }
      if (
        options.checkEntropy === true &&
        binding.name !== undefined &&
        !ignoreNames.some((pattern) => pattern.test(binding.name ?? '')) &&
        isRandomLooking(value, minEntropyLength)
      ) {
        context.report({
          node,
          messageId: 'randomLiteral',
          data: { name: binding.name },
          suggest: readFromEnv(node, toEnvName(binding.name, 'SECRET'), binding),
        });
      }
    }

    function readFromEnv(
      node: StringNode,
      env: string,
      binding: Binding,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      if (node.parent.type === 'TSEnumMember') return [];
      const text = binding.inJsx && node.parent.type === 'JSXAttribute'
        ? `{process.env.${env}}`
        : `process.env.${env}`;
      return [{ messageId: 'readFromEnv', data: { env }, fix: (fixer) => fixer.replaceText(node, text) }];
    }

    // Removes ` || '…'` after the read, keeping any parentheses around it.
    function removeFallback(
      fixer: TSESLint.RuleFixer,
      node: TSESTree.LogicalExpression | TSESTree.AssignmentPattern,
    ): TSESLint.RuleFix {
      const operator = sourceCode.getTokenAfter(
        node.left,
        (token) => token.value === (node.type === 'LogicalExpression' ? node.operator : '='),
      );
      const before = operator && sourceCode.getTokenBefore(operator);
      return fixer.removeRange([before?.range[1] ?? node.left.range[1], node.range[1]]);
    }

    const jwtListeners = jwtSiteListeners(context, markJwtKey);

    return mergeListeners(jwtListeners, {
      Program() {
        for (const { node, info } of findApiCalls(sourceCode, KEY_APIS)) {
          const scope = sourceCode.getScope(node);
          const arg = node.arguments[info.index];
          if (!arg || node.arguments.slice(0, info.index + 1).some((a) => a.type === 'SpreadElement')) continue;
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
      Literal(node) {
        if (typeof node.value !== 'string' || isPlus(node.parent) || !isValuePosition(node)) return;
        addCandidate(node, node.value);
      },
      TemplateLiteral(node) {
        if (node.expressions.length > 0 || node.parent.type === 'TaggedTemplateExpression') {
          for (const quasi of node.quasis) {
            candidates.push({ node: quasi, value: quasi.value.cooked ?? quasi.value.raw });
          }
          return;
        }
        if (!isPlus(node.parent)) addCandidate(node, node.quasis[0]?.value.cooked ?? '');
      },
      // The top of `a + b + c`: the whole sum when every part is a string,
      // otherwise each string part on its own.
      BinaryExpression(node) {
        if (node.operator !== '+' || isPlus(node.parent)) return;
        const parts = getSumParts(node);
        const strings = parts.filter(isStaticString);
        if (strings.length === parts.length) {
          addCandidate(node, strings.map(getStaticText).join(''));
          return;
        }
        for (const part of strings) addCandidate(part, getStaticText(part));
      },
      'Program:exit'() {
        for (const { node, value } of candidates) report(node, value);
      },
    });

    function isNamedSecret(value: string, kind: string): boolean {
      const secret = kind === 'a credential' ? value.replace(AUTH_SCHEME, '') : value;
      if (secret.length < 6 || isPlaceholder(secret) || /\s/u.test(secret)) return false;
      if (isEnvVarName(secret) || isDottedKey(secret) || isAlgorithmName(secret)) return false;
      if (PATH_OR_URL.test(secret) || MAC_ADDRESS.test(secret) || KEY_PATH.test(secret)) return false;
      if (REGEX_SOURCE.test(secret) || RULE_LIST.test(secret) || CAPITALISED_LABEL.test(secret)) {
        return false;
      }
      if (NON_SECRET_VALUES.has(secret.toLowerCase())) return false;
      if (namesASecret(secret)) return false;
      // A word alone is a label, a mode or a translation, unless it is long.
      if (/^\p{Ll}{1,7}$/u.test(secret)) return false;
      return !(/[^\p{ASCII}]/u.test(secret) && !/\d/u.test(secret));
    }
  },
});

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

function isTestFile(filename: string, cwd: string): boolean {
  const relative = path.relative(cwd, filename).split(path.sep).join('/');
  return TEST_DIRECTORY.test(relative) || TEST_FILE.test(relative);
}

/** Not a key, a module name or a type: a string that is a value at run time. */
function isValuePosition(node: TSESTree.Literal): boolean {
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

function isPlus(node: Node | undefined): node is TSESTree.BinaryExpression {
  return node?.type === 'BinaryExpression' && node.operator === '+';
}

function isStaticString(node: Node): node is TSESTree.Literal | TSESTree.TemplateLiteral {
  return (
    (node.type === 'Literal' && typeof node.value === 'string') ||
    (node.type === 'TemplateLiteral' && node.expressions.length === 0)
  );
}

function getStaticText(node: TSESTree.Literal | TSESTree.TemplateLiteral): string {
  return node.type === 'Literal' ? String(node.value) : (node.quasis[0]?.value.cooked ?? '');
}

/** The operands of `a + (b + c) + d`, in order, without recursion. */
function getSumParts(node: TSESTree.BinaryExpression): Node[] {
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
function getStaticSum(node: TSESTree.BinaryExpression): string | undefined {
  const parts = getSumParts(node);
  const strings = parts.filter(isStaticString);
  return strings.length === parts.length ? strings.map(getStaticText).join('') : undefined;
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
    return value.elements.flatMap((element) => getKeyStrings(element ?? undefined, scope, depth + 1));
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

/** The argument of `encoder.encode(x)`, `Buffer.from(x)` or `createSecretKey(x)`. */
function getWrappedKey(node: Node): Node | undefined {
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
function getBinding(node: StringNode, scope: Scope): Binding {
  let child: Node = node;
  let parent: Node | undefined = node.parent;
  let fallback: Binding['fallback'];

  for (let step = 0; parent && step < 8; step++) {
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
      const env = getEnvRead(parent.left, scope);
      if (env && !fallback) fallback = { envName: env.name, node: parent };
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

function getBoundName(parent: Node, child: Node): string | undefined {
  switch (parent.type) {
    case 'VariableDeclarator':
      return parent.init === child && parent.id.type === 'Identifier' ? parent.id.name : undefined;
    case 'Property':
      if (parent.value !== child || parent.parent.type !== 'ObjectExpression') return undefined;
      return getPropertyName(parent);
    case 'PropertyDefinition':
      return parent.value === child && !parent.computed && parent.key.type === 'Identifier'
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

/** `{ apiKey: 'AIza…', authDomain: '….firebaseapp.com' }`: public by design. */
function isFirebaseWebConfig(node: StringNode): boolean {
  const property = node.parent;
  if (property.type !== 'Property' || property.parent.type !== 'ObjectExpression') return false;
  return property.parent.properties.some(
    (member) =>
      member.type === 'Property' &&
      ['authDomain', 'messagingSenderId'].includes(getPropertyName(member) ?? ''),
  );
}

/** A fallback that could be a real secret: not a placeholder, name or path. */
function isFallbackSecret(value: string): boolean {
  return !(
    isPlaceholder(value) ||
    isAlgorithmName(value) ||
    isEnvVarName(value) ||
    PATH_OR_URL.test(value)
  );
}

/** `password`, `auth-token`, `x-api-key`, `new-password`: a value that names a field. */
function namesASecret(value: string): boolean {
  if (value.length > MAX_NAME_LENGTH) return false;
  if (isSensitiveName(value)) return true;
  const words = splitWords(value);
  return words.length > 0 && words.every((word) => NAME_WORDS.has(word));
}

/** `jwtSecret` → `JWT_SECRET`; falls back when the name has no ASCII words. */
function toEnvName(name: string | undefined, fallback: string): string {
  const words = name === undefined ? [] : splitWords(name);
  const envName = words.join('_').toUpperCase();
  return /^[A-Z_][A-Z\d_]*$/u.test(envName) ? envName : fallback;
}
