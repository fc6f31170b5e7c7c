// Types for configs.mjs, so the TypeScript tests can share the lint base.
import type { Linter } from 'eslint';

import type { Corpus } from './corpus.mjs';

export const CONFIG_NAMES: string[];
export const CONFIG_LABELS: Record<string, string>;
export function baseConfig(corpus: Pick<Corpus, 'sources'>): Linter.Config[];
export function rulesConfig(name: string): Linter.Config[];
export function loadPlugin(): unknown;
