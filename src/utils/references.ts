import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { CALL, CONSTRUCT, ReferenceTracker } from './eslint-utils';

type TraceMap = Parameters<
  InstanceType<typeof ReferenceTracker>['iterateEsmReferences']
>[0];

/** One API of a module: the property path from the module's exports. */
export interface ApiSpec<T> {
  /** Module names, e.g. `['jsonwebtoken']` or `['crypto', 'node:crypto']`. */
  modules: readonly string[];
  /** Path from the module's exports; `[]` is the export itself. */
  path: readonly string[];
  /** `call` for `f()`, `construct` for `new F()`, `both` for either. */
  kind: 'call' | 'construct' | 'both';
  info: T;
}

export interface ApiCall<T> {
  node: TSESTree.CallExpression | TSESTree.NewExpression;
  info: T;
}

interface TraceNode {
  [key: string | symbol]: TraceNode | unknown;
}

/** `['crypto']` becomes `['crypto', 'node:crypto']`. */
export function withNodePrefix(name: string): string[] {
  return [name, `node:${name}`];
}

function buildTraceMap<T>(specs: readonly ApiSpec<T>[]): TraceMap {
  const root: Record<string, TraceNode> = {};

  for (const spec of specs) {
    for (const moduleName of spec.modules) {
      let node = (root[moduleName] ??= {});
      for (const key of spec.path) node = (node[key] ??= {}) as TraceNode;
      if (spec.kind !== 'construct') node[CALL] = spec.info;
      if (spec.kind !== 'call') node[CONSTRUCT] = spec.info;
    }
  }

  return root as unknown as TraceMap;
}

/**
 * Finds every call or construction of the given module APIs in a file,
 * whatever the import style: default, named, aliased and namespace imports,
 * `require`, destructured `require`, and local aliases of any of these.
 */
export function findApiCalls<T>(
  sourceCode: Readonly<TSESLint.SourceCode>,
  specs: readonly ApiSpec<T>[],
): ApiCall<T>[] {
  const scope = sourceCode.scopeManager?.globalScope;
  if (!scope) return [];

  // `legacy` lets `import { sign } from 'jsonwebtoken'` reach a CommonJS
  // module's properties, as TypeScript's interop does.
  const tracker = new ReferenceTracker(scope, { mode: 'legacy' });
  const traceMap = buildTraceMap(specs);
  const calls: ApiCall<T>[] = [];
  const seen = new Set<TSESTree.Node>();

  const references = [
    ...tracker.iterateEsmReferences(traceMap),
    ...tracker.iterateCjsReferences(traceMap),
  ];
  for (const { node, info } of references) {
    if (node.type !== 'CallExpression' && node.type !== 'NewExpression') {
      continue;
    }
    if (seen.has(node)) continue;

    seen.add(node);
    calls.push({ node, info: info as T });
  }

  return calls;
}
