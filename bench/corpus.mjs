// The benchmark corpus: real published JavaScript and TypeScript, read from
// the dev dependencies in node_modules (pinned by the lock file), plus this
// repo's examples/. Nothing is copied into the repo.
//
// Each package names the folders or files to take, so code that a package
// ships twice (CommonJS and ESM builds of the same source) is counted once.
//
//   node bench/corpus.mjs            prints the corpus, package by package
//   node bench/corpus.mjs --quick    the same for the quick subset
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

const EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const DECLARATION = /\.d\.[cm]?ts$/;
const MINIFIED = /[.-]min\.[cm]?js$/;
/** Files larger than this are bundles or generated tables, not hand-written code. */
export const MAX_BYTES = 300 * 1024;
/** A line this long on average means generated or minified code. */
const MAX_MEAN_LINE = 300;

/**
 * kind: what the package is, for the report. take: folders or files inside
 * the package. skip: folders or files under those to leave out. quick: in
 * the quick subset.
 */
export const PACKAGES = [
  // Web frameworks and middleware.
  { name: 'express', kind: 'framework', take: ['index.js', 'lib'], quick: true },
  { name: 'koa', kind: 'framework', take: ['lib'], quick: true },
  {
    name: 'fastify',
    kind: 'framework',
    // The tests are hundreds of real route registrations and handlers; the
    // top-level ones are enough.
    take: ['fastify.js', 'lib', 'test', 'examples'],
    skip: [
      'test/build',
      'test/bundler',
      'test/diagnostics-channel',
      'test/esm',
      'test/http-methods',
      'test/http2',
      'test/https',
      'test/internals',
      'test/logger',
      'test/scripts',
      'test/types',
    ],
  },
  {
    name: 'hono',
    kind: 'framework',
    take: ['dist'],
    skip: ['dist/cjs', 'dist/types'],
  },
  { name: '@nestjs/core', kind: 'framework', take: ['.'] },
  { name: '@nestjs/common', kind: 'framework', take: ['.'] },
  { name: 'helmet', kind: 'middleware', take: ['index.mjs'] },
  { name: 'cors', kind: 'middleware', take: ['lib'], quick: true },
  { name: 'express-session', kind: 'middleware', take: ['index.js', 'session'] },
  { name: 'express-rate-limit', kind: 'middleware', take: ['dist/index.mjs'] },
  // ORMs and database drivers.
  { name: 'pg', kind: 'database', take: ['lib'] },
  { name: 'pg-protocol', kind: 'database', take: ['src'] },
  { name: 'mysql2', kind: 'database', take: ['index.js', 'promise.js', 'lib'] },
  { name: 'sequelize', kind: 'database', take: ['lib'] },
  { name: 'knex', kind: 'database', take: ['knex.js', 'lib'] },
  {
    name: 'mongoose',
    kind: 'database',
    take: ['index.js', 'lib'],
    skip: ['lib/helpers', 'lib/types'],
  },
  {
    name: 'typeorm',
    kind: 'database',
    // CommonJS at the top and an ESM copy under browser/; the drivers of the
    // common SQL databases only.
    take: ['.'],
    skip: [
      'browser',
      ...['aurora-mysql', 'aurora-postgres', 'capacitor', 'cockroachdb', 'cordova', 'expo']
        .concat(['mongodb', 'nativescript', 'oracle', 'react-native', 'sap', 'spanner'])
        .concat(['sqljs', 'sqlserver'])
        .map((driver) => `driver/${driver}`),
    ],
  },
  // JWT and authentication.
  { name: 'jsonwebtoken', kind: 'auth', take: ['index.js', 'sign.js', 'verify.js', 'decode.js', 'lib'], quick: true },
  { name: 'jose', kind: 'auth', take: ['dist/webapi'] },
  { name: 'fast-jwt', kind: 'auth', take: ['src'], quick: true },
  { name: 'express-jwt', kind: 'auth', take: ['dist'], quick: true },
  { name: 'passport', kind: 'auth', take: ['lib'], quick: true },
  { name: 'passport-jwt', kind: 'auth', take: ['lib'], quick: true },
  { name: 'passport-local', kind: 'auth', take: ['lib'], quick: true },
  { name: '@nestjs/jwt', kind: 'auth', take: ['dist'] },
  { name: 'bcryptjs', kind: 'auth', take: ['index.js'] },
  // Large code bases published as TypeScript source.
  {
    name: 'zod',
    kind: 'typescript source',
    // Version 4 with its core and mini tests; the classic tests and the
    // locale tables would only add bulk.
    take: ['src/v4'],
    skip: ['src/v4/classic/tests', 'src/v4/locales'],
  },
  { name: 'rxjs', kind: 'typescript source', take: ['src'] },
];

