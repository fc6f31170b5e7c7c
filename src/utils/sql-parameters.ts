import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { StringPart } from './sql-strings';

/**
 * `dollar`: `$1, $2`; `question`: `?`; `tag`: every value stays a
 * `${...}` of a tagged template, which sends it as a parameter.
 */
export type PlaceholderStyle = 'dollar' | 'question' | 'tag';

export interface ParameterizedSql {
  /** The new SQL argument: a string literal, or a template literal. */
  text: string;
  /** The values taken out of the SQL, as source text, in order. */
  values: string[];
}

interface TextItem {
  kind: 'text';
  cooked: string;
  /** The text as it goes between the backticks of a template literal. */
  out: string;
  dropStart: boolean;
  dropEnd: boolean;
}

interface ValueItem {
  kind: 'value';
  source: string;
  parameter: boolean;
  /** What the value reads as in the SQL, when it is a string constant. */
  constant: string | undefined;
}

type Item = TextItem | ValueItem;

/** Words before `(` that open a list of values: `IN (`, `VALUES (`, `lower(`. */
const VALUE_LIST_WORDS = new Set([
  'in', 'values', 'any', 'all', 'coalesce', 'lower', 'upper', 'nullif', 'trim',
]);
/** How much SQL before a value is enough to tell where it sits. */
const TAIL = 400;
const PLACEHOLDER = /\?|\$\d/u;
const COMPARISON_END = /(?:[=<>]|!=)$/u;
const GLUED_BEFORE = /[\w$."`\]]$/u;
const GLUED_AFTER = /^[\w$."`([]/u;

/**
 * Rewrites the pieces of a template or concatenation so that the values
 * not known to be safe travel as parameters. Returns `undefined` when one
 * of them sits where a parameter cannot go (a table, a column, a keyword
 * such as `ORDER BY` or `LIMIT`, part of a quoted string), or when the
 * text already has placeholders.
 */
export function parameterizeSql(
  parts: readonly StringPart[],
  fromTemplate: boolean,
  style: PlaceholderStyle,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ParameterizedSql | undefined {
  const items: Item[] = parts.map((part) =>
    part.kind === 'text'
      ? {
          kind: 'text',
          cooked: part.value,
          out: getTemplateText(part),
          dropStart: false,
          dropEnd: false,
        }
      : {
          kind: 'value',
          source: getValueSource(part.node, sourceCode),
          parameter: style === 'tag' || !part.safe,
          constant: part.constant,
        },
  );

  // A list or a fragment of SQL is not one value.
  for (const [index, part] of parts.entries()) {
    const item = items[index];
    if (part.kind !== 'value' || item?.kind !== 'value') continue;
    if (item.parameter && !isSingleValue(part.node)) return undefined;
  }

  // Quotes and parentheses are tracked as we go and only the recent text
  // is looked at, so a long template costs linear time.
  let before = '';
  const quotes = { single: 0, double: 0, backtick: 0 };
  /** For each open parenthesis: does it open a list of values? */
  const lists: boolean[] = [];
  const feed = (text: string): void => {
    for (let offset = 0; offset < text.length; offset += 1) {
      const char = text[offset];
      if (char === "'") quotes.single += 1;
      if (char === '"') quotes.double += 1;
      if (char === '`') quotes.backtick += 1;
      if (char === ')') lists.pop();
      if (char === '(') lists.push(isValueListOpener(`${before}${text.slice(0, offset)}`));
    }
    before = `${before}${text}`.slice(-TAIL);
  };

  for (const [index, item] of items.entries()) {
    if (item.kind === 'text') {
      if (style !== 'tag' && PLACEHOLDER.test(item.cooked)) return undefined;
      feed(item.cooked);
      continue;
    }

    const next = items[index + 1];
    if (item.parameter) {
      const after = next === undefined ? '' : getShownText(next);
      const slot = getSlot(before, after, quotes, lists.at(-1) ?? false);
      if (!slot) return undefined;
      if (slot === 'quoted') {
        const previous = items[index - 1];
        if (previous?.kind !== 'text' || next?.kind !== 'text') return undefined;
        const closes = previous.out.endsWith("'") && !previous.out.endsWith("\\'");
        if (!closes || !next.out.startsWith("'")) return undefined;
        previous.dropEnd = true;
        next.dropStart = true;
      }
    }
    feed(getShownText(item));
  }

  const values: string[] = [];
  let interpolates = false;
  let template = '';
  let cooked = '';
  for (const item of items) {
    if (item.kind === 'text') {
      template += trimQuotes(item.out, item);
      cooked += trimQuotes(item.cooked, item);
      continue;
    }
    if (!item.parameter || style === 'tag') {
      interpolates = true;
      template += `\${${item.source}}`;
      if (item.parameter) values.push(item.source);
      continue;
    }
    values.push(item.source);
    const placeholder = style === 'dollar' ? `$${values.length}` : '?';
    template += placeholder;
    cooked += placeholder;
  }

  if (values.length === 0) return undefined;
  const text = fromTemplate || interpolates ? `\`${template}\`` : quoteString(cooked);
  return { text, values };
}

/**
 * Where a value sits in the SQL before it: `bare` where a parameter may
 * go, `quoted` when it fills a whole quoted string (`= '${x}'`), whose
 * quotes the parameter replaces; `undefined` elsewhere.
 */
function getSlot(
  before: string,
  after: string,
  quotes: { single: number; double: number; backtick: number },
  inList: boolean,
): 'bare' | 'quoted' | undefined {
  if (quotes.double % 2 === 1 || quotes.backtick % 2 === 1) return undefined;
  if (quotes.single % 2 === 1) {
    if (!before.endsWith("'") || !after.startsWith("'") || after.startsWith("''")) {
      return undefined;
    }
    return isValuePosition(before.slice(0, -1), after.slice(1), inList) ? 'quoted' : undefined;
  }
  return isValuePosition(before, after, inList) ? 'bare' : undefined;
}

function isValuePosition(before: string, after: string, inList: boolean): boolean {
  if (GLUED_BEFORE.test(before) || GLUED_AFTER.test(after)) return false;

  const text = before.trimEnd();
  if (COMPARISON_END.test(text)) return true;

  const words = text.toLowerCase().split(/\s+/u);
  const last = words.at(-1);
  if (last === 'like' || last === 'ilike' || last === 'between') return true;
  // `BETWEEN 0 AND ${x}`; any other `AND ${x}` is a condition.
  if (last === 'and' && words.at(-3) === 'between') return true;
  return (text.endsWith('(') || text.endsWith(',')) && inList;
}

/** `IN (`, `VALUES (`, `lower(`: the parenthesis just written opens values. */
function isValueListOpener(text: string): boolean {
  const word = /(\w+)\s*$/u.exec(text.slice(-40));
  return word?.[1] !== undefined && VALUE_LIST_WORDS.has(word[1].toLowerCase());
}

function isSingleValue(node: TSESTree.Node): boolean {
  let bare = node;
  while (
    bare.type === 'TSAsExpression' ||
    bare.type === 'TSNonNullExpression' ||
    bare.type === 'TSSatisfiesExpression' ||
    bare.type === 'AwaitExpression' ||
    bare.type === 'ChainExpression'
  ) {
    bare = bare.type === 'AwaitExpression' ? bare.argument : bare.expression;
  }
  if (bare.type === 'Identifier' || bare.type === 'Literal') return true;
  if (bare.type === 'MemberExpression') return true;
  if (bare.type !== 'CallExpression') return false;

  const callee = bare.callee;
  if (callee.type !== 'MemberExpression') return true;
  const method = callee.property.type === 'Identifier' ? callee.property.name : '';
  return !['join', 'map', 'concat', 'flat', 'flatMap', 'split'].includes(method);
}

/** How an item reads in the SQL: a constant as its text, any other value as one token. */
function getShownText(item: Item): string {
  if (item.kind === 'text') return item.cooked;
  return item.parameter ? '0' : (item.constant ?? '0');
}

function trimQuotes(text: string, item: TextItem): string {
  const start = item.dropStart ? 1 : 0;
  return item.dropEnd ? text.slice(start, -1) : text.slice(start);
}

function getTemplateText(part: Extract<StringPart, { kind: 'text' }>): string {
  if (part.node.type === 'TemplateElement') return part.node.value.raw;
  return part.value
    .replace(/\\/gu, '\\\\')
    .replace(/`/gu, '\\`')
    .replace(/\$\{/gu, '\\${')
    .replace(/\r/gu, '\\r')
    .replace(/\n/gu, '\\n');
}

function getValueSource(
  node: TSESTree.Expression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): string {
  const text = sourceCode.getText(node);
  return node.type === 'SequenceExpression' ? `(${text})` : text;
}

function quoteString(text: string): string {
  const escaped = text
    .replace(/\\/gu, '\\\\')
    .replace(/'/gu, "\\'")
    .replace(/\r/gu, '\\r')
    .replace(/\n/gu, '\\n')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
  return `'${escaped}'`;
}
