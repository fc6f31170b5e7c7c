import path from 'node:path';

/** Directories that hold tests, mocks and fixtures, anywhere in the path. */
const TEST_DIRECTORY = /(?:^|\/)(?:__tests__|__mocks__|__fixtures__|tests?|fixtures)\//u;
/** `auth.test.ts`, `auth.spec.js`. */
const TEST_FILE = /\.(?:test|spec)\.[^/]+$/u;

/**
 * Whether a linted file is a test: `*.test.*`, `*.spec.*` or a file under
 * `__tests__`, `__mocks__`, `__fixtures__`, `test`, `tests` or `fixtures`,
 * judged on its path relative to `cwd` so a project that itself lives under
 * `/home/me/tests/` is not all tests.
 */
export function isTestFile(filename: string, cwd: string): boolean {
  const relative = path.relative(cwd, filename).split(path.sep).join('/');
  return TEST_DIRECTORY.test(relative) || TEST_FILE.test(relative);
}
