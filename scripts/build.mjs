// Bundles src/ into one CommonJS file, so ESM and CJS configs load the same
// plugin object, and writes type declarations beside it.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url)));

rmSync(`${root}dist`, { recursive: true, force: true });

await build({
  entryPoints: [`${root}src/index.ts`],
  outfile: `${root}dist/index.js`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  define: {
    PACKAGE_NAME: JSON.stringify(pkg.name),
    PACKAGE_VERSION: JSON.stringify(pkg.version),
  },
});

execFileSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-p', `${root}tsconfig.build.json`],
  { stdio: 'inherit' },
);
