// Lints examples/vulnerable-api/ with the installed ESLint and the plugin's
// recommended config, printing ESLint's own report. Findings are the point of
// the demo, so ESLint's exit code 1 counts as success; 2 (a crash or a bad
// config) does not.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');
const target = 'examples/vulnerable-api/';

console.log(`eslint --config examples/eslint.config.mjs ${target}`);

const { status, signal, error } = spawnSync(
  process.execPath,
  [eslintBin, '--config', 'examples/eslint.config.mjs', target],
  { cwd: root, stdio: 'inherit' },
);

if (error) throw error;

if (status === 0) {
  console.log(`No findings in ${target}.`);
  process.exit(0);
}
if (status === 1) {
  console.log(`The findings above are the problems planted in ${target}; see examples/README.md.`);
  process.exit(0);
}

console.error(`ESLint failed (${signal ?? `exit code ${status}`}): a crash or a config error, not findings.`);
process.exit(status || 2);
