// The speed benchmark: `npm run bench` (full corpus) or `npm run bench -- --quick`.
//
// Lints the corpus with each configuration in CONFIG_NAMES, each run in a
// fresh child process, for several rounds in rotating order, and reports the
// median CPU time, wall time and peak memory of each against the floor (ESLint
// with no rules). One more run of `strict` with TIMING=all gives each of our
// rules' own time. Prints a Markdown report and, for a full run, writes it to
// docs/benchmark.md.
//
// Options: --quick, --rounds N, --no-write, --check (exit 1 when a target
// is missed).
import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { CONFIG_LABELS, CONFIG_NAMES, loadPlugin } from './configs.mjs';
import { getCorpus, root } from './corpus.mjs';

const PREFIX = 'secure-api/';

/** The repo's targets, as fractions over the floor. */
const TARGETS = {
  recommendedCpu: 0.1,
  strictCpu: 0.15,
  ruleCpu: 0.02,
  memory: 0.1,
};

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});
const quick = args.quick;
const rounds = Number(args.rounds ?? (quick ? 2 : 3));

const resultsDir = path.join(root, 'bench/.results');
mkdirSync(resultsDir, { recursive: true });

const corpus = getCorpus({ quick });
const corpusFile = path.join(resultsDir, quick ? 'corpus-quick.json' : 'corpus.json');
writeFileSync(
  corpusFile,
  JSON.stringify({
    sources: corpus.sources.map(({ dir, type }) => ({ dir, type })),
    files: corpus.files,
  }),
);

/** Runs one configuration in a fresh process; resolves with its result and stdout. */
function runWorker(config, env = {}) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(root, 'bench/lint-worker.mjs'), [], {
      cwd: root,
      env: { ...process.env, TIMING: '', ...env },
      execArgv: [],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    let stdout = '';
    let reply;
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.on('message', (message) => {
      reply = message;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (reply?.ok) resolve({ ...reply.result, stdout });
      else reject(new Error(`bench: ${config} failed (exit ${code}): ${reply?.error ?? ''}`));
    });
    child.send({ config, corpusFile });
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Reads ESLint's TIMING table: `rule | time (ms) | relative` rows. */
function parseTiming(stdout) {
  const times = {};
  for (const line of stdout.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length !== 3) continue;
    const ms = Number(cells[1]);
    if (cells[0] && cells[0] !== 'Rule' && Number.isFinite(ms)) times[cells[0]] = ms;
  }
  return times;
}

const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const fmtMb = (kb) => `${Math.round(kb / 1024)} MB`;
const fmtPct = (ratio) => `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`;
const fmtInt = (n) => n.toLocaleString('en-US');
const verdict = (ok) => (ok ? 'pass' : '**FAIL**');

