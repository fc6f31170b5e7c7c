import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, skipTypeWrappers } from './values';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;

/** Where a call keeps its options, as the JWT and option-reading rules see it. */
export interface OptionsSite {
  node: TSESTree.CallExpression | TSESTree.NewExpression;
  options: TSESTree.Expression | undefined;
  /** Where a new options argument goes, or -1 when none can be added. */
  optionsIndex: number;
  /** Nested object holding the setting, e.g. `['signOptions']`. */
  prefix: readonly string[];
}

/**
 * A fix that adds `propertyText` (e.g. `expiresIn: '15m'`, or several
 * properties as an array) to a call's options: into the object literal when
 * it is written there, as `{ ...options, added }` when it is a variable, or
 * as a new argument when there is none. Returns `null` when no edit is safe.
 */
export function addOptionProperty(
  fixer: Fixer,
  sourceCode: SourceCode,
  site: OptionsSite,
  propertyText: string | readonly string[],
): TSESLint.RuleFix | null {
  const properties = typeof propertyText === 'string' ? [propertyText] : propertyText;
  const joined = properties.join(', ');
  const [first, ...rest] = site.prefix;
  const text = first === undefined ? joined : wrapInPrefix([first, ...rest], joined);

  if (!site.options) return addArgument(fixer, sourceCode, site, `{ ${text} }`);

  const options = skipTypeWrappers(site.options);
  if (options.type !== 'ObjectExpression') {
    if (first !== undefined) return null;
    return fixer.replaceText(
      site.options,
      `{ ...${sourceCode.getText(site.options)}, ${text} }`,
    );
  }

  if (first === undefined) {
    return addToObject(fixer, sourceCode, options, properties);
  }

  const nested = findWrittenProperty(options, first);
  if (!nested) return addToObject(fixer, sourceCode, options, [text]);

  const value = skipTypeWrappers(nested.value);
  if (rest.length > 0 || value.type !== 'ObjectExpression') return null;
  return addToObject(fixer, sourceCode, value, properties);
}

/**
 * Removes a property with its comma and the space before it, so that
 * neighbours and line breaks stay as they were.
 */
export function removeProperty(
  fixer: Fixer,
  sourceCode: SourceCode,
  property: TSESTree.Property,
): TSESLint.RuleFix {
  const before = sourceCode.getTokenBefore(property);
  const after = sourceCode.getTokenAfter(property);
  const start = before?.range[1] ?? property.range[0];
  if (after?.value === ',') return fixer.removeRange([start, after.range[1]]);

  // The last property: take the comma before it instead.
  const from = before?.value === ',' ? before.range[0] : start;
  return fixer.removeRange([from, property.range[1]]);
}

function wrapInPrefix(prefix: readonly string[], text: string): string {
  return prefix.reduceRight((inner, key) => `${key}: { ${inner} }`, text);
}

function findWrittenProperty(
  object: TSESTree.ObjectExpression,
  name: string,
): TSESTree.Property | undefined {
  let found: TSESTree.Property | undefined;
  for (const member of object.properties) {
    if (member.type === 'Property' && getPropertyName(member) === name) {
      found = member;
    }
  }
  return found;
}

/** Adds properties, one per line when the object is written over several. */
function addToObject(
  fixer: Fixer,
  sourceCode: SourceCode,
  object: TSESTree.ObjectExpression,
  properties: readonly string[],
): TSESLint.RuleFix {
  const joined = properties.join(', ');
  const last = object.properties.at(-1);
  if (!last) return fixer.replaceText(object, `{ ${joined} }`);

  const after = sourceCode.getTokenAfter(last);
  const multiline = object.loc.start.line !== object.loc.end.line;
  if (!multiline) return fixer.insertTextAfter(last, `, ${joined}`);

  const indent = ' '.repeat(last.loc.start.column);
  const lines = properties.map((text) => `\n${indent}${text}`).join(',');
  return after?.value === ','
    ? fixer.insertTextAfter(after, `${lines},`)
    : fixer.insertTextAfter(last, `,${lines}`);
}

function addArgument(
  fixer: Fixer,
  sourceCode: SourceCode,
  site: OptionsSite,
  text: string,
): TSESLint.RuleFix | null {
  const args = site.node.arguments;
  const index = site.optionsIndex;
  if (index < 0 || args.length < index) return null;

  const existing = args[index];
  if (existing) return fixer.insertTextBefore(existing, `${text}, `);

  const previous = args[index - 1];
  if (previous) return fixer.insertTextAfter(previous, `, ${text}`);

  const closing = sourceCode.getLastToken(site.node);
  if (closing?.value !== ')') return null;
  return fixer.insertTextBefore(closing, text);
}
