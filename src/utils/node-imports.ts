import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable } from './eslint-utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** How a fix refers to a Node built-in export, and the edit that imports it. */
export interface ImportPlan {
  /** `timingSafeEqual`, `crypto.timingSafeEqual` or a local alias. */
  name: string;
  /** Adds the import; absent when the file already has it. */
  fix?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
}

interface FileImports {
  esm: boolean;
  nodePrefix: boolean;
  quote: string;
  semicolon: boolean;
  last: TSESTree.Node | undefined;
  namespace: string | undefined;
  local: string | undefined;
  named: TSESTree.ImportDeclaration | undefined;
  pattern: TSESTree.ObjectPattern | undefined;
}

/**
 * Plans how a suggestion at `node` reaches `exportName` of a Node built-in
 * (`'crypto'`), in the file's own style: an existing named import or
 * namespace is reused, an existing `import { … }` or destructured `require`
 * grows, otherwise an `import` or `require` line is added after the others,
 * with the `node:` prefix when the file already uses it. Returns `undefined`
 * when the name is taken by something else.
 *
 * The file's imports are read once, on the first call of the planner.
 */
export function createImportPlanner(
  sourceCode: SourceCode,
  moduleName: string,
  exportName: string,
): (node: TSESTree.Node) => ImportPlan | undefined {
  let found: FileImports | undefined;
  return (node) => {
    found ??= scanImports(sourceCode, moduleName, exportName);
    return planImport(sourceCode, node, found, moduleName, exportName);
  };
}

function planImport(
  sourceCode: SourceCode,
  node: TSESTree.Node,
  found: FileImports,
  moduleName: string,
  exportName: string,
): ImportPlan | undefined {
  if (found.local) return { name: found.local };
  if (found.namespace) return { name: `${found.namespace}.${exportName}` };
  if (findVariable(sourceCode.getScope(node), exportName)) return undefined;

  const { named, pattern } = found;
  const lastSpecifier = named?.specifiers.at(-1);
  if (lastSpecifier) {
    return {
      name: exportName,
      fix: (fixer) => fixer.insertTextAfter(lastSpecifier, `, ${exportName}`),
    };
  }
  const lastProperty = pattern?.properties.at(-1);
  if (lastProperty && lastProperty.type === 'Property') {
    return {
      name: exportName,
      fix: (fixer) => fixer.insertTextAfter(lastProperty, `, ${exportName}`),
    };
  }

  const source = `${found.quote}${found.nodePrefix ? 'node:' : ''}${moduleName}${found.quote}`;
  const end = found.semicolon ? ';' : '';
  const line = found.esm
    ? `import { ${exportName} } from ${source}${end}`
    : `const { ${exportName} } = require(${source})${end}`;
  const { last } = found;
  if (last) {
    return { name: exportName, fix: (fixer) => fixer.insertTextAfter(last, `\n${line}`) };
  }

  const first = sourceCode.ast.body.find(
    (statement) => statement.type !== 'ExpressionStatement' || !statement.directive,
  );
  if (!first) return undefined;
  return { name: exportName, fix: (fixer) => fixer.insertTextBefore(first, `${line}\n`) };
}

function scanImports(
  sourceCode: SourceCode,
  moduleName: string,
  exportName: string,
): FileImports {
  const found: FileImports = {
    esm: sourceCode.ast.sourceType === 'module' && !usesCommonJs(sourceCode),
    nodePrefix: false,
    quote: "'",
    semicolon: true,
    last: undefined,
    namespace: undefined,
    local: undefined,
    named: undefined,
    pattern: undefined,
  };
  let sawImport = false;
  let lastRequire: TSESTree.Node | undefined;
  const matches = (name: unknown): boolean =>
    name === moduleName || name === `node:${moduleName}`;

  for (const statement of sourceCode.ast.body) {
    if (statement.type === 'ImportDeclaration') {
      sawImport = true;
      found.last = statement;
      noteSource(found, sourceCode, statement, statement.source);
      if (!matches(statement.source.value) || statement.importKind === 'type') continue;
      readImport(found, statement, exportName);
      continue;
    }
    if (statement.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declarations) {
      const source = getRequireSource(declarator.init);
      if (!source) continue;
      lastRequire = statement;
      noteSource(found, sourceCode, statement, source);
      if (matches(source.value)) readRequire(found, declarator.id, exportName);
    }
  }

  if (sawImport) found.esm = true;
  else if (lastRequire) {
    found.esm = false;
    found.last = lastRequire;
  }
  return found;
}

function noteSource(
  found: FileImports,
  sourceCode: SourceCode,
  statement: TSESTree.Node,
  source: TSESTree.StringLiteral,
): void {
  if (source.value.startsWith('node:')) found.nodePrefix = true;
  found.quote = source.raw.startsWith('"') ? '"' : "'";
  found.semicolon = sourceCode.getLastToken(statement)?.value === ';';
}

function readImport(
  found: FileImports,
  statement: TSESTree.ImportDeclaration,
  exportName: string,
): void {
  let named = false;
  for (const specifier of statement.specifiers) {
    if (specifier.type !== 'ImportSpecifier') {
      found.namespace ??= specifier.local.name;
      continue;
    }
    if (specifier.importKind === 'type') continue;
    named = true;
    const imported =
      specifier.imported.type === 'Identifier'
        ? specifier.imported.name
        : specifier.imported.value;
    if (imported === exportName) found.local = specifier.local.name;
  }
  if (named) found.named ??= statement;
}

function readRequire(
  found: FileImports,
  id: TSESTree.BindingName,
  exportName: string,
): void {
  if (id.type === 'Identifier') {
    found.namespace ??= id.name;
    return;
  }
  if (id.type !== 'ObjectPattern') return;
  for (const property of id.properties) {
    if (property.type !== 'Property' || property.computed) continue;
    const key = property.key.type === 'Identifier' ? property.key.name : undefined;
    if (key === exportName && property.value.type === 'Identifier') {
      found.local = property.value.name;
    }
  }
  if (id.properties.at(-1)?.type === 'Property') found.pattern ??= id;
}

function getRequireSource(
  init: TSESTree.Expression | null,
): TSESTree.StringLiteral | undefined {
  if (init?.type !== 'CallExpression') return undefined;
  const [argument] = init.arguments;
  return init.callee.type === 'Identifier' &&
    init.callee.name === 'require' &&
    argument?.type === 'Literal' &&
    typeof argument.value === 'string'
    ? argument
    : undefined;
}

/** `module.exports`, `exports.x` or `require` without a declaration. */
function usesCommonJs(sourceCode: SourceCode): boolean {
  const through = sourceCode.scopeManager?.globalScope?.through ?? [];
  return through.some(({ identifier }) =>
    ['module', 'exports', 'require'].includes(identifier.name),
  );
}
