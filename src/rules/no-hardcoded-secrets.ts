import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../utils/create-rule';
import { keyApiListeners, type KeyApi } from '../utils/key-apis';
import { isBrowserKeyName } from '../utils/public-keys';
import {
  findSecretFormat,
  isPublicByDesignToken,
  isPublicKeyMaterial,
  isRandomLooking,
} from '../utils/secret-formats';
import { isFallbackSecretValue, isNamedSecretValue } from '../utils/secret-values';
import { getSensitiveKind, splitWords } from '../utils/sensitive-names';
import { isTestFile } from '../utils/test-files';
import {
  getBinding,
  getStaticText,
  getSumParts,
  isPlus,
  isStaticString,
  isValuePosition,
  type Binding,
  type StringNode,
} from '../utils/string-flow';
import { getPropertyName } from '../utils/values';

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

// `c.env.X` (Hono), `env.X` handed to a Workers `fetch`, `Deno.env.get`.
const RUNTIME_ENV = /\bc\.env\.[A-Za-z_]|\bDeno\.env\.get\(|\bfetch\s*\(\s*\w+\s*,\s*env\b/u;
/** Holders too generic to name a variable after: `config.password`. */
const GENERIC_OWNERS = new Set([
  'auth', 'body', 'cfg', 'conf', 'config', 'configuration', 'connection',
  'credentials', 'creds', 'data', 'default', 'defaults', 'env', 'headers',
  'opts', 'options', 'params', 'secrets', 'settings',
]);
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
      readFromEnv: 'Read it from `{{source}}` instead.',
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
            description: 'Skip test files: `*.test.*`, `*.spec.*`, `*.cy.*`, `*.e2e.*`, test setup and test-utils files, and files under test, testing, mock, fixture, e2e, Cypress and Playwright directories.',
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

    // No `u` flag: the schema checks the patterns without it.
    const extraNames = (options.extraNames ?? []).map((source) => new RegExp(source));
    const ignoreNames = (options.ignoreNames ?? []).map((source) => new RegExp(source));
    const minEntropyLength = options.minEntropyLength ?? 20;
    const keyUses = new Map<TSESTree.Node, KeyApi>();
    const isTypeScript = /\.[cm]?tsx?$/u.test(context.filename);
    const candidates: { node: StringNode | TSESTree.TemplateElement; value: string }[] = [];

    function getKind(name: string | undefined): string | undefined {
      if (name === undefined || name.length > MAX_NAME_LENGTH) return undefined;
      if (ignoreNames.some((pattern) => pattern.test(name))) return undefined;

      const kind = getSensitiveKind(name);
      if (kind !== undefined && Object.hasOwn(REPORTED_KINDS, kind)) return REPORTED_KINDS[kind];
      return extraNames.some((pattern) => pattern.test(name)) ? 'a secret' : undefined;
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
      if (isFirebaseWebConfig(node) || isPublicKeyMaterial(value) || isPublicByDesignToken(value)) return;

      const binding = getBinding(node, sourceCode.getScope(node));
      const kind = getKind(binding.kindName);
      const match = findSecretFormat(value);
      const browserKey = binding.name !== undefined && isBrowserKeyName(binding.name);
      if (match?.envName === 'GOOGLE_API_KEY' && (browserKey || binding.inJsx)) return;
      if (match) {
        const covers = value.trim() === value.slice(match.start, match.end);
        const envName = kind === undefined ? match.envName : toEnvName(binding.name, match.envName);
        const fallback = binding.fallback;
        context.report({
          node,
          messageId: 'knownFormat',
          data: { format: match.description },
          suggest: fallback
            ? removeFallbackSuggestion(fallback.node)
            : covers
              ? readFromEnv(node, envName, binding)
              : [],
        });
        return;
      }

      const api = keyUses.get(node);
      const fallback = binding.fallback;
      const fallbackKind = fallback && (getKind(fallback.envName) ?? kind);
      if (browserKey && !fallback && !api && !/^[sr]k[._]/u.test(value)) return;
      if (fallback && (fallbackKind !== undefined || api) && isFallbackSecretValue(value)) {
        context.report({
          node,
          messageId: 'envFallback',
          data: { name: fallback.envName ?? binding.name ?? 'the variable' },
          suggest: removeFallbackSuggestion(fallback.node),
        });
        return;
      }
      if (api) {
        // A placeholder given to a signing API is the live key all the same.
        if (value.trim() === '') return;
        context.report({
          node,
          messageId: 'literalKey',
          data: { api: api.api, impact: api.impact },
          suggest: readFromEnv(node, toEnvName(getSpecificName(kind, binding), api.envName), binding),
        });
        return;
      }
      if (kind !== undefined && binding.name !== undefined && isNamedSecretValue(value, kind === 'a credential', kind === 'a token')) {
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
      const style = getEnvStyle();
      if (style === undefined) return [];
      const name = qualifyEnvName(node, env);
      const source = `${style}.${name}`;
      const text = binding.inJsx && node.parent.type === 'JSXAttribute' ? `{${source}}` : source;
      return [{ messageId: 'readFromEnv', data: { source }, fix: (fixer) => fixer.replaceText(node, text) }];
    }

    let envStyle: string | undefined | null = null;
    /**
     * How the file reads its environment: `import.meta.env` in Vite and
     * Astro code, none where it comes from a request context (Hono and
     * Workers `c.env`, Deno), `process.env` otherwise.
     */
    function getEnvStyle(): string | undefined {
      if (envStyle !== null) return envStyle;
      const text = sourceCode.text;
      if (RUNTIME_ENV.test(text)) envStyle = undefined;
      else envStyle = text.includes('import.meta.env') ? 'import.meta.env' : 'process.env';
      return envStyle;
    }

    /**
     * Without its fallback a read may be `undefined`: TypeScript then rejects
     * it in a typed declaration or as a call argument, so there the
     * suggestion is only offered in JavaScript.
     */
    function removeFallbackSuggestion(
      node: NonNullable<Binding['fallback']>['node'],
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      if (node.type !== 'LogicalExpression' && node.type !== 'AssignmentPattern') return [];
      if (isTypeScript && node.type === 'LogicalExpression') {
        const holder = node.parent;
        const typed =
          (holder.type === 'VariableDeclarator' && holder.id.typeAnnotation !== undefined) ||
          (holder.type === 'PropertyDefinition' && holder.typeAnnotation !== undefined) ||
          holder.type === 'CallExpression' ||
          holder.type === 'NewExpression';
        if (typed) return [];
      }
      return [{ messageId: 'removeFallback', fix: (fixer) => removeFallback(fixer, node) }];
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

    const keyListeners = keyApiListeners(context, (key, api) => keyUses.set(key, api));

    return {
      ...keyListeners,
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
    };
  },
});

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

/**
 * `{ db: { password } }` → `DB_PASSWORD`, `stripe.secretKey = …` →
 * `STRIPE_SECRET_KEY`: the holder names the variable when the name alone is
 * ambiguous.
 */
function qualifyEnvName(node: StringNode, env: string): string {
  const parent = node.parent;
  let owner: string | undefined;
  if (parent.type === 'Property' && parent.parent.type === 'ObjectExpression') {
    const holder = parent.parent.parent;
    if (holder.type === 'Property' && holder.value === parent.parent) owner = getPropertyName(holder);
  } else if (
    parent.type === 'AssignmentExpression' &&
    parent.left.type === 'MemberExpression' &&
    parent.left.object.type === 'Identifier'
  ) {
    owner = parent.left.object.name;
  }
  if (owner === undefined || GENERIC_OWNERS.has(owner.toLowerCase())) return env;
  const prefix = toEnvName(owner, '');
  if (prefix === '' || env.startsWith(`${prefix}_`) || env === prefix) return env;
  return `${prefix}_${env}`;
}

/** `jwtSecret`, but not a bare `secret`: a name worth naming the variable after. */
function getSpecificName(kind: string | undefined, binding: Binding): string | undefined {
  const name = binding.name;
  return kind !== undefined && name !== undefined && splitWords(name).length > 1 ? name : undefined;
}

/** `jwtSecret` → `JWT_SECRET`; falls back when the name has no ASCII words. */
function toEnvName(name: string | undefined, fallback: string): string {
  const words = name === undefined ? [] : splitWords(name);
  const envName = words.join('_').toUpperCase();
  return /^[A-Z_][A-Z\d_]*$/u.test(envName) ? envName : fallback;
}
