// Types for corpus.mjs, so the TypeScript tests can share the corpus list.
export interface CorpusFile {
  path: string;
  lines: number;
}

export interface CorpusSource {
  name: string;
  version: string;
  kind: string;
  dir: string;
  type: 'module' | 'commonjs';
  files: CorpusFile[];
  lines: number;
  bytes: number;
}

export interface Corpus {
  quick: boolean;
  sources: CorpusSource[];
  files: string[];
  lines: number;
  bytes: number;
}

export const root: string;
export const MAX_BYTES: number;
export function getCorpus(options?: { quick?: boolean }): Corpus;
