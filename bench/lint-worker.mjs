// Lints the corpus once with one configuration on ESLint 9, in a process of
// its own, and sends back its CPU time, wall time, peak memory and findings.
// Started by bench/run.mjs through fork(); with TIMING=all in its
// environment ESLint prints the per-rule table on stdout when it exits.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { root } from './corpus.mjs';
import { baseConfig, rulesConfig } from './configs.mjs';

const require = createRequire(import.meta.url);

async function run({ config: name, corpusFile }) {
  const corpus = JSON.parse(readFileSync(corpusFile, 'utf8'));
  const { ESLint } = require('eslint9');
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [...baseConfig(corpus), ...rulesConfig(name)],
    cache: false,
  });

  // Load the parser, TypeScript and the rules before the clock starts: a
  // one-off cost that would otherwise blur small differences.
  await eslint.lintText('const warmUp = 1;\n', { filePath: `${root}/bench/warm-up.ts` });

  const cpuBefore = process.cpuUsage();
  const wallBefore = process.hrtime.bigint();
  const results = await eslint.lintFiles(corpus.files);
  const wallNs = process.hrtime.bigint() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);

  const findings = {};
  const fatal = [];
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) {
        // A file that does not parse.
        fatal.push(`${result.filePath}:${message.line}: ${message.message}`);
      } else if (message.ruleId === null) {
        // ESLint's own notices, such as a skipped file or an ignored
        // eslint-disable comment; the same for every configuration.
        if (message.message.includes('ignored')) {
          throw new Error(`${result.filePath}: ${message.message}`);
        }
      } else {
        const key = message.ruleId ?? '(no rule)';
        findings[key] = (findings[key] ?? 0) + 1;
      }
    }
  }

  return {
    config: name,
    version: ESLint.version,
    files: results.length,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs: Number(wallNs) / 1e6,
    maxRssKb: process.resourceUsage().maxRSS,
    findings,
    fatal,
  };
}

process.once('message', (request) => {
  run(request).then(
    (result) => process.send({ ok: true, result }, () => process.exit(0)),
    (error) =>
      process.send({ ok: false, error: String(error?.stack ?? error) }, () =>
        process.exit(1),
      ),
  );
});
