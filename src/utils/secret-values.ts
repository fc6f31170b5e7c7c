/**
 * Whether a string bound to a secret name holds a secret, or only sits next
 * to one: labels, field names, modes, validation patterns and paths keep
 * secret names company far more often than secrets do.
 */
import {
  isAlgorithmName,
  isDottedKey,
  isEnvVarName,
  isPasswordHash,
  isPlaceholder,
} from './secret-formats';
import { splitWords } from './sensitive-names';

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
const PATH_OR_URL =
  /^(?:[a-z][a-z\d+.-]{0,30}:\/\/|\/|\.{1,2}\/|~\/)|\.(?:pem|key|crt|cer|p12|pfx|json|txt|env|jks|keystore|ya?ml)$/iu;
const MAC_ADDRESS = /^(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/iu;
// `auth/refreshToken`, `session:user`: action types and cache-key paths.
const KEY_PATH = /^[A-Za-z@_][A-Za-z@_-]*(?:[/:][A-Za-z_][A-Za-z_-]*)+$/u;
// `^(?=.*\d).{8,}$`: a validation pattern kept under the field's name.
const REGEX_SOURCE = /^\^[^]*\$$|\(\?[=!]|\\[dws]|\{\d+,\d*\}/u;
// `required|min:8|confirmed`: a validation rule list.
const RULE_LIST = /^[a-z_]+(?::[\w,.]*)?(?:\|[a-z_]+(?::[\w,.]*)?)+$/u;
// `Mot-de-passe`, `Api-Key`: capitalised words are labels.
const CAPITALISED_LABEL = /^\p{Lu}\p{Ll}*(?:[-_ ]\p{L}+)*$/u;
// `lock-closed`, `fa-lock`, `i-lucide-lock`: icon and class names.
const KEBAB_WORDS = /^[a-z]+(?:-[a-z]+)+$/u;
// `LockClosedIcon`: a component or type name.
const PASCAL_IDENTIFIER = /^(?:\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}*|\d+)+$/u;
// `--accent-500`, `var(--ring)`, `$color-primary`: design tokens.
const DESIGN_TOKEN = /^(?:--[\w-]+|var\(--[\w-]+(?:,[^)]*)?\)|\$[a-z][\w-]*)$/u;
// `Passwort*`, `Mot de passe :`: a form label in any language.
const FORM_LABEL = /^\p{L}[\p{L} .'-]*\s?[*:]$/u;
// A random token mixes letters and digits or symbols: `?NoLineTerminatorHere` is a lexer name.
const TOKEN_CHARS = /^[\w.+/=~-]+$/u;
const MIN_SECRET_LENGTH = 6;
const MAX_NAME_LENGTH = 100;

/**
 * True when a string bound to a secret name looks like the secret itself:
 * not a placeholder, label, sentence, field or header name, environment
 * variable name, i18n key, algorithm, path, URL, validation pattern or a
 * short lower-case word. With `isCredential` (an `Authorization` value), a
 * leading `Bearer `/`Basic ` scheme is skipped first.
 */
export function isNamedSecretValue(value: string, isCredential = false, isToken = false): boolean {
  const secret = isCredential ? value.replace(AUTH_SCHEME, '') : value;
  if (FORM_LABEL.test(secret) || DESIGN_TOKEN.test(secret)) return false;
  if (secret.length < MIN_SECRET_LENGTH || /\s/u.test(secret)) return false;
  if (isPasswordHash(secret) || PASCAL_IDENTIFIER.test(secret)) return false;
  // `my-secret-key` is a weak secret, not an icon name.
  if (KEBAB_WORDS.test(secret) && !secret.split('-').includes('secret')) return false;
  if (isToken && !(TOKEN_CHARS.test(secret) && /\d/u.test(secret) && /[A-Za-z]/u.test(secret))) return false;
  if (isPlaceholder(secret) || isEnvVarName(secret) || isDottedKey(secret)) return false;
  if (isAlgorithmName(secret) || PATH_OR_URL.test(secret)) return false;
  if (MAC_ADDRESS.test(secret) || KEY_PATH.test(secret)) return false;
  if (REGEX_SOURCE.test(secret) || RULE_LIST.test(secret)) return false;
  if (CAPITALISED_LABEL.test(secret) || /^\p{Ll}{1,7}$/u.test(secret)) return false;
  if (NON_SECRET_VALUES.has(secret.toLowerCase()) || namesASecret(secret)) return false;

  // Letters outside ASCII without digits: a translated label.
  return !(/[^\p{ASCII}]/u.test(secret) && !/\d/u.test(secret));
}

/**
 * True when the fallback of an environment read could be a real secret:
 * not a placeholder, an algorithm, a variable name or a path. Spaces are
 * allowed: `'keyboard cat'` is a classic session secret.
 */
export function isFallbackSecretValue(value: string): boolean {
  // A placeholder here is the live key of every deployment that misses the variable.
  return !(
    value.trim() === '' ||
    isAlgorithmName(value) ||
    isEnvVarName(value) ||
    PATH_OR_URL.test(value)
  );
}

/** `password`, `auth-token`, `x-api-key`, `new-password`: a value naming a field. */
function namesASecret(value: string): boolean {
  if (value.length > MAX_NAME_LENGTH) return false;
  const words = splitWords(value);
  return words.length > 0 && words.every((word) => NAME_WORDS.has(word));
}
