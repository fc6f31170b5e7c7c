import { describe, expect, it } from 'vitest';

import { isPathRedacted, parseRedactPath } from '../../src/utils/redact-paths';

describe('parseRedactPath', () => {
  it.each([
    ['password', ['password']],
    ['req.headers.authorization', ['req', 'headers', 'authorization']],
    ['*.token', ['*', 'token']],
    ['headers["x-api-key"]', ['headers', 'x-api-key']],
    ["headers['set-cookie']", ['headers', 'set-cookie']],
    ['users[*].password', ['users', '*', 'password']],
    ['a[0].b', ['a', '0', 'b']],
    ['["a"].b', ['a', 'b']],
  ])('%s', (path, keys) => {
    expect(parseRedactPath(path)).toEqual(keys);
  });

  it.each(['', 'a.', '.a', 'a..b', 'a[', 'a["b]', 'a[]', 'a["b"]c'])(
    '%s is malformed',
    (path) => {
      expect(parseRedactPath(path)).toBeUndefined();
    },
  );

  it('takes linear time on long input', () => {
    const path = `${'a.'.repeat(50_000)}[`;
    const started = performance.now();
    parseRedactPath(path);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('isPathRedacted', () => {
  it.each([
    [['password'], ['password'], true],
    [['*', 'token'], ['user', 'token'], true],
    [['*', 'token'], ['token'], false],
    [['headers'], ['headers', 'authorization'], true],
    [['headers', 'authorization'], ['headers'], false],
    [['headers', '*'], ['headers', 'cookie'], true],
    [['a', 'b'], ['a', 'c'], false],
  ])('%j hides %j: %s', (redact, logged, expected) => {
    expect(isPathRedacted(redact, logged)).toBe(expected);
  });
});
