import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

import { EXAMPLES, PROJECT_DIR, ROOT, WORK_DIR } from './harness';

const BUILD_INPUTS = ['src', 'package.json', 'scripts/build.mjs', 'tsconfig.build.json'];

/**
 * Runs once before the suites that lint through a real ESLint: makes sure
 * `dist/` is built from the current sources, packs it as `npm publish`
 * would, and lays out a user's project around the tarball.
 */
export default function setup(): void {
  if (isBuildStale()) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }

  rmSync(WORK_DIR, { recursive: true, force: true });
  mkdirSync(WORK_DIR, { recursive: true });
  const tarball = pack();

  cpSync(path.join(ROOT, 'tests/e2e/fixtures/project'), PROJECT_DIR, { recursive: true });
  const installed = path.join(PROJECT_DIR, 'node_modules/eslint-plugin-secure-api');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  for (const example of EXAMPLES) {
    cpSync(path.join(ROOT, 'examples', example), path.join(PROJECT_DIR, example), {
      recursive: true,
    });
  }
}

function pack(): string {
  const output = execFileSync(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', WORK_DIR],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [entry] = JSON.parse(output) as { filename: string }[];
  if (!entry) throw new Error(`npm pack printed no package: ${output}`);

  return path.join(WORK_DIR, entry.filename);
}

function isBuildStale(): boolean {
  let built: number;
  try {
    built = statSync(path.join(ROOT, 'dist/index.js')).mtimeMs;
  } catch {
    return true;
  }

  return BUILD_INPUTS.some((input) => newestChange(path.join(ROOT, input)) > built);
}

function newestChange(file: string): number {
  const stats = statSync(file);
  if (!stats.isDirectory()) return stats.mtimeMs;

  return readdirSync(file, { recursive: true, encoding: 'utf8' }).reduce(
    (newest, entry) => Math.max(newest, statSync(path.join(file, entry)).mtimeMs),
    stats.mtimeMs,
  );
}
