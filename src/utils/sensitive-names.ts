/**
 * Which names hold secrets. One vocabulary for the rules that look at
 * secrets in code, in comparisons, in logs and in storage.
 *
 * Names are split into words (camelCase, snake_case, SCREAMING_CASE,
 * kebab-case) and judged by their last word, the noun that says what the
 * value is: `userPassword` is a password, `passwordLength` is a length.
 */

export type SensitiveKind =
  | 'password'
  | 'secret'
  | 'token'
  | 'apiKey'
  | 'privateKey'
  | 'signature'
  | 'digest'
  | 'otp'
  | 'sessionId'
  | 'credential'
  | 'authorization';

/** Words that name a secret value on their own. */
const SECRET_WORDS: Record<string, SensitiveKind> = {
  password: 'password',
  passwords: 'password',
  passwd: 'password',
  pwd: 'password',
  passphrase: 'password',
  secret: 'secret',
  secrets: 'secret',
  token: 'token',
  tokens: 'token',
  jwt: 'token',
  bearer: 'token',
  apikey: 'apiKey',
  apikeys: 'apiKey',
  privatekey: 'privateKey',
  privkey: 'privateKey',
  signature: 'signature',
  hmac: 'digest',
  mac: 'digest',
  digest: 'digest',
  otp: 'otp',
  totp: 'otp',
  pin: 'otp',
  credential: 'credential',
  credentials: 'credential',
  creds: 'credential',
  authorization: 'authorization',
  // Compounds written as one word.
  accesstoken: 'token',
  refreshtoken: 'token',
  authtoken: 'token',
  idtoken: 'token',
  sessiontoken: 'token',
  secretkey: 'secret',
  accesskey: 'apiKey',
  clientsecret: 'secret',
  sessionid: 'sessionId',
};

/** `key` is a secret only with one of these before it (`cacheKey` is not). */
const KEY_QUALIFIERS: Record<string, SensitiveKind> = {
  api: 'apiKey',
  access: 'apiKey',
  secret: 'secret',
  private: 'privateKey',
  signing: 'privateKey',
  sign: 'privateKey',
  encryption: 'secret',
  encrypt: 'secret',
  master: 'secret',
  auth: 'apiKey',
  hmac: 'secret',
  jwt: 'secret',
  session: 'secret',
  cookie: 'secret',
  cipher: 'secret',
  aes: 'secret',
  shared: 'secret',
  webhook: 'secret',
  license: 'apiKey',
  service: 'apiKey',
  client: 'apiKey',
};

/** `id` is a secret only after `session`; `code` only after these. */
const ID_QUALIFIERS = new Set(['session']);
const CODE_QUALIFIERS = new Set([
  'otp',
  'totp',
  'mfa',
  '2fa',
  'verification',
  'reset',
  'recovery',
  'backup',
  'auth',
  'authorization',
]);

/** A name ending in one of these describes a secret without holding it. */
const DESCRIPTOR_WORDS = new Set([
  'age', 'alg', 'algorithm', 'algorithms', 'at', 'button', 'changed', 'class',
  'column', 'component', 'config', 'count', 'created', 'description', 'dialog',
  'enabled', 'encoding', 'endpoint', 'env', 'error', 'errors', 'expiration',
  'expires', 'expiry', 'factory', 'field', 'fields', 'file', 'filename',
  'form', 'format', 'generator', 'handler', 'header', 'headers', 'helper',
  'hint', 'icon', 'id', 'ids', 'index', 'input', 'kind', 'label', 'len',
  'length', 'lifetime', 'location', 'max', 'maximum', 'message', 'min',
  'minimum', 'mode', 'module', 'msg', 'name', 'names', 'option', 'options',
  'page', 'param', 'parser', 'path', 'pattern', 'placeholder', 'policy',
  'prefix', 'provider', 'query', 'regex', 'required', 'route', 'rule', 'rules',
  'schema', 'selector', 'service', 'size', 'strategy', 'strength', 'style',
  'suffix', 'text', 'title', 'ttl', 'type', 'types', 'updated', 'uri', 'url',
  'validator', 'var', 'variable', 'version', 'view', 'visible',
]);

