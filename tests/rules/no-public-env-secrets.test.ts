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
