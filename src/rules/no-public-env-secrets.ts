import type { TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../utils/create-rule';
import { getDestructuredSource, getEnvRead, isEnvObject } from '../utils/env';
import { isBrowserKeyName } from '../utils/public-keys';
import { getSensitiveKind, splitWords } from '../utils/sensitive-names';
import { getPropertyName } from '../utils/values';

export type Options = [];
export type MessageIds = 'publicSecret';

/** Prefixes that bundlers inline into client code, longest first. */
const CLIENT_PREFIXES: readonly (readonly [string, string])[] = [
  ['NEXT_PUBLIC_', 'Next.js'],
  ['EXPO_PUBLIC_', 'Expo'],
  ['NUXT_PUBLIC_', 'Nuxt'],
  ['REACT_APP_', 'Create React App'],
  ['VUE_APP_', 'Vue CLI'],
  ['GATSBY_', 'Gatsby'],
  ['PUBLIC_', 'SvelteKit and Astro'],
  ['VITE_', 'Vite'],
];

const DATABASE_WORDS = new Set([
  'database', 'db', 'mongo', 'mongodb', 'mysql', 'postgres', 'postgresql',
  'redis',
]);
const CONNECTION_WORDS = new Set(['url', 'uri', 'connection', 'string']);

/** The kinds of secret worth a report, as message fragments. */
const KIND_DESCRIPTIONS: Partial<Record<string, string>> = {
  password: 'a password',
  secret: 'a secret',
  token: 'a token',
  apiKey: 'an API key',
  privateKey: 'a private key',
  credential: 'a credential',
  authorization: 'a credential',
};

export default createRule<Options, MessageIds>({
  name: 'no-public-env-secrets',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow secrets in environment variables that are bundled into client code',
      recommended: 'recommended',
    },
    messages: {
      publicSecret:
        '`{{name}}` looks like {{what}}, but {{framework}} inlines `{{prefix}}` variables into the browser bundle for every visitor to read. Keep it on the server under a name without the prefix, and call it from server code.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;

    function check(name: string | undefined, node: TSESTree.Node): void {
      if (name === undefined) return;
      const client = CLIENT_PREFIXES.find(([prefix]) => name.startsWith(prefix));
      if (!client) return;

      const [prefix, framework] = client;
      const what = describeSecret(name.slice(prefix.length));
      if (what === undefined) return;

      context.report({ node, messageId: 'publicSecret', data: { name, what, prefix, framework } });
    }

    return {
      MemberExpression(node) {
        const read = getEnvRead(node, sourceCode.getScope(node));
        if (read) check(read.name, node.property);
      },
      ObjectPattern(node) {
        const source = getDestructuredSource(node);
        if (!source || !isEnvObject(source, sourceCode.getScope(node))) return;

        for (const property of node.properties) {
          if (property.type === 'Property') check(getPropertyName(property), property.key);
        }
      },
    };
  },
});

/** What secret a variable name (without its prefix) holds, as a message fragment. */
function describeSecret(rest: string): string | undefined {
  const words = splitWords(rest);
  if (isDatabaseUrl(words)) return 'a database connection string';
  if (isAdminKey(words)) return 'an admin key';

  const kind = getSensitiveKind(rest);
  if (kind === undefined || isBrowserKeyName(rest)) return undefined;
  return KIND_DESCRIPTIONS[kind];
}

/** `DATABASE_URL`, `MONGODB_URI`, `REDIS_CONNECTION_STRING`. */
function isDatabaseUrl(words: string[]): boolean {
  const last = words.at(-1);
  return (
    last !== undefined &&
    CONNECTION_WORDS.has(last) &&
    words.some((word) => DATABASE_WORDS.has(word))
  );
}

/** Supabase's `SERVICE_ROLE_KEY`, Algolia's `ADMIN_KEY`, `ADMIN_TOKEN`. */
function isAdminKey(words: string[]): boolean {
  const last = words.at(-1);
  const previous = words.at(-2);
  if (last !== 'key' && last !== 'token' && last !== 'role') return false;
  return previous === 'admin' || previous === 'role' || (last === 'role' && previous === 'service');
}
