/**
 * What secret values look like: the formats of well-known credentials, the
 * placeholders that stand in for them in docs and samples, and the strings
 * that sit next to secret names without being secrets (labels, field names,
 * algorithm names, names of environment variables).
 *
 * Every pattern here runs on every string literal of a file, including
 * megabyte-long data blobs, so each one has a fixed prefix, bounded
 * quantifiers and no nested repetition: its cost is linear in the input.
 */

export interface SecretFormat {
  /** What the value is, as a message fragment: `a GitHub token`. */
  description: string;
  /** An environment variable name for the suggestion: `GITHUB_TOKEN`. */
  envName: string;
}

export interface SecretMatch extends SecretFormat {
  /** Where the secret sits in the searched string. */
  start: number;
  end: number;
}

interface FormatSpec extends SecretFormat {
  /** Substrings one of which every match contains: a cheap test first. */
  hints: readonly string[];
  pattern: RegExp;
  /** Extra check on a match; false drops it. */
  accept?: (match: string) => boolean;
  /** Index of the group holding the random part, judged for placeholders. */
  secretGroup?: number;
  /** The match is the start of a longer value (a URL): it ends at whitespace. */
  wholeWord?: boolean;
}

// A boundary before a token: not inside a longer run of token characters.
const B = '(?<![A-Za-z0-9_\\-])';
// A boundary after a token.
const E = '(?![A-Za-z0-9_\\-])';

