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
  /** Escaped by hand for SQL text: as a parameter it would keep the doubled quotes. */
  escaped: boolean;
}

/** Where the text read so far leaves off: in code, a quote, a comment or a dollar-quoted body. */
interface Lexer {
  state: 'code' | 'single' | 'double' | 'backtick' | 'line' | 'block' | 'dollar';
  /** The `$tag$` that ends a dollar-quoted body. */
  dollarTag: string;
  /** A `;` was read in code. */
  ended: boolean;
  /** Code follows a `;`: more than one statement. */
  multiple: boolean;
}

type Item = TextItem | ValueItem;

/** Words before `(` that open a list of values: `IN (`, `VALUES (`, `lower(`. */
const VALUE_LIST_WORDS = new Set([
  'in', 'values', 'any', 'all', 'coalesce', 'lower', 'upper', 'nullif', 'trim',
]);
/** How much SQL before a value is enough to tell where it sits. */
const TAIL = 400;
const PLACEHOLDER = /\?|\$\d/u;
/**
 * Statements that take no parameters: Postgres refuses them in `SET`, DDL
 * and the other utility statements. Text starting with another word is a
 * query or a fragment of one (`whereRaw('name = ...')`).
 */
const UTILITY_STATEMENTS = new Set([
  'set', 'reset', 'show', 'create', 'alter', 'drop', 'grant', 'revoke', 'copy', 'comment',
  'notify', 'listen', 'unlisten', 'do', 'truncate', 'vacuum', 'analyze', 'explain', 'lock',
  'begin', 'start', 'commit', 'rollback', 'savepoint', 'release', 'declare', 'prepare',
  'execute', 'deallocate', 'refresh', 'cluster', 'reindex', 'discard', 'load', 'import',
  'call', 'use', 'pragma', 'attach', 'detach', 'rename', 'security', 'checkpoint', 'reassign',
]);
/** Functions that escape by hand; their result is not the value to send. */
const ESCAPING_NAME = /^(?:escape|quote|sanitize)/iu;
/** `$$` or `$tag$` opening a dollar-quoted body, the `$` just read being its last. */
const DOLLAR_TAG_END = /(?:^|[^\w$])\$([A-Za-z_]\w*)?$/u;
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
          escaped: isEscapingCall(part.node),
        },
  );

  // A list or a fragment of SQL is not one value.
  for (const [index, part] of parts.entries()) {
    const item = items[index];
    if (part.kind !== 'value' || item?.kind !== 'value') continue;
    if (item.parameter && !isSingleValue(part.node)) return undefined;
  }

  if (!isParameterizableStatement(items)) return undefined;

  // Quotes, comments and parentheses are tracked as we go and only the
  // recent text is looked at, so a long template costs linear time.
  let before = '';
  const lexer: Lexer = { state: 'code', dollarTag: '', ended: false, multiple: false };
  /** For each open parenthesis: does it open a list of values? */
  const lists: boolean[] = [];
  const feed = (text: string): void => {
    for (let offset = 0; offset < text.length; offset += 1) {
      const char = text[offset] ?? '';
      const recent = `${before}${text.slice(0, offset)}`;
      step(lexer, char, recent);
      if (lexer.state !== 'code' || char === "'") continue;
      if (char === ')') lists.pop();
      if (char === '(') lists.push(isValueListOpener(recent));
    }
    before = `${before}${text}`.slice(-TAIL);
  };

  for (const [index, item] of items.entries()) {
    if (item.kind === 'text') {
      if (style !== 'tag' && PLACEHOLDER.test(item.cooked)) return undefined;
      feed(item.cooked);
      if (lexer.multiple) return undefined;
      continue;
    }

    // A value in a comment, a dollar-quoted body or a second statement.
    if (lexer.state !== 'code' && lexer.state !== 'single') return undefined;
    if (lexer.ended) return undefined;

    const next = items[index + 1];
    if (item.parameter) {
      if (item.escaped) return undefined;
      const after = next === undefined ? '' : getShownText(next);
      const slot = getSlot(before, after, lexer.state === 'single', lists.at(-1) ?? false);
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
  if (lexer.multiple) return undefined;

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
  inQuote: boolean,
  inList: boolean,
): 'bare' | 'quoted' | undefined {
  if (inQuote) {
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
  // `IN (${ids})`: one value alone in the list is most often an array,
  // which a single parameter does not expand.
  if (/\bin\s*\($/iu.test(text.slice(-20)) && after.trimStart().startsWith(')')) return false;
  return (text.endsWith('(') || text.endsWith(',')) && inList;
}

/** Reads one character of SQL text. */
function step(lexer: Lexer, char: string, recent: string): void {
  const previous = recent.at(-1);
  switch (lexer.state) {
    case 'single':
      if (char === "'") lexer.state = 'code';
      return;
    case 'double':
      if (char === '"') lexer.state = 'code';
      return;
    case 'backtick':
      if (char === '`') lexer.state = 'code';
      return;
    case 'line':
      if (char === '\n') lexer.state = 'code';
      return;
    case 'block':
      if (char === '/' && previous === '*') lexer.state = 'code';
      return;
    case 'dollar':
      if (char === '$' && `${recent}$`.endsWith(lexer.dollarTag)) lexer.state = 'code';
      return;
    default:
      break;
  }
  if (lexer.ended && !/\s/u.test(char)) lexer.multiple = true;
  if (char === "'") lexer.state = 'single';
  else if (char === '"') lexer.state = 'double';
  else if (char === '`') lexer.state = 'backtick';
  else if (char === '-' && previous === '-') lexer.state = 'line';
  else if (char === '*' && previous === '/') lexer.state = 'block';
  else if (char === ';') lexer.ended = true;
  else if (char === '$') {
    const tag = DOLLAR_TAG_END.exec(recent.slice(-64));
    if (tag) {
      lexer.state = 'dollar';
      lexer.dollarTag = `$${tag[1] ?? ''}$`;
    }
  }
}

/** The text does not start a statement that refuses parameters. */
function isParameterizableStatement(items: readonly Item[]): boolean {
  const first = items[0];
  if (first?.kind !== 'text') return true;
  let text = first.cooked;
  // Leading blanks, comments and parentheses.
  for (;;) {
    const trimmed = text.replace(/^[\s(]+/u, '');
    if (trimmed.startsWith('--')) {
      const end = trimmed.indexOf('\n');
      text = end === -1 ? '' : trimmed.slice(end + 1);
    } else if (trimmed.startsWith('/*')) {
      const end = trimmed.indexOf('*/');
      text = end === -1 ? '' : trimmed.slice(end + 2);
    } else {
      text = trimmed;
      break;
    }
  }
  const word = /^[a-z]+/iu.exec(text)?.[0].toLowerCase();
  return word === undefined || !UTILITY_STATEMENTS.has(word);
}

/** `name.replace(/'/g, "''")`, `escapeString(name)`: quoting done by hand. */
function isEscapingCall(node: TSESTree.Node): boolean {
  let bare = node;
  while (bare.type === 'TSAsExpression' || bare.type === 'TSNonNullExpression' || bare.type === 'ChainExpression') {
    bare = bare.expression;
  }
  if (bare.type !== 'CallExpression') return false;
  const callee = bare.callee;
  const name =
    callee.type === 'Identifier'
      ? callee.name
      : callee.type === 'MemberExpression' && callee.property.type === 'Identifier'
        ? callee.property.name
        : '';
  if (ESCAPING_NAME.test(name)) return true;
  if (name !== 'replace' && name !== 'replaceAll') return false;
  // Replacing quotes or backslashes.
  const pattern = bare.arguments[0];
  if (pattern?.type !== 'Literal') return false;
  const source = 'regex' in pattern && pattern.regex ? pattern.regex.pattern : String(pattern.value);
  return /['"\\]/u.test(source);
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
