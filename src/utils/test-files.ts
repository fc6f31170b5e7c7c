import path from 'node:path';

/** Directories that hold tests, mocks and fixtures, anywhere in the path. */
const TEST_DIRECTORY =
  /(?:^|\/)(?:__tests__|__mocks__|__fixtures__|tests?|testing|fixtures|mocks|e2e|cypress|playwright)\//u;
/** `auth.test.ts`, `login.cy.ts`, `app.e2e-spec.ts`, `vitest.setup.ts`. */
const TEST_FILE =
  /\.(?:test|spec|cy|e2e|e2e-spec|setup|test-utils)\.[^/]+$|(?:^|\/)(?:setupTests|jest\.setup|vitest\.setup|test-utils)\.[^/]+$/u;

/**
 * Whether a linted file is a test, a test setup or a mock: `*.test.*`,
 * `*.spec.*`, Cypress and e2e specs, setup files, or a file under a test,
 * mock, fixture, e2e, Cypress or Playwright directory,
 * judged on its path relative to `cwd` so a project that itself lives under
 * `/home/me/tests/` is not all tests.
 */
export function isTestFile(filename: string, cwd: string): boolean {
  const relative = path.relative(cwd, filename).split(path.sep).join('/');
  return TEST_DIRECTORY.test(relative) || TEST_FILE.test(relative);
}