const FORMATS: readonly FormatSpec[] = [
  {
    description: 'an AWS access key id',
    hints: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
    envName: 'AWS_ACCESS_KEY_ID',
    pattern: new RegExp(`${B}(?:AKIA|ASIA|ABIA|ACCA)([A-Z0-9]{16})${E}`, 'gu'),
    secretGroup: 1,
  },
  {
    description: 'a GitHub token',
    hints: ['gh', 'github_pat_'],
    envName: 'GITHUB_TOKEN',
    pattern: new RegExp(
      `${B}(?:gh[pousr]_([A-Za-z0-9]{36,251})|github_pat_([A-Za-z0-9_]{70,251}))${E}`,
      'gu',
    ),
  },
  {
    description: 'a GitLab token',
    hints: ['gl'],
    envName: 'GITLAB_TOKEN',
    pattern: new RegExp(`${B}gl(?:pat|dt|rt|ptt|cbt|oas|soat)-([A-Za-z0-9_-]{20,250})${E}`, 'gu'),
    secretGroup: 1,
  },
  {
    description: 'a Slack token',
    hints: ['xox', 'xapp'],
    envName: 'SLACK_TOKEN',
    pattern: new RegExp(`${B}(?:xox[abposre]|xapp)-((?:[0-9]{1,20}-){0,4}[A-Za-z0-9]{10,250})${E}`, 'gu'),
    secretGroup: 1,
  },
  {
    description: 'a Stripe live secret key',
    hints: ['_live_'],
    envName: 'STRIPE_SECRET_KEY',
    pattern: new RegExp(`${B}(?:sk|rk)_live_([A-Za-z0-9]{20,250})${E}`, 'gu'),
    secretGroup: 1,
  },
  {
    description: 'a Google API key',
    hints: ['AIza'],
    envName: 'GOOGLE_API_KEY',
    pattern: new RegExp(`${B}AIza([A-Za-z0-9_-]{35})${E}`, 'gu'),
    secretGroup: 1,
  },
  {
    description: 'a SendGrid API key',
    hints: ['SG.'],
    envName: 'SENDGRID_API_KEY',
    pattern: new RegExp(`${B}SG\\.([A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})${E}`, 'gu'),
    secretGroup: 1,
  },
  {
    description: 'a Twilio API key',
    hints: ['SK'],
    envName: 'TWILIO_API_KEY',
    pattern: new RegExp(`${B}SK([0-9a-f]{32})${E}`, 'gu'),
    secretGroup: 1,
  },
  {
    description: 'an npm token',
    hints: ['npm_'],
    envName: 'NPM_TOKEN',
    pattern: new RegExp(`${B}npm_([A-Za-z0-9]{36})${E}`, 'gu'),
    secretGroup: 1,
  },
  {
    description: 'a signed JWT',
    hints: ['eyJ'],
    envName: 'JWT',
    pattern: new RegExp(
      `(?<![A-Za-z0-9_.\\-])(eyJ[A-Za-z0-9_-]{8,2000})\\.([A-Za-z0-9_-]{2,8000})\\.[A-Za-z0-9_-]{16,1000}(?![A-Za-z0-9_.\\-])`,
      'gu',
    ),
    accept: isSignedJwt,
  },
  {
    description: 'a connection string with a password',
    hints: ['://'],
    envName: 'DATABASE_URL',
    // scheme://user:password@ where the password is not a placeholder.
    pattern:
      /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/([^\s:@/?#'"`]{0,256}):([^\s:@/?#'"`]{1,256})@/gu,
    accept: hasRealUrlPassword,
    wholeWord: true,
  },
];

const PEM_HEADER = /-----BEGIN ((?:[A-Z0-9]{1,12} ){0,3})PRIVATE KEY(?: BLOCK)?-----/gu;
const BASE64_LINE = /^[A-Za-z0-9+/=]{1,16384}$/u;
const PEM_HEADER_FIELD = /^[A-Za-z-]{1,40}:/u;
const MIN_PEM_BODY = 64;
// An RSA 8192 key is under 7 KB; a larger body is data, not a key.
const MAX_PEM_BODY = 16_384;

/**
 * Finds the first credential in a known format: cloud and SaaS tokens, PEM
 * private key blocks with a real body, signed JWTs, and URLs or connection
 * strings with an embedded password. Placeholders such as
 * `AKIAIOSFODNN7EXAMPLE` or a PEM block with `...` for a body do not count.
 */
export function findSecretFormat(value: string): SecretMatch | undefined {
  const pem = findPrivateKeyBlock(value);
  if (pem) return pem;

  for (const format of FORMATS) {
    // Most strings hold none of the prefixes; skip the regex scan for them.
    if (!format.hints.some((hint) => value.includes(hint))) continue;

    for (const match of value.matchAll(format.pattern)) {
      const text = match[0];
      const secret = format.secretGroup === undefined ? text : (match[format.secretGroup] ?? text);
      if (isPlaceholderSecret(secret)) continue;
      if (format.accept && !format.accept(text)) continue;
      return {
        description: format.description,
        envName: format.envName,
        start: match.index,
        end: format.wholeWord ? getWordEnd(value, match.index) : match.index + text.length,
      };
    }
  }
  return undefined;
}

function getWordEnd(value: string, start: number): number {
  const rest = value.slice(start).search(/[\s'"`]/u);
  return rest === -1 ? value.length : start + rest;
}

function findPrivateKeyBlock(value: string): SecretMatch | undefined {
  if (!value.includes('PRIVATE KEY')) return undefined;

  for (const header of value.matchAll(PEM_HEADER)) {
    const bodyStart = header.index + header[0].length;
    // The body ends at the next dashes, so each header reads only its own.
    const footer = value.indexOf('-----', bodyStart);
    const bodyEnd = footer === -1 ? value.length : footer;
    if (bodyEnd - bodyStart > MAX_PEM_BODY) continue;
    if (!isBase64Body(value.slice(bodyStart, bodyEnd))) continue;

    const footerEnd = footer === -1 ? -1 : value.indexOf('-----', footer + 5);
    return {
      description: 'a private key',
      envName: 'PRIVATE_KEY',
      start: header.index,
      end: footerEnd === -1 ? value.length : footerEnd + 5,
    };
  }
  return undefined;
}

/** The body of a PEM block: base64 lines, after optional `Name: value` headers. */
function isBase64Body(body: string): boolean {
  let length = 0;
  // Lines may be wrapped, run together on one line, or joined by spaces.
  for (const rawLine of body.split(/\r?\n|\\n/u)) {
    const line = rawLine.trim();
    if (line === '' || PEM_HEADER_FIELD.test(line)) continue;
    for (const chunk of line.split(/\s+/u)) {
      if (!BASE64_LINE.test(chunk)) return false;
      length += chunk.length;
    }
  }
  return length >= MIN_PEM_BODY && !isPlaceholderSecret(body.replace(/\s+/gu, ''), true);
}

function decodeBase64UrlJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** A JWT whose header names a signing algorithm, and that is not jwt.io's sample. */
function isSignedJwt(token: string): boolean {
  const [header = '', payload = ''] = token.split('.');
  const decoded = decodeBase64UrlJson(header);
  if (typeof decoded !== 'object' || decoded === null) return false;

  const alg = (decoded as { alg?: unknown }).alg;
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none') return false;

  const claims = decodeBase64UrlJson(payload) as { sub?: unknown; role?: unknown } | undefined;
  // Supabase's anon key is meant for browsers; its `service_role` key is not.
  return claims?.sub !== '1234567890' && claims?.role !== 'anon';
}

/** Passwords in docs and local defaults: `user:pass@`, `guest:guest@`. */
const URL_PASSWORD_PLACEHOLDERS = new Set([
  'pass', 'passwd', 'password', 'pwd', 'secret', 'pw', 'changeme', 'example',
]);

function hasRealUrlPassword(text: string): boolean {
  const credentials = /\/\/([^:]*):([^@]*)@$/u.exec(text);
  const user = credentials?.[1] ?? '';
  const password = credentials?.[2] ?? '';
  if (password === '' || password === user) return false;
  if (URL_PASSWORD_PLACEHOLDERS.has(password.toLowerCase())) return false;
  if (/^[[{<$%:*]/u.test(password)) return false;
  return !isPlaceholder(password);
}

const PLACEHOLDER_WORDS = new Set([
  'changeme', 'change', 'changeit', 'replace', 'replaceme', 'example',
  'examples', 'sample', 'placeholder', 'dummy', 'fake', 'mock', 'test',
  'testing', 'todo', 'tbd', 'fixme', 'redacted', 'masked', 'your', 'yours',
  'insert', 'enter', 'paste', 'foo', 'bar', 'baz', 'lorem', 'ipsum',
]);

/**
 * True for values that stand in for a secret and cannot be one: empty,
 * `<api-key>`, `{{token}}`, `${SECRET}`, `your-key-here`, `changeme`,
 * `xxxx`, `****`, `...`, and anything made of the words example, test,
 * dummy, sample, placeholder and the like.
 */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length === 0) return true;
  if (/^(?:<[^>]*>|\{\{[^}]*\}\}|\$\{[^}]*\}|\[[^\]]*\]|%[^%]*%)$/u.test(trimmed)) {
    return true;
  }
  if (/^[<{[(%$]/u.test(trimmed) && /[>}\])%]$/u.test(trimmed)) return true;
  if (/^[^A-Za-z0-9]*$/u.test(trimmed)) return true;
  if (trimmed.includes('...') || trimmed.includes('\u2026')) return true;

  return isPlaceholderToken(trimmed);
}

/**
 * The random part of a token in a known format, as written in docs:
 * `AKIAIOSFODNN7EXAMPLE`, `ghp_xxxx…`, one repeated character, or a counting
 * run. Real tokens are random, so words are not looked for: any word turns up
 * by chance in a long enough random string.
 */
function isPlaceholderSecret(secret: string, allowRuns = false): boolean {
  if (/example|placeholder|x{4}|\*{3}/iu.test(secret)) return true;
  if (/^(.)\1*$/u.test(secret) || hasSequenceRun(secret, 8)) return true;
  // DER structures in key bodies hold long runs of `A`; random tokens do not.
  return !allowRuns && hasRepeatRun(secret, 8);
}

/** Placeholder words, runs like `xxxx`/`0000`, and counting sequences. */
function isPlaceholderToken(value: string): boolean {
  if (/x{3,}|X{3,}|\*{3,}/u.test(value)) return true;
  if (hasRepeatRun(value, 6) || hasSequenceRun(value, 6)) return true;

  for (const word of splitValueWords(value)) {
    if (PLACEHOLDER_WORDS.has(word)) return true;
    if (word.startsWith('your') && word.length > 4) return true;
  }
  return false;
}

/** Words of a value: split at symbols, case changes and letter-digit changes. */
export function splitValueWords(value: string): string[] {
  const sample = value.length > 4096 ? value.slice(0, 4096) : value;
  return sample
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .replace(/([A-Za-z])(\d)/gu, '$1 $2')
    .replace(/(\d)([A-Za-z])/gu, '$1 $2')
    .split(/[^A-Za-z\d]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

function hasRepeatRun(value: string, length: number): boolean {
  let run = 1;
  for (let index = 1; index < value.length; index++) {
    run = value[index] === value[index - 1] ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}

function hasSequenceRun(value: string, length: number): boolean {
  let run = 1;
  for (let index = 1; index < value.length; index++) {
    run = value.charCodeAt(index) === value.charCodeAt(index - 1) + 1 ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}

/**
 * `HS256`, `RS512`, `sha256`, `sha-1`, `md5`, `aes-256-gcm`, `bcrypt`:
 * values that name an algorithm, often next to a secret name.
 */
export function isAlgorithmName(value: string): boolean {
  return (
    /^(?:HS|RS|ES|PS)(?:256|384|512)$|^EdDSA$/iu.test(value) ||
    /^(?:sha|sha-|sha3-)?(?:1|224|256|384|512)=?$/iu.test(value) ||
    /^(?:sha\d{1,3}|md5|md4|ripemd160|blake2b512|blake2s256|shake256)=?$/iu.test(value) ||
    /^(?:aes|des|chacha20|camellia)(?:-\d{2,3})?(?:-[a-z\d]{2,10})?$/iu.test(value) ||
    /^(?:bcrypt|scrypt|argon2(?:id|i|d)?|pbkdf2)$/iu.test(value)
  );
}

/** `PAYMENTS_STRIPE_API_KEY_V2`: the name of an environment variable. */
export function isEnvVarName(value: string): boolean {
  return /^[A-Z][A-Z0-9_]{0,127}$/u.test(value) && value.includes('_');
}

/** `auth.password.invalid`, `errors.token_expired`: a path of words. */
export function isDottedKey(value: string): boolean {
  if (value.length > 200 || !value.includes('.')) return false;
  return value.split('.').every((part) => /^[A-Za-z_][A-Za-z_-]{0,63}$/u.test(part));
}

const PUBLIC_PEM = /-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}(?:PUBLIC KEY|CERTIFICATE)(?: REQUEST)?-----/u;
const SSH_PUBLIC_KEY = /^\s*(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d{3}|sk-ssh-ed25519@openssh\.com) AAAA/u;
const PASSWORD_HASH = /^\$(?:2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}|argon2(?:id|i|d)\$|scrypt\$|pbkdf2(?:-sha\d{1,3})?\$)/u;

/**
 * Public halves of key pairs: PEM public keys, certificates and OpenSSH
 * public keys. They verify, never sign, so publishing them is safe.
 */
export function isPublicKeyMaterial(value: string): boolean {
  if (value.includes('PRIVATE KEY')) return false;
  return PUBLIC_PEM.test(value.slice(0, 200)) || SSH_PUBLIC_KEY.test(value.slice(0, 60));
}

/** `$2b$10$…`, `$argon2id$…`: a password hash, which cannot be used to log in. */
export function isPasswordHash(value: string): boolean {
  return PASSWORD_HASH.test(value);
}

/** Mapbox `pk.` tokens are public by design (its secret ones start `sk.`). */
export function isPublicByDesignToken(value: string): boolean {
  return /^pk\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}$/u.test(value);
}

/** Shannon entropy of a string in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);

  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/**
 * A long string of random-looking token characters: base64 or hex, mixing
 * letters and digits, with high entropy. UUIDs and subresource-integrity
 * hashes are excluded: they are identifiers and checksums.
 */
export function isRandomLooking(value: string, minLength: number): boolean {
  if (value.length < minLength || value.length > 4096) return false;
  if (!/^[A-Za-z0-9+/=_-]+$/u.test(value)) return false;
  if (!/\d/u.test(value) || !/[A-Za-z]/u.test(value)) return false;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu.test(value)) {
    return false;
  }
  if (/^sha(?:256|384|512)-/u.test(value) || isPlaceholderSecret(value)) return false;

  const isHex = /^[0-9a-fA-F]+$/u.test(value);
  if (isHex) return shannonEntropy(value) >= 3;
  if (!/[a-z]/u.test(value) || !/[A-Z]/u.test(value)) return false;
  return shannonEntropy(value) >= 4;
}
