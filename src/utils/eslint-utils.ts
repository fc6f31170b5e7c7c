// @eslint-community/eslint-utils is typed against estree; these are the same
// functions under the typescript-eslint AST types the rules use.
import * as eslintUtils from '@eslint-community/eslint-utils';
import type { ASTUtils, TSESLint, TSESTree } from '@typescript-eslint/utils';

type BaseTracker = InstanceType<typeof ASTUtils.ReferenceTracker>;
type TraceMap = Parameters<BaseTracker['iterateEsmReferences']>[0];
type Found = ReturnType<BaseTracker['iterateEsmReferences']>;

/** The tracker, with the method typescript-eslint's types leave out. */
export interface Tracker extends BaseTracker {
  iteratePropertyReferences(node: TSESTree.Node, traceMap: TraceMap): Found;
}

export const { CALL, CONSTRUCT, READ } = eslintUtils;

export const ReferenceTracker = eslintUtils.ReferenceTracker as unknown as new (
  globalScope: TSESLint.Scope.Scope,
  options?: { mode?: 'legacy' | 'strict' },
) => Tracker;

export const findVariable =
  eslintUtils.findVariable as unknown as typeof ASTUtils.findVariable;

export const getStaticValue =
  eslintUtils.getStaticValue as unknown as typeof ASTUtils.getStaticValue;
