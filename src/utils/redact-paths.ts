/**
 * Pino's `redact` paths (the fast-redact syntax): dot and bracket notation,
 * `*` for any one key, e.g. `req.headers.authorization`, `*.token`,
 * `headers["x-api-key"]`, `users[*].password`.
 */

/** Splits a redact path into keys, or `undefined` when it is malformed. */
export function parseRedactPath(path: string): string[] | undefined {
  const keys: string[] = [];
  let index = 0;
  let current = '';
  let expectKey = true;

  while (index < path.length) {
    const char = path[index] ?? '';
    if (char === '.') {
      if (expectKey) return undefined;
      expectKey = true;
      index += 1;
      continue;
    }
    if (char === '[') {
      if (current !== '') {
        keys.push(current);
        current = '';
      }
      const close = readBracket(path, index);
      if (!close) return undefined;
      keys.push(close.key);
      index = close.end;
      expectKey = false;
      continue;
    }
    if (!expectKey && current === '') return undefined;
    current += char;
    expectKey = false;
    index += 1;
    if (path[index] === '.' || path[index] === '[' || index === path.length) {
      keys.push(current);
      current = '';
    }
  }

  return expectKey || keys.length === 0 ? undefined : keys;
}

/**
 * True when redacting `redact` hides the value at `logged`: the same path,
 * or one of its ancestors, with `*` standing for any one key.
 */
export function isPathRedacted(
  redact: readonly string[],
  logged: readonly string[],
): boolean {
  if (redact.length > logged.length) return false;
  return redact.every((key, index) => key === '*' || key === logged[index]);
}

function readBracket(
  path: string,
  open: number,
): { key: string; end: number } | undefined {
  const quote = path[open + 1];
  if (quote === '"' || quote === "'" || quote === '`') {
    const closing = path.indexOf(quote, open + 2);
    if (closing < 0 || path[closing + 1] !== ']') return undefined;
    return { key: path.slice(open + 2, closing), end: closing + 2 };
  }
  const closing = path.indexOf(']', open + 1);
  if (closing <= open + 1) return undefined;
  return { key: path.slice(open + 1, closing), end: closing + 1 };
}
