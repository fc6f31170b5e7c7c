// The configurations the benchmark compares. Every one starts from the same
// base (parser, source types, no inline config), so the only difference
// between them is the rules they turn on.
import { createRequire } from 'node:module';
import path from 'node:path';

import { root } from './corpus.mjs';

const require = createRequire(import.meta.url);

export const CONFIG_NAMES = ['floor', 'recommended', 'strict', 'security', 'sdl'];

export const CONFIG_LABELS = {
  floor: 'no rules (parse and traverse)',
  recommended: 'secure-api `flat/recommended`',
  strict: 'secure-api `flat/strict`',
  security: 'eslint-plugin-security `recommended`',
  sdl: '@microsoft/eslint-plugin-sdl `recommended`',
};

/** Loads the built plugin, so the bench measures what users install. */
export function loadPlugin() {
  return require(path.join(root, 'dist/index.js'));
}

function getSourceTypes(corpus) {
  const commonjs = [];
  for (const source of corpus.sources) {
    if (source.type === 'module') continue;
    const dir = path.relative(root, source.dir).split(path.sep).join('/');
    commonjs.push(`${dir}/**/*.js`, `${dir}/**/*.jsx`);
  }
  return commonjs;
}

/**
 * The shared base: the typescript-eslint parser for every file (no type
 * information), each `.js` file parsed as its package's module system, and
 * comments in the corpus not allowed to turn rules on or off.
 */
export function baseConfig(corpus) {
  const parser = require('@typescript-eslint/parser');
  const config = [
    // The corpus lives in node_modules, which ESLint skips by default.
    { ignores: ['!**/node_modules/'] },
    {
      files: ['**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}'],
      languageOptions: {
        parser,
        ecmaVersion: 'latest',
        sourceType: 'module',
      },
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
      // eslint-plugin-react (inside sdl) warns on every run without this.
      settings: { react: { version: '19.0' } },
    },
    {
      files: ['**/*.{cjs,cts}'],
      languageOptions: { sourceType: 'commonjs' },
    },
  ];
  const commonjs = getSourceTypes(corpus);
  if (commonjs.length > 0) {
    config.push({ files: commonjs, languageOptions: { sourceType: 'commonjs' } });
  }
  return config;
}

/** The rules of one named configuration, as flat config objects. */
export function rulesConfig(name) {
  switch (name) {
    case 'floor':
      return [];
    case 'recommended':
      return [loadPlugin().configs['flat/recommended']];
    case 'strict':
      return [loadPlugin().configs['flat/strict']];
    case 'security':
      return [require('eslint-plugin-security').configs.recommended];
    case 'sdl':
      return [...require('@microsoft/eslint-plugin-sdl').configs.recommended];
    default:
      throw new Error(`bench: unknown config ${name}`);
  }
}
