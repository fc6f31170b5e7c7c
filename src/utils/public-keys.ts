/**
 * Keys that services issue for browsers: restricted by origin or limited to
 * public operations (map tiles, analytics events, search queries). Both
 * `no-public-env-secrets` and `no-hardcoded-secrets` excuse them, so they
 * share this one list.
 */
import { getSensitiveKind, splitWords } from './sensitive-names';

const BROWSER_KEY_WORDS = new Set([
  'anon', 'anonymous', 'browser', 'bugsnag', 'client', 'firebase', 'hcaptcha',
  'map', 'mapbox', 'maps', 'maptiler', 'mixpanel', 'amplitude', 'posthog',
  'pub', 'public', 'publishable', 'recaptcha', 'rum', 'search', 'site',
  'turnstile',
]);

/** Words that make any key a secret, whatever else the name says. */
const SECRET_WORDS = new Set(['secret', 'private', 'admin', 'service', 'write']);

/**
 * `MAPBOX_TOKEN`, `searchApiKey`, `googleMapsApiKey`, `MIXPANEL_TOKEN`:
 * an API key or token named for a browser-side service. A secret, password
 * or private key is never excused.
 */
export function isBrowserKeyName(name: string): boolean {
  const kind = getSensitiveKind(name);
  if (kind !== 'apiKey' && kind !== 'token') return false;
  const words = splitWords(name);
  return words.some((word) => BROWSER_KEY_WORDS.has(word)) && !words.some((word) => SECRET_WORDS.has(word));
}
