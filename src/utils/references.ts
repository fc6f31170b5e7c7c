import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  CALL,
  CONSTRUCT,
  getStaticValue,
  READ,
  ReferenceTracker,
} from './eslint-utils';

type TraceMap = Parameters<
  InstanceType<typeof ReferenceTracker>['iterateEsmReferences']
>[0];

/** One API of a module: the property path from the module's exports. */
export interface ApiSpec<T> {
  /** Module names, e.g. `['jsonwebtoken']` or `['crypto', 'node:crypto']`. */
  modules: readonly string[];
  /** Path from the module's exports; `[]` is the export itself. */
  path: readonly string[];
  /** `call` for `f()`, `construct` for `new F()`, `both` for either; `read` for any mention. */
  kind: 'call' | 'construct' | 'both' | 'read';
  info: T;
}

export interface ApiCall<T> {
  node: TSESTree.CallExpression | TSESTree.NewExpression;
  info: T;
}

interface TraceNode {
  [key: string | symbol]: unknown;
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
      if (spec.kind === 'read') node[READ] = spec.info;
      if (spec.kind === 'call' || spec.kind === 'both') node[CALL] = spec.info;
      if (spec.kind === 'construct' || spec.kind === 'both') {
        node[CONSTRUCT] = spec.info;
      }
    }
  }

  return root as unknown as TraceMap;
}

// Spec tables are module constants; their trace maps are built once, not per
// file. Keyed weakly, so a caller's short-lived table is not kept.
const traceMaps = new WeakMap<readonly ApiSpec<unknown>[], TraceMap>();

function getTraceMap<T>(specs: readonly ApiSpec<T>[]): TraceMap {
  let traceMap = traceMaps.get(specs);
  if (!traceMap) {
    traceMap = buildTraceMap(specs);
    traceMaps.set(specs, traceMap);
  }
  return traceMap;
}

function* iterateReferences<T>(
  sourceCode: Readonly<TSESLint.SourceCode>,
  specs: readonly ApiSpec<T>[],
): Generator<{ node: TSESTree.Node; info: T }> {
  const scope = sourceCode.scopeManager?.globalScope;
  if (!scope) return;

  // `legacy` lets `import { sign } from 'jsonwebtoken'` reach a CommonJS
  // module's properties, as TypeScript's interop does.
  const tracker = new ReferenceTracker(scope, { mode: 'legacy' });
  const traceMap = getTraceMap(specs);
  const seen = new Set<TSESTree.Node>();

  for (const iterator of [
    tracker.iterateEsmReferences(traceMap),
    tracker.iterateCjsReferences(traceMap),
  ]) {
    for (const { node, info } of iterator) {
      if (seen.has(node)) continue;
      seen.add(node);
      yield { node, info: info as T };
    }
  }

  // Without Node globals in the config, `require` is not declared and the
  // tracker skips it; it is still `require` at run time.
  for (const reference of scope.through) {
    const call = getUndeclaredRequireCall(reference.identifier);
    const moduleName = call && getStaticValue(call.arguments[0] as TSESTree.Node);
    const next =
      typeof moduleName?.value === 'string' ? traceMap[moduleName.value] : undefined;
    if (!call || !next) continue;

    const moduleReads = next as Record<symbol, unknown>;
    if (moduleReads[READ] !== undefined && !seen.has(call)) {
      seen.add(call);
      yield { node: call, info: moduleReads[READ] as T };
    }
    for (const { node, info } of tracker.iteratePropertyReferences(call, next)) {
      if (seen.has(node)) continue;
      seen.add(node);
      yield { node, info: info as T };
    }
  }

  // TypeScript's `import jwt = require('jsonwebtoken')`, which the tracker
  // does not know.
  for (const statement of sourceCode.ast.body) {
    const next = getImportEqualsTrace(statement, traceMap);
    if (!next) continue;
    const moduleReads = next as Record<symbol, unknown>;
    for (const variable of sourceCode.scopeManager?.getDeclaredVariables(statement) ?? []) {
      for (const reference of variable.references) {
        const identifier = reference.identifier;
        if (!reference.isRead() || seen.has(identifier)) continue;
        if (moduleReads[READ] !== undefined) {
          seen.add(identifier);
          yield { node: identifier, info: moduleReads[READ] as T };
        }
        for (const { node, info } of tracker.iteratePropertyReferences(identifier, next)) {
          if (seen.has(node)) continue;
          seen.add(node);
          yield { node, info: info as T };
        }
      }
    }
  }
}

function getImportEqualsTrace(
  statement: TSESTree.ProgramStatement,
  traceMap: TraceMap,
): TraceMap | undefined {
  const declaration =
    statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
  if (
    declaration?.type !== 'TSImportEqualsDeclaration' ||
    declaration.moduleReference.type !== 'TSExternalModuleReference' ||
    declaration.moduleReference.expression.type !== 'Literal'
  ) {
    return undefined;
  }
  const name = declaration.moduleReference.expression.value;
  return typeof name === 'string' && Object.hasOwn(traceMap, name)
    ? traceMap[name]
    : undefined;
}

function getUndeclaredRequireCall(
  identifier: TSESTree.Node,
): TSESTree.CallExpression | undefined {
  const call = identifier.parent;
  return identifier.type === 'Identifier' &&
    identifier.name === 'require' &&
    call?.type === 'CallExpression' &&
    call.callee === identifier &&
    call.arguments.length > 0
    ? call
    : undefined;
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
  const calls: ApiCall<T>[] = [];
  for (const { node, info } of iterateReferences(sourceCode, specs)) {
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      calls.push({ node, info });
    }
  }
  return calls;
}

/** Like `findApiCalls` for `read` specs: every expression naming the API. */
export function findApiReads<T>(
  sourceCode: Readonly<TSESLint.SourceCode>,
  specs: readonly ApiSpec<T>[],
): { node: TSESTree.Node; info: T }[] {
  return [...iterateReferences(sourceCode, specs)];
}
