import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { VULNERABLE_API } from './expected';
import { expectedFindings, ROOT } from './harness';
import type { PackedPlugin } from './harness';

describe('npm run demo', () => {
  it('lints vulnerable-api through the package self-reference and exits 0', () => {
    // The demo's config imports the plugin by name, which Node resolves to
    // this repository's dist/ (built by the global setup).
    const plugin = createRequire(__filename)(path.join(ROOT, 'dist/index.js')) as PackedPlugin;
    const { status, stdout, stderr } = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts/demo.mjs')],
      { cwd: ROOT, encoding: 'utf8' },
    );

    expect(status, stderr).toBe(0);
    const rulesReported = new Set(
      expectedFindings(VULNERABLE_API, plugin, 'flat/recommended').map(
        (finding) => finding.split(' ')[0],
      ),
    );
    for (const ruleId of rulesReported) expect(stdout).toContain(ruleId);
  });
});
