import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { TSESLint } from '@typescript-eslint/utils';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../src';

const root = path.join(__dirname, '..');
const ruleFiles = readdirSync(path.join(root, 'src/rules'))
  .filter((file) => file !== 'index.ts')
  .map((file) => path.basename(file, '.ts'));

// The public catalogue: every rule's name and the narrowest config it is in.
const CATALOGUE: Record<string, 'recommended' | 'strict'> = {
  'jwt-require-expiry': 'recommended',
  'jwt-no-weak-algorithm': 'recommended',
  'jwt-verify-require-algorithms': 'recommended',
  'jwt-require-claims': 'strict',
  'jwt-no-unverified-decode': 'recommended',
  'no-timing-unsafe-compare': 'recommended',
  'no-hardcoded-secrets': 'recommended',
  'no-public-env-secrets': 'recommended',
  'require-input-validation': 'recommended',
  'no-mass-assignment': 'recommended',
  'no-sql-injection': 'recommended',
  'require-rate-limit': 'recommended',
  'no-permissive-trust-proxy': 'recommended',
  'require-helmet': 'strict',
  'no-unsafe-csp': 'recommended',
  'no-weak-hsts': 'recommended',
  'no-permissive-cors': 'recommended',
  'require-secure-cookies': 'recommended',
  'no-host-header-redirect': 'recommended',
  'no-disabled-tls-verification': 'recommended',
  'no-weak-password-hash': 'recommended',
  'no-insecure-random': 'recommended',
  'no-weak-cipher': 'recommended',
  'no-sensitive-logging': 'recommended',
  'no-error-details-leak': 'strict',
  'no-plaintext-credential-storage': 'strict',
  'require-security-event-logging': 'strict',
  'require-bounded-input-schema': 'strict',
  'require-pii-encryption': 'strict',
};

describe('plugin', () => {
  it('has its meta', () => {
    expect(plugin.meta).toEqual({
      name: 'eslint-plugin-secure-api',
      version: (
        JSON.parse(
          readFileSync(path.join(root, 'package.json'), 'utf8'),
        ) as { version: string }
      ).version,
      namespace: 'secure-api',
    });
  });

  it('exports every rule file, in alphabetical order', () => {
    expect(Object.keys(plugin.rules)).toEqual([...ruleFiles].sort());
  });

  it('has at least one rule', () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
  });
});

describe.each(ruleFiles)('rule %s', (name) => {
  const rule = (
    plugin.rules as Record<string, TSESLint.RuleModule<string, unknown[]>>
  )[name];

  it('is in the catalogue, in the right config', () => {
    expect(CATALOGUE[name]).toBeDefined();
    expect(
      (rule?.meta.docs as { recommended?: string } | undefined)?.recommended,
    ).toBe(CATALOGUE[name]);
  });

  it('has tests and a doc page', () => {
    const tests = readdirSync(path.join(root, 'tests/rules'));
    expect(tests).toContain(`${name}.test.ts`);
    const docs = readdirSync(path.join(root, 'docs/rules'));
    expect(docs).toContain(`${name}.md`);
  });

  it('has a doc page with the house sections', () => {
    const doc = readFileSync(path.join(root, 'docs/rules', `${name}.md`), 'utf8');
    for (const heading of [
      '## Rule Details',
      '## Known Limitations',
      '## When Not To Use It',
      '## Further Reading',
    ]) {
      expect(doc).toContain(heading);
    }
  });

  it('describes itself in the house style', () => {
    const description = rule?.meta.docs?.description ?? '';
    expect(description).toMatch(/^(Disallow|Require|Enforce|Prefer) /);
    expect(description).not.toMatch(/\.$/);
    expect(description.length).toBeLessThanOrEqual(80);
    expect(rule?.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
  });

  it('writes messages as sentences', () => {
    for (const message of Object.values(rule?.meta.messages ?? {})) {
      expect(message).toMatch(/[.)]$/);
    }
  });

  it('declares suggestions when it offers them', () => {
    const source = readFileSync(path.join(root, 'src/rules', `${name}.ts`), 'utf8');
    if (source.includes('suggest:')) {
      expect(rule?.meta.hasSuggestions).toBe(true);
    }
  });
});

describe('configs', () => {
  const recommended = Object.keys(CATALOGUE)
    .filter((name) => ruleFiles.includes(name))
    .filter((name) => CATALOGUE[name] === 'recommended')
    .map((name) => `secure-api/${name}`)
    .sort();
  const strict = ruleFiles.map((name) => `secure-api/${name}`).sort();

  it('recommended holds exactly the recommended rules, in both forms', () => {
    expect(Object.keys(plugin.configs.recommended.rules ?? {}).sort()).toEqual(recommended);
    expect(Object.keys(plugin.configs['flat/recommended'].rules ?? {}).sort()).toEqual(
      recommended,
    );
  });

  it('strict holds every rule, in both forms', () => {
    expect(Object.keys(plugin.configs.strict.rules ?? {}).sort()).toEqual(strict);
    expect(Object.keys(plugin.configs['flat/strict'].rules ?? {}).sort()).toEqual(strict);
  });

  it('flat configs carry the plugin object itself', () => {
    expect(plugin.configs['flat/recommended'].plugins?.['secure-api']).toBe(plugin);
  });

  it.each(['flat/recommended', 'flat/strict'] as const)(
    '%s loads through the ESLint class',
    async (name) => {
      const eslint = new ESLint({
        overrideConfigFile: true,
        overrideConfig: [plugin.configs[name] as never],
      });
      const [result] = await eslint.lintText('const a = 1;\n', { filePath: 'a.js' });
      expect(result?.messages).toEqual([]);
    },
  );
});