function isCode(file) {
  return EXTENSIONS.test(file) && !DECLARATION.test(file) && !MINIFIED.test(file);
}

function walk(dir, skip, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip.has(full)) continue;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') walk(full, skip, out);
    } else if (entry.isFile() && isCode(entry.name)) {
      out.push(full);
    }
  }
}

function countLines(text) {
  if (text.length === 0) return 0;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i < text.length - 1) lines++;
  }
  return lines;
}

function readManifest(dir) {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

/** The files of one source, filtered, with their line counts. */
function collect(base, take, skipList) {
  const skip = new Set(skipList.map((entry) => path.join(base, entry)));
  const candidates = [];
  for (const entry of take) {
    const full = path.join(base, entry);
    if (!existsSync(full)) {
      throw new Error(`corpus: ${full} is missing; run npm ci`);
    }
    if (statSync(full).isDirectory()) walk(full, skip, candidates);
    else if (isCode(full)) candidates.push(full);
  }
  const files = [];
  let lines = 0;
  let bytes = 0;
  for (const file of [...new Set(candidates)].sort()) {
    const size = statSync(file).size;
    if (size > MAX_BYTES) continue;
    const text = readFileSync(file, 'utf8');
    const count = countLines(text);
    if (count === 0 || size / count > MAX_MEAN_LINE) continue;
    files.push({ path: file, lines: count });
    lines += count;
    bytes += size;
  }
  return { files, lines, bytes };
}

/**
 * Lists the corpus. With `quick`, only the packages marked quick, and the
 * examples.
 * @param {{ quick?: boolean }} [options]
 */
export function getCorpus({ quick = false } = {}) {
  const sources = [];
  for (const spec of PACKAGES) {
    if (quick && !spec.quick) continue;
    const base = path.join(root, 'node_modules', spec.name);
    const { files, lines, bytes } = collect(base, spec.take, spec.skip ?? []);
    const manifest = readManifest(base);
    sources.push({
      name: spec.name,
      version: manifest.version,
      kind: spec.kind,
      dir: base,
      // How Node loads this package's .js files, and so how to parse them.
      type: manifest.type === 'module' ? 'module' : 'commonjs',
      files,
      lines,
      bytes,
    });
  }
  const examples = path.join(root, 'examples');
  if (existsSync(examples)) {
    const { files, lines, bytes } = collect(examples, ['.'], []);
    // The examples are TypeScript or ESM; parse their .js as modules.
    sources.push({
      name: 'examples/',
      version: '',
      kind: 'this repo',
      dir: examples,
      type: 'module',
      files,
      lines,
      bytes,
    });
  }
  const files = sources.flatMap((source) => source.files.map((file) => file.path));
  return {
    quick,
    sources,
    files,
    lines: sources.reduce((sum, source) => sum + source.lines, 0),
    bytes: sources.reduce((sum, source) => sum + source.bytes, 0),
  };
}

function main() {
  const corpus = getCorpus({ quick: process.argv.includes('--quick') });
  for (const source of corpus.sources) {
    const version = source.version ? `@${source.version}` : '';
    console.log(
      `${`${source.name}${version}`.padEnd(32)} ${source.kind.padEnd(18)} ` +
        `${String(source.files.length).padStart(5)} files ${String(source.lines).padStart(8)} lines`,
    );
  }
  console.log(
    `${'total'.padEnd(51)} ${String(corpus.files.length).padStart(5)} files ` +
      `${String(corpus.lines).padStart(8)} lines, ${(corpus.bytes / 1e6).toFixed(1)} MB`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main();
}