async function main() {
  const plugin = loadPlugin();
  const ourRules = Object.keys(plugin.rules).sort();
  const recommendedRules = Object.keys(plugin.configs['flat/recommended'].rules ?? {});

  console.error(
    `bench: ${corpus.files.length} files, ${fmtInt(corpus.lines)} lines; ` +
      `${CONFIG_NAMES.length} configs x ${rounds} rounds; ${ourRules.length} secure-api rules`,
  );

  const loadBefore = os.loadavg()[0];
  const runs = Object.fromEntries(CONFIG_NAMES.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    // Rotate the order so no config always runs first (cold disk cache) or last.
    const order = CONFIG_NAMES.map((_, i) => CONFIG_NAMES[(i + round) % CONFIG_NAMES.length]);
    for (const config of order) {
      const result = await runWorker(config);
      runs[config].push(result);
      console.error(
        `bench: round ${round + 1}/${rounds} ${config.padEnd(12)} ` +
          `cpu ${fmtMs(result.cpuMs)}, wall ${fmtMs(result.wallMs)}, rss ${fmtMb(result.maxRssKb)}`,
      );
    }
  }

  console.error('bench: one more strict run with TIMING=all for per-rule times');
  const timed = await runWorker('strict', { TIMING: 'all' });
  const ruleTimes = parseTiming(timed.stdout);
  const loadAfter = os.loadavg()[0];

  const summary = Object.fromEntries(
    CONFIG_NAMES.map((name) => [
      name,
      {
        cpuMs: median(runs[name].map((run) => run.cpuMs)),
        cpuSpread:
          (Math.max(...runs[name].map((run) => run.cpuMs)) -
            Math.min(...runs[name].map((run) => run.cpuMs))) /
          median(runs[name].map((run) => run.cpuMs)),
        wallMs: median(runs[name].map((run) => run.wallMs)),
        maxRssKb: median(runs[name].map((run) => run.maxRssKb)),
        findings: runs[name][0].findings,
        fatal: runs[name][0].fatal,
        version: runs[name][0].version,
      },
    ]),
  );
  const floor = summary.floor;
  const over = (name, key) => summary[name][key] / floor[key] - 1;

  const lines = [];
  const out = (line = '') => lines.push(line);
  const eslintVersion = floor.version;
  const parserVersion = JSON.parse(
    readFileSync(path.join(root, 'node_modules/@typescript-eslint/parser/package.json'), 'utf8'),
  ).version;

  out('# Benchmark');
  out();
  out(
    'How much linting time and memory `eslint-plugin-secure-api` adds to a real code base, ' +
      'measured by `npm run bench` (`bench/run.mjs`). Each configuration lints the same ' +
      'corpus in a fresh Node process; the numbers are medians over the rounds, and the ' +
      'floor is ESLint with no rules at all, which only parses and traverses.',
  );
  out();
  out(`- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  out(`- Node ${process.version}, ESLint ${eslintVersion}, @typescript-eslint/parser ${parserVersion} for every file (no type information)`);
  out(`- Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
  out(`- Corpus${quick ? ' (quick subset)' : ''}: ${fmtInt(corpus.files.length)} files, ${fmtInt(corpus.lines)} lines (${(corpus.bytes / 1e6).toFixed(1)} MB) from ${corpus.sources.length} sources, listed below`);
  out(`- Rounds: ${rounds} per configuration, run in rotating order; CPU is user + system time of the lint call`);
  out(`- Load average (1 min) when the run started and ended: ${loadBefore.toFixed(1)} and ${loadAfter.toFixed(1)}; above the core count, other work shared the CPUs and the wall times mean little`);
  out(`- secure-api rules measured: ${ourRules.length} (${recommendedRules.length} in recommended)`);
  out();

  out('## Results');
  out();
  out('| configuration | CPU | spread | vs floor | wall | peak RSS | vs floor | findings |');
  out('|---|--:|--:|--:|--:|--:|--:|--:|');
  for (const name of CONFIG_NAMES) {
    const s = summary[name];
    const total = Object.values(s.findings).reduce((sum, n) => sum + n, 0);
    const isFloor = name === 'floor';
    out(
      `| ${CONFIG_LABELS[name]} | ${fmtMs(s.cpuMs)} | ±${(s.cpuSpread * 50).toFixed(1)}% | ` +
        `${isFloor ? '' : fmtPct(over(name, 'cpuMs'))} | ` +
        `${fmtMs(s.wallMs)} | ${fmtMb(s.maxRssKb)} | ${isFloor ? '' : fmtPct(over(name, 'maxRssKb'))} | ${fmtInt(total)} |`,
    );
  }
  out();

  // TIMING measures wall time, so a rule's share is taken against the wall
  // time the same run spent outside the rules (its parse-and-traverse
  // floor): both then suffer the same load from anything else on the machine.
  const allRulesMs = Object.values(ruleTimes).reduce((sum, ms) => sum + ms, 0);
  const timedFloorMs = Math.max(timed.wallMs - allRulesMs, 1);
  const ruleRows = ourRules.map((rule) => {
    const ms = ruleTimes[`${PREFIX}${rule}`] ?? 0;
    return { rule, ms, share: ms / timedFloorMs };
  });
  const slowest = ruleRows.reduce((top, row) => (row.share > (top?.share ?? -1) ? row : top), undefined);

  out('## Targets');
  out();
  if (quick) {
    out(
      'A quick run is a smoke test: on a small corpus the one-off costs (loading the ' +
        "plugin's modules, compiling each rule's code) weigh far more than on real code, so " +
        'judge the targets on a full run.',
    );
    out();
  }
  out('| target | measured | result |');
  out('|---|--:|---|');
  const recCpu = over('recommended', 'cpuMs');
  const strictCpu = over('strict', 'cpuMs');
  const missed = [];
  if (recCpu > TARGETS.recommendedCpu) missed.push('recommended CPU');
  if (strictCpu > TARGETS.strictCpu) missed.push('strict CPU');
  if (slowest && slowest.share > TARGETS.ruleCpu) missed.push(`${slowest.rule} CPU`);
  out(`| \`recommended\` CPU ≤ ${fmtPct(TARGETS.recommendedCpu)} over the floor | ${fmtPct(recCpu)} | ${verdict(recCpu <= TARGETS.recommendedCpu)} |`);
  out(`| \`strict\` CPU ≤ ${fmtPct(TARGETS.strictCpu)} over the floor | ${fmtPct(strictCpu)} | ${verdict(strictCpu <= TARGETS.strictCpu)} |`);
  out(
    `| no single rule over ${(TARGETS.ruleCpu * 100).toFixed(0)}% of the floor | ` +
      `${slowest ? `${slowest.rule}: ${(slowest.share * 100).toFixed(2)}%` : 'no rules yet'} | ` +
      `${verdict(!slowest || slowest.share <= TARGETS.ruleCpu)} |`,
  );
  for (const name of ['recommended', 'strict']) {
    const memory = over(name, 'maxRssKb');
    if (memory > TARGETS.memory) missed.push(`${name} memory`);
    out(`| \`${name}\` peak memory within ${fmtPct(TARGETS.memory)} of the floor | ${fmtPct(memory)} | ${verdict(memory <= TARGETS.memory)} |`);
  }
  out();
  out(
    'Spread is half the range of the CPU times over the rounds, as a share of the median. ' +
      'Timings wobble by a few percent from run to run, more on a busy machine; a result ' +
      'near a limit is worth a second run before anyone acts on it.',
  );
  out();

  out('## secure-api rules: time and findings');
  out();
  if (ourRules.length === 0) {
    out('The plugin has no rules yet; both of its configurations equal the floor.');
  } else {
    out(
      `Time is each rule's own time from ESLint's \`TIMING=all\` output in one ` +
        `\`strict\` run; share is that time over the rest of the same run's lint time ` +
        `(${fmtMs(timedFloorMs)}, its parse and traverse). Findings are the ` +
        'reports on the corpus (its code is not meant to be an insecure API, so most ' +
        'findings here deserve a look as possible false positives).',
    );
    out();
    out('| rule | config | time | share of floor | findings |');
    out('|---|---|--:|--:|--:|');
    for (const row of ruleRows.sort((a, b) => b.ms - a.ms)) {
      const config = recommendedRules.includes(`${PREFIX}${row.rule}`) ? 'recommended' : 'strict';
      out(
        `| \`${row.rule}\` | ${config} | ${row.ms.toFixed(1)} ms | ${(row.share * 100).toFixed(2)}% | ` +
          `${fmtInt(summary.strict.findings[`${PREFIX}${row.rule}`] ?? 0)} |`,
      );
    }
  }
  out();

  out('## Findings of the other plugins');
  out();
  out('For comparison, what the two other security plugins report on the same corpus.');
  out();
  out('| configuration | rule | findings |');
  out('|---|---|--:|');
  for (const name of ['security', 'sdl']) {
    const entries = Object.entries(summary[name].findings).sort((a, b) => b[1] - a[1]);
    for (const [rule, count] of entries) out(`| ${name} | \`${rule}\` | ${fmtInt(count)} |`);
    if (entries.length === 0) out(`| ${name} | (none) | 0 |`);
  }
  out();

  const fatal = floor.fatal;
  out('## Corpus');
  out();
  out(
    'Real published code from the dev dependencies (exact versions in package-lock.json), ' +
      'as listed by `bench/corpus.mjs`: no `.d.ts`, no minified files, nothing over ' +
      '300 KB, and one build per package where a package ships several. ' +
      `Files that do not parse: ${fatal.length}${fatal.length ? ` (${fatal.slice(0, 3).map((f) => `\`${path.relative(root, f)}\``).join(', ')})` : ''}.`,
  );
  out();
  out('| source | kind | files | lines |');
  out('|---|---|--:|--:|');
  for (const source of corpus.sources) {
    const version = source.version ? `@${source.version}` : '';
    out(`| ${source.name}${version} | ${source.kind} | ${fmtInt(source.files.length)} | ${fmtInt(source.lines)} |`);
  }
  out(`| **total** | | **${fmtInt(corpus.files.length)}** | **${fmtInt(corpus.lines)}** |`);
  out();
  out('## Method');
  out();
  out(
    'Every configuration runs on ESLint 9 (the `eslint9` dev dependency), because ' +
      '`@microsoft/eslint-plugin-sdl` supports only ESLint 9; the same flat-config base gives ' +
      'every file the typescript-eslint parser, parses `.js` as its package\'s module system, ' +
      'and turns off inline config comments so the corpus cannot switch rules on or off. ' +
      'Each run is one `ESLint#lintFiles` call over all files in a fresh `node` process ' +
      '(`bench/lint-worker.mjs`), after a one-line warm-up that loads the parser and the ' +
      'rules; CPU and wall time cover that call, peak RSS the whole process. Per-rule ' +
      'times come from one extra `strict` run with `TIMING=all`, which ESLint measures as ' +
      'wall time, so they are compared with wall time from that same run. ' +
      '`npm run bench -- --quick` lints a small subset in about a minute; ' +
      '`--rounds N` changes the number of rounds, `--check` exits non-zero when a target ' +
      'is missed.',
  );

  const report = `${lines.join('\n')}\n`;
  process.stdout.write(report);

  const target = quick || args['no-write'] ? path.join(resultsDir, quick ? 'quick.md' : 'full.md') : path.join(root, 'docs/benchmark.md');
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, report);
  console.error(`bench: wrote ${path.relative(root, target)}`);
  if (missed.length > 0) {
    console.error(`bench: targets missed: ${missed.join(', ')}`);
    if (args.check) process.exitCode = 1;
  }
}

await main();
