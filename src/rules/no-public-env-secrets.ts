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
  'database', 'db', 'mongo', 'mongodb', 'mysql', 'pg', 'postgres',
  'postgresql', 'redis',
]);

/** Server-side APIs whose bare `_KEY` is a secret key: `OPENAI_KEY`. */
const SERVER_API_WORDS = new Set([
  'anthropic', 'cohere', 'deepgram', 'elevenlabs', 'gemini', 'groq',
  'mailgun', 'mistral', 'openai', 'pinecone', 'replicate', 'resend',
  'sendgrid', 'twilio',
]);

// SvelteKit's `$env/*/public` modules, or Astro's `import.meta.env`.
const SVELTE_OR_ASTRO = /\$env\/(?:static|dynamic)\/public|import\.meta\.env/u;
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
    // A bare `PUBLIC_` prefix means nothing to a Node back end.
    const barePublicIsClient = SVELTE_OR_ASTRO.test(sourceCode.text);

    function check(name: string | undefined, node: TSESTree.Node): void {
      if (name === undefined) return;
      const client = CLIENT_PREFIXES.find(([prefix]) => name.startsWith(prefix));
      if (!client) return;
      if (client[0] === 'PUBLIC_' && !barePublicIsClient) return;

      const [prefix, framework] = client;
      const what = describeSecret(name.slice(prefix.length));
      if (what === undefined) return;

      context.report({ node, messageId: 'publicSecret', data: { name, what, prefix, framework } });
    }

    return {
      MemberExpression(node) {
        // `process.env.X = …` in a setup script writes, it does not expose.
        if (node.parent.type === 'AssignmentExpression' && node.parent.left === node) return;
        const read = getEnvRead(node, sourceCode.getScope(node));
        if (read) check(read.name, node.property);
      },
      // SvelteKit: `import { PUBLIC_X } from '$env/static/public'`.
      ImportDeclaration(node) {
        if (node.source.value !== '$env/static/public') return;
        for (const specifier of node.specifiers) {
          if (specifier.type !== 'ImportSpecifier') continue;
          const imported = specifier.imported;
          check(imported.type === 'Identifier' ? imported.name : imported.value, imported);
        }
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
  if (kind === undefined) return describeOtherSecret(words);
  if (isBrowserKeyName(rest) || isPublicHalf(words)) return undefined;
  return KIND_DESCRIPTIONS[kind];
}

/** `JWT_PUBLIC_KEY`, `PUBLIC_KEY_PEM`: the public half of a key pair. */
function isPublicHalf(words: string[]): boolean {
  const index = words.indexOf('public');
  return index !== -1 && words[index + 1] === 'key';
}

/** Secrets that the shared vocabulary does not name: pass, seeds, webhooks. */
function describeOtherSecret(words: string[]): string | undefined {
  const last = words.at(-1);
  if (last === 'pass') return 'a password';
  if (words.includes('mnemonic') || (words.includes('seed') && words.includes('phrase'))) {
    return 'a wallet seed phrase';
  }
  if (words.includes('service') && words.includes('account')) return 'a service account key';
  // Anyone holding a Slack or Discord webhook URL can post as the app.
  if (words.includes('webhook') && (last === 'url' || last === 'uri')) return 'a webhook URL';
  if (last === 'key' && words.some((word) => SERVER_API_WORDS.has(word))) return 'an API key';
  return undefined;
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
