import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getStringValue, resolveExpression } from './values';

type Scope = TSESLint.Scope.Scope;

const MAX_DEPTH = 12;

/** One entry of a list, as written somewhere in the file. */
export interface ListEntry {
  /** The element as written, e.g. `'RS256'` or `ALG`. */
  node: TSESTree.Expression;
  /** Its string value, or `undefined` when it is not a known string. */
  value: string | undefined;
  /** False when it comes from a spread of another array. */
  direct: boolean;
}

/** An array whose entries are statically known, spreads expanded. */
export interface ResolvedList {
  /** The array literal the list was written in (the outermost one). */
  node: TSESTree.ArrayExpression;
  entries: ListEntry[];
  /** False when a spread or a hole could add entries we cannot see. */
  complete: boolean;
}

/**
 * Resolves an array through `const` bindings and type wrappers, expanding
 * spreads of other `const` arrays, e.g. `[...ASYMMETRIC, 'HS256']`.
 * Returns `undefined` when the value is not an array literal we can see.
 */
export function resolveList(
  node: TSESTree.Node,
  scope: Scope,
  depth = 0,
): ResolvedList | undefined {
  if (depth > MAX_DEPTH) return undefined;

  const value = resolveExpression(node, scope);
  if (value.type !== 'ArrayExpression') return undefined;

  const result: ResolvedList = { node: value, entries: [], complete: true };
  for (const element of value.elements) {
    if (!element) {
      result.complete = false;
      continue;
    }
    if (element.type === 'SpreadElement') {
      const spread = resolveList(element.argument, scope, depth + 1);
      if (!spread) {
        result.complete = false;
        continue;
      }
      for (const entry of spread.entries) {
        result.entries.push({ ...entry, direct: false });
      }
      result.complete &&= spread.complete;
      continue;
    }
    result.entries.push({
      node: element,
      value: getStringValue(element, scope),
      direct: true,
    });
  }

  return result;
}
