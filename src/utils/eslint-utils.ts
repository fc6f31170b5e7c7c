// @eslint-community/eslint-utils is typed against estree; these are the same
// functions under the typescript-eslint AST types the rules use.
import * as eslintUtils from '@eslint-community/eslint-utils';
import type { ASTUtils } from '@typescript-eslint/utils';

export const { CALL, CONSTRUCT, READ } = eslintUtils;

export const ReferenceTracker =
  eslintUtils.ReferenceTracker as unknown as typeof ASTUtils.ReferenceTracker;

export const findVariable =
  eslintUtils.findVariable as unknown as typeof ASTUtils.findVariable;

export const getStaticValue =
  eslintUtils.getStaticValue as unknown as typeof ASTUtils.getStaticValue;
