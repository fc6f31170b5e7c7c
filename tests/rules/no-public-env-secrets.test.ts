import rule from '../../src/rules/no-public-env-secrets';
import { jsRuleTester, ruleTester } from '../rule-tester';

ruleTester.run('no-public-env-secrets', rule, {
  valid: [
    // Server-only names.
    'const secret = process.env.JWT_SECRET;',
    'const key = process.env.STRIPE_SECRET_KEY!;',
    "const token = process.env['GITHUB_TOKEN'];",
    'const { OPENAI_API_KEY, DATABASE_URL } = process.env;',
    // Public values behind public prefixes.
    'const apiUrl = process.env.NEXT_PUBLIC_API_URL;',
    'const stripe = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);',
    'const clerk = process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY;',
    'const supabase = createClient(import.meta.env.VITE_SUPABASE_URL, import.meta.env.VITE_SUPABASE_ANON_KEY);',
    'const key = process.env.NEXT_PUBLIC_VAPID_PUBLIC_KEY;',
    'const ga = process.env.NEXT_PUBLIC_GA_MEASUREMENT_ID;',
    'const gtm = import.meta.env.VITE_GTM_ID;',
    'Sentry.init({ dsn: process.env.NEXT_PUBLIC_SENTRY_DSN });',
    // Mapbox public tokens are meant for browsers; a secret one under this name is missed (Known Limitations).
    'mapboxgl.accessToken = process.env.NEXT_PUBLIC_MAPBOX_TOKEN!;',
    // A secret under a name outside the vocabulary is missed (Known Limitations).
    'const openai = import.meta.env.VITE_OPENAI;',
    'const mapbox = import.meta.env.VITE_MAPBOX_ACCESS_TOKEN;',
    'const maps = process.env.REACT_APP_GOOGLE_MAPS_API_KEY;',
    `
const firebaseConfig = {
  apiKey: process.env.NEXT_PUBLIC_FIREBASE_API_KEY,
  authDomain: process.env.NEXT_PUBLIC_FIREBASE_AUTH_DOMAIN,
};
`,
    'const search = algoliasearch(appId, process.env.NEXT_PUBLIC_ALGOLIA_SEARCH_API_KEY!);',
    'const site = process.env.NEXT_PUBLIC_RECAPTCHA_SITE_KEY;',
    'const turnstile = import.meta.env.PUBLIC_TURNSTILE_SITE_KEY;',
    'posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY!, { api_host: host });',
    'mixpanel.init(process.env.REACT_APP_MIXPANEL_TOKEN);',
    "datadogRum.init({ clientToken: process.env.NEXT_PUBLIC_DD_CLIENT_TOKEN!, site: 'datadoghq.eu' });",
    'const clientId = process.env.NEXT_PUBLIC_GOOGLE_CLIENT_ID;',
    'const segment = process.env.GATSBY_SEGMENT_WRITE_KEY;',
    // Names that only describe a secret.
    'const header = process.env.NEXT_PUBLIC_API_KEY_HEADER;',
    'const length = import.meta.env.VITE_PASSWORD_MIN_LENGTH;',
    'const mode = import.meta.env.MODE;',
    'const csrf = process.env.NEXT_PUBLIC_CSRF_TOKEN_HEADER;',
    // Not the environment.
    `
function render(process: { env: Record<string, string> }) {
  return process.env.NEXT_PUBLIC_SECRET;
}
`,
    'const config = settings.env.NEXT_PUBLIC_API_SECRET;',
    'const { NEXT_PUBLIC_API_SECRET } = settings;',
    // Computed names cannot be judged.
    'const value = process.env[`NEXT_PUBLIC_${name}`];',
    'const { [name]: value, ...rest } = process.env;',
  ],
  invalid: [
    {
      code: 'const key = process.env.NEXT_PUBLIC_OPENAI_API_KEY;',
      errors: [
        {
          messageId: 'publicSecret',
          data: {
            name: 'NEXT_PUBLIC_OPENAI_API_KEY',
            what: 'an API key',
            prefix: 'NEXT_PUBLIC_',
            framework: 'Next.js',
          },
          line: 1,
          column: 25,
          endColumn: 51,
        },
      ],
    },
    {
      code: "const key = process.env['NEXT_PUBLIC_STRIPE_SECRET_KEY'];",
      errors: [{ messageId: 'publicSecret', line: 1, column: 25, endColumn: 56 }],
    },
    {
      code: 'const stripe = new Stripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY!);',
      errors: [{ messageId: 'publicSecret', line: 1, column: 39 }],
    },
    {
      code: 'const token = import.meta.env.VITE_GITHUB_TOKEN;',
      errors: [
        {
          messageId: 'publicSecret',
          data: { name: 'VITE_GITHUB_TOKEN', what: 'a token', prefix: 'VITE_', framework: 'Vite' },
          line: 1,
          column: 31,
        },
      ],
    },
    {
      code: 'const key = import.meta.env.VITE_OPENAI_API_KEY as string;',
      errors: [{ messageId: 'publicSecret', line: 1, column: 29 }],
    },
    {
      code: 'fetch(url, { headers: { Authorization: `Bearer ${process.env.REACT_APP_API_TOKEN}` } });',
      errors: [
        {
          messageId: 'publicSecret',
          line: 1,
          column: 62,
        },
      ],
    },
    {
      code: 'const key = process.env.REACT_APP_API_KEY;',
      errors: [{ messageId: 'publicSecret', line: 1, column: 25 }],
    },
    {
      code: 'const secret = process.env.EXPO_PUBLIC_CLIENT_SECRET;',
      errors: [
        {
          messageId: 'publicSecret',
          line: 1,
          column: 28,
        },
      ],
    },
    {
      code: 'const password = import.meta.env.PUBLIC_ADMIN_PASSWORD;',
      errors: [
        {
          messageId: 'publicSecret',
          line: 1,
          column: 34,
        },
      ],
    },
    {
      code: 'const token = process.env.GATSBY_CONTENTFUL_ACCESS_TOKEN;',
      errors: [{ messageId: 'publicSecret', line: 1, column: 27 }],
    },
    {
      code: 'const supabase = createClient(url, process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!);',
      errors: [{ messageId: 'publicSecret', line: 1, column: 48 }],
    },
    {
      code: 'const admin = algoliasearch(appId, process.env.NEXT_PUBLIC_ALGOLIA_ADMIN_KEY!);',
      errors: [{ messageId: 'publicSecret', line: 1, column: 48 }],
    },
    {
      code: 'const db = new Pool({ connectionString: process.env.NEXT_PUBLIC_DATABASE_URL });',
      errors: [
        { messageId: 'publicSecret', line: 1, column: 53 },
      ],
    },
    {
      code: 'const mongo = import.meta.env.VITE_MONGODB_URI;',
      errors: [{ messageId: 'publicSecret', line: 1, column: 31 }],
    },
    {
      code: 'const key = process.env.NEXT_PUBLIC_FIREBASE_PRIVATE_KEY;',
      errors: [{ messageId: 'publicSecret', line: 1, column: 25 }],
    },
    {
      code: 'const token = process.env.NEXT_PUBLIC_SENTRY_AUTH_TOKEN;',
      errors: [{ messageId: 'publicSecret', line: 1, column: 27 }],
    },
    {
      code: 'const { NEXT_PUBLIC_JWT_SECRET, NEXT_PUBLIC_API_URL } = process.env;',
      errors: [
        {
          messageId: 'publicSecret',
          data: { name: 'NEXT_PUBLIC_JWT_SECRET', what: 'a secret', prefix: 'NEXT_PUBLIC_', framework: 'Next.js' },
          line: 1,
          column: 9,
          endColumn: 31,
        },
      ],
    },
    {
      code: "const { VITE_STRIPE_SECRET_KEY: stripeKey = '' } = import.meta.env;",
      errors: [{ messageId: 'publicSecret', line: 1, column: 9, endColumn: 31 }],
    },
    {
      code: 'let key;\n({ NUXT_PUBLIC_API_SECRET: key } = process.env);',
      errors: [
        {
          messageId: 'publicSecret',
          line: 2,
          column: 4,
        },
      ],
    },
    {
      code: 'const key = process.env?.VUE_APP_API_KEY;',
      errors: [{ messageId: 'publicSecret', line: 1, column: 26 }],
    },
    {
      code: 'const creds = { user: process.env.NEXT_PUBLIC_DB_USER, pass: process.env.NEXT_PUBLIC_DB_PASSWORD };',
      errors: [{ messageId: 'publicSecret', line: 1, column: 74 }],
    },
    {
      code: 'const mapboxSecret = process.env.NEXT_PUBLIC_MAPBOX_SECRET_TOKEN;',
      errors: [{ messageId: 'publicSecret', line: 1, column: 34 }],
    },
  ],
});

