import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadPackedPlugin, PROJECT_DIR, ROOT } from './harness';

const INSTALLED = path.join(PROJECT_DIR, 'node_modules/eslint-plugin-secure-api');

describe('the packed package', () => {
  it('is what the user project resolves by name', () => {
    const resolved = createRequire(path.join(PROJECT_DIR, 'package.json')).resolve(
      'eslint-plugin-secure-api',
    );
    expect(resolved).toBe(path.join(INSTALLED, 'dist/index.js'));
  });

  it('ships the bundle and its types, not the sources or tests', () => {
    expect(existsSync(path.join(INSTALLED, 'dist/index.js'))).toBe(true);
    expect(existsSync(path.join(INSTALLED, 'dist/index.d.ts'))).toBe(true);
    const shipped = readdirSync(INSTALLED);
    expect(shipped).not.toContain('src');
    expect(shipped).not.toContain('tests');
    expect(shipped).not.toContain('examples');
  });

  it('carries the meta and the four configs', () => {
    const plugin = loadPackedPlugin();
    const { name, version } = JSON.parse(
      readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
    ) as { name: string; version: string };

    expect(plugin.meta).toEqual({ name, version, namespace: 'secure-api' });
    expect(Object.keys(plugin.configs).sort()).toEqual([
      'flat/recommended',
      'flat/strict',
      'recommended',
      'strict',
    ]);
  });
});
