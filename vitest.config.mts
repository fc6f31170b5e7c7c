import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as {
  name: string;
  version: string;
};

export default defineConfig({
  define: {
    PACKAGE_NAME: JSON.stringify(pkg.name),
    PACKAGE_VERSION: JSON.stringify(pkg.version),
  },
  test: {
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