// Findings of a review against real-world code (see the rule page).
ruleTester.run('no-public-env-secrets (field review)', rule, {
  valid: [
    `export const key = process.env.PUBLIC_JWT_KEY;`,
    `export const key = process.env.PUBLIC_SIGNING_KEY;`,
    `export const key = process.env.PUBLIC_ENCRYPTION_KEY;`,
    `export const key = process.env.NEXT_PUBLIC_JWT_PUBLIC_KEY;`,
    `export const key = import.meta.env.PUBLIC_KEY_PEM;`,
    `process.env.NEXT_PUBLIC_API_SECRET = 'test';`,
    `const env = process.env;
env.NEXT_PUBLIC_API_SECRET = 'test';`,
    `const env = { NEXT_PUBLIC_API_SECRET: 'x' };
export const s = env.NEXT_PUBLIC_API_SECRET;`,
    `let env = process.env;
env = other;
export const s = env.NEXT_PUBLIC_API_SECRET;`,
    `import { PUBLIC_TURNSTILE_SITE_KEY, PUBLIC_API_URL } from '$env/static/public';`,
    `export const url = process.env.NEXT_PUBLIC_WEBHOOK_PATH;`,
  ],
  invalid: [
    {
      code: `const env = process.env;
export const key = env.NEXT_PUBLIC_OPENAI_API_KEY;`,
      errors: [
        {
          messageId: 'publicSecret',
          line: 2,
          column: 24,
        },
      ],
    },
    {
      code: `export const key = (import.meta as any).env.VITE_OPENAI_API_KEY;`,
      errors: [
        {
          messageId: 'publicSecret',
          line: 1,
          column: 45,
        },
      ],
    },
    {
      code: `export const key = process.env.NEXT_PUBLIC_OPENAI_KEY;`,
      errors: [
        {
          messageId: 'publicSecret',
          line: 1,
          column: 32,
        },
      ],
    },
    {
      code: `export const key = process.env.EXPO_PUBLIC_DEEPGRAM_KEY;`,
      errors: [
        {
          messageId: 'publicSecret',
          line: 1,
          column: 32,
        },
      ],
    },
    {
      code: `export const smtp = { pass: process.env.NEXT_PUBLIC_SMTP_PASS, db: process.env.VITE_DB_PASS };`,
      errors: [
        {
          messageId: 'publicSecret',
          line: 1,
          column: 41,
        },
        {
          messageId: 'publicSecret',
          line: 1,
          column: 80,
        },
      ],
    },
    {
      code: `export const wallet = [process.env.NEXT_PUBLIC_MNEMONIC, process.env.NEXT_PUBLIC_SEED_PHRASE];`,
      errors: [
        {
          messageId: 'publicSecret',
          line: 1,
          column: 36,
        },
        {
          messageId: 'publicSecret',
          line: 1,
          column: 70,
        },
      ],
    },
    {
      code: `export const sa = process.env.NEXT_PUBLIC_FIREBASE_SERVICE_ACCOUNT;`,
      errors: [
        {
          messageId: 'publicSecret',
          line: 1,
          column: 31,
        },
      ],
    },
    {
      code: `export const hooks = [process.env.NEXT_PUBLIC_SLACK_WEBHOOK_URL, process.env.REACT_APP_DISCORD_WEBHOOK_URL];`,
      errors: [
        {
          messageId: 'publicSecret',
          line: 1,
          column: 35,
        },
        {
          messageId: 'publicSecret',
          line: 1,
          column: 78,
        },
      ],
    },
    {
      code: `export const db = process.env.NEXT_PUBLIC_PG_CONNECTION_STRING;`,
      errors: [
        {
          messageId: 'publicSecret',
          line: 1,
          column: 31,
        },
      ],
    },
    {
      code: `import { PUBLIC_STRIPE_SECRET_KEY } from '$env/static/public';`,
      errors: [
        {
          messageId: 'publicSecret',
          line: 1,
          column: 10,
        },
      ],
    },
    {
      code: `import { env } from '$env/dynamic/public';
export const key = process.env.PUBLIC_JWT_KEY;`,
      errors: [
        {
          messageId: 'publicSecret',
          line: 2,
          column: 32,
        },
      ],
    },
    {
      code: `export const key = import.meta.env.PUBLIC_SIGNING_KEY;`,
      errors: [
        {
          messageId: 'publicSecret',
          line: 1,
          column: 36,
        },
      ],
    },
  ],
});

jsRuleTester.run('no-public-env-secrets (JavaScript)', rule, {
  valid: [
    'module.exports = { publishableKey: process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY };',
    'const { REACT_APP_API_URL } = process.env;',
  ],
  invalid: [
    {
      code: 'module.exports = { secretKey: process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY };',
      errors: [{ messageId: 'publicSecret', line: 1, column: 43 }],
    },
    {
      code: 'const { REACT_APP_SECRET } = process.env;',
      errors: [{ messageId: 'publicSecret', line: 1, column: 9 }],
    },
  ],
});