/** A name starting with one of these is a flag or a function, not a value. */
const VERB_OR_FLAG_WORDS = new Set([
  'allow', 'build', 'can', 'check', 'compare', 'create', 'disable', 'enable',
  'forgot', 'generate', 'get', 'has', 'hide', 'is', 'load', 'make', 'needs',
  'no', 'parse', 'read', 'require', 'requires', 'send', 'set', 'should',
  'show', 'use', 'validate', 'verify', 'with',
]);

/** Tokens that are not credentials: pagination cursors, lexer tokens, LLM budgets. */
const HARMLESS_TOKEN_QUALIFIERS = new Set([
  'cancel', 'cancellation', 'completion', 'continuation', 'csrf', 'input',
  'lexer', 'max', 'min', 'next', 'num', 'output', 'page', 'pagination',
  'parser', 'prev', 'previous', 'prompt', 'sync', 'total', 'xsrf',
  // Positions and punctuation of lexer tokens: `firstToken`, `closeBraceToken`.
  'first', 'last', 'start', 'end', 'open', 'close', 'opening', 'closing',
  'final', 'preceding', 'following', 'paren', 'brace', 'bracket', 'comma',
  'semi', 'colon', 'star', 'arrow', 'operator', 'punctuator', 'keyword',
]);

/**
 * Splits an identifier, property name or header name into lower-case words:
 * `apiKeyHeader` → `api key header`, `JWT_SECRET` → `jwt secret`,
 * `x-api-key` → `x api key`, `HTTPServer2` → `http server 2`.
 */
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z\d])([A-Z])/gu, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/gu, '$1 $2')
    .split(/[^A-Za-z\d]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/** What kind of secret a name holds, or `undefined` when it holds none. */
export function getSensitiveKind(name: string): SensitiveKind | undefined {
  // Long names are sentences or data, not bindings.
  if (name.length > 80) return undefined;

  const words = dropVersionSuffix(splitWords(name));
  const last = words.at(-1);
  if (last === undefined) return undefined;
  if (words.length > 1 && VERB_OR_FLAG_WORDS.has(words[0] ?? '')) {
    return undefined;
  }
  if (DESCRIPTOR_WORDS.has(last) && !isQualifiedId(words)) return undefined;

  const previous = words.at(-2);
  if (last === 'key' || last === 'keys') {
    return previous === undefined ? undefined : KEY_QUALIFIERS[previous];
  }
  if (last === 'code') {
    return previous !== undefined && CODE_QUALIFIERS.has(previous) ? 'otp' : undefined;
  }
  if (isQualifiedId(words)) return 'sessionId';

  // `passwordHash` and `tokenDigest` still hold a secret's fingerprint.
  if ((last === 'hash' || last === 'hashes') && previous !== undefined) {
    return Object.hasOwn(SECRET_WORDS, previous) ? 'digest' : undefined;
  }

  if (!Object.hasOwn(SECRET_WORDS, last)) return undefined;
  const kind = SECRET_WORDS[last];
  if (kind === 'token' && previous !== undefined && HARMLESS_TOKEN_QUALIFIERS.has(previous)) {
    return undefined;
  }
  return kind;
}

/** True when a name holds a secret value. */
export function isSensitiveName(name: string): boolean {
  return getSensitiveKind(name) !== undefined;
}

/**
 * A trailing number is a version or variant, not the noun:
 * `x-hub-signature-256` is a signature, `token_2` a token.
 */
function dropVersionSuffix(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && isDigits(words[end - 1] ?? '')) end -= 1;
  return end === words.length ? words : words.slice(0, end);
}

function isDigits(word: string): boolean {
  for (const char of word) {
    if (char < '0' || char > '9') return false;
  }
  return word.length > 0;
}

function isQualifiedId(words: string[]): boolean {
  const last = words.at(-1);
  const previous = words.at(-2);
  return (
    (last === 'id' || last === 'sid') &&
    previous !== undefined &&
    ID_QUALIFIERS.has(previous)
  );
}
