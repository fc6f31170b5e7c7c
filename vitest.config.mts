import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as {
  name: string;
  version: string;
};

// Two projects: `unit` runs the rules from src/; `e2e` packs the built
// plugin into a scratch project and lints through real ESLint 8, 9 and 10,
// so it alone pays for the build and `npm pack`. Run one with --project.
const BUILT = ['tests/e2e/**/*.test.ts', 'tests/cases.test.ts'];

export default defineConfig({
  define: {
    PACKAGE_NAME: JSON.stringify(pkg.name),
    PACKAGE_VERSION: JSON.stringify(pkg.version),
  },
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...BUILT],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: BUILT,
          globalSetup: ['./tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
