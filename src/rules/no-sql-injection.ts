import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../utils/create-rule';
import { getStaticValue } from '../utils/eslint-utils';
import { addOptionProperty } from '../utils/fixes';
import { findApiCalls, withNodePrefix, type ApiSpec } from '../utils/references';
import {
  parameterizeSql,
  type ParameterizedSql,
  type PlaceholderStyle,
} from '../utils/sql-parameters';
import { sqlSinkListeners, type ParamStyle, type SqlSink } from '../utils/sql-sinks';
import {
  createStringAnalyzer,
  type BuildShape,
  type StringAnalyzer,
  type UnsafeBuild,
} from '../utils/sql-strings';
import { getPropertyName, lookupProperty, skipTypeWrappers } from '../utils/values';

export type Options = [];
export type MessageIds = 'sqlInjection' | 'useParameters' | 'usePrismaTag';

type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

const SHAPES: Record<BuildShape, string> = {
  template: 'a template literal',
  concatenation: 'string concatenation',
  concat: '`concat`',
  join: '`join`',
  format: 'a `format` call',
  variable: 'a variable assembled from strings and values',
};

const REMEDIES: Record<ParamStyle, string> = {
  dollar: '`$1` placeholders with a values array',
  question: '`?` placeholders with a values array',
  replacements: '`?` placeholders with the `replacements` option',
  statement: '`?` placeholders with the values given to `run`, `get` or `all`',
  tag: 'the `sql` tagged template',
  prisma: 'the tagged template `$queryRaw`/`$executeRaw` or `Prisma.sql`',
  none: "the driver's placeholders with the values passed apart",
};

/** Text that reads as SQL, for receivers known only by their name. */
const SQL_WORDS = new RegExp(
  `\\b(?:${[
    'select', 'insert', 'update', 'delete', 'from', 'where', 'join', 'values',
    'limit', 'offset', 'having', 'returning', 'union', 'pragma', 'truncate',
    'create', 'drop', 'alter', 'into', 'order by', 'group by',
  ].join('|')})(?:\\s|\\()`,
  'iu',
);

/** Imports whose functions escape, or build strings from, their arguments. */
interface FormatInfo {
  kind: 'escape' | 'format' | 'pg-format';
}
const FORMAT_SPECS: ApiSpec<FormatInfo>[] = [
  { modules: ['pg-format'], path: [], kind: 'call', info: { kind: 'pg-format' } },
  { modules: ['pg-format'], path: ['withArray'], kind: 'call', info: { kind: 'pg-format' } },
  ...['mysql', 'mysql2', 'sqlstring'].map(
    (module): ApiSpec<FormatInfo> => ({
      modules: [module],
      path: ['format'],
      kind: 'call',
      info: { kind: 'escape' },
    }),
  ),
  { modules: withNodePrefix('util'), path: ['format'], kind: 'call', info: { kind: 'format' } },
];

/** The placeholders each style's suggestion writes. */
const PLACEHOLDERS: Partial<Record<ParamStyle, PlaceholderStyle>> = {
  dollar: 'dollar',
  question: 'question',
  replacements: 'question',
  statement: 'question',
  tag: 'tag',
  prisma: 'tag',
};

/** better-sqlite3 statement methods that take the values. */
const STATEMENT_METHODS = new Set(['run', 'get', 'all', 'iterate']);

/** pg-format's `%s` inserts text as it is; `%I` and `%L` escape it. */
const PG_FORMAT_RAW = /%(?:\d+\$)?s/u;

export default createRule<Options, MessageIds>({
  name: 'no-sql-injection',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow SQL built from strings and values instead of parameters',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      sqlInjection:
        'SQL built from {{shape}} reaches {{api}}, so a crafted value can rewrite the query. Pass values as parameters ({{remedy}}), and take names such as columns or sort orders from a fixed list.',
      useParameters: 'Send the values as parameters: {{remedy}}.',
      usePrismaTag:
        'Send the values as parameters with the tagged template `{{tag}}`; the values become typed parameters, so add `::uuid`-style casts where columns are not text.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    let analyzer: StringAnalyzer | undefined;

    function check(sink: SqlSink): void {
      if (!analyzer) return;

      const build = analyzer.getUnsafeBuild(sink.sql);
      if (!build) return;
      if (sink.byName && !SQL_WORDS.test(build.text)) return;

      context.report({
        node: build.node,
        messageId: 'sqlInjection',
        data: { shape: SHAPES[build.shape], api: sink.api, remedy: REMEDIES[sink.style] },
        suggest: getSuggestions(sink, build),
      });
    }

    function getSuggestions(
      sink: SqlSink,
      build: UnsafeBuild,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      if (sink.hasValues || build.node !== skipTypeWrappers(sink.sql)) return [];
      if (build.shape !== 'template' && build.shape !== 'concatenation') return [];
      // The rewrite would drop them.
      if (sourceCode.getCommentsInside(build.node).length > 0) return [];

      const fromTemplate = build.shape === 'template';
      const placeholders = PLACEHOLDERS[sink.style];
      if (!placeholders) return [];
      const rewrite = parameterizeSql(build.parts, fromTemplate, placeholders, sourceCode);
      if (!rewrite) return [];

      const fix = getFix(sink, rewrite);
      if (!fix) return [];
      if (sink.style === 'prisma') {
        const callee = sink.call.callee;
        const method = (callee.type === 'MemberExpression' && getPropertyName(callee)) || '';
        const tag = method.startsWith('$') ? method.replace(/Unsafe$/u, '') : 'Prisma.sql';
        return [{ messageId: 'usePrismaTag', data: { tag }, fix }];
      }
      return [{ messageId: 'useParameters', data: { remedy: REMEDIES[sink.style] }, fix }];
    }

    function getFix(
      sink: SqlSink,
      rewrite: ParameterizedSql,
    ): ((fixer: Fixer) => Fix | Fix[] | null) | undefined {
      const { call, sql } = sink;
      const values = `[${rewrite.values.join(', ')}]`;

      switch (sink.style) {
        case 'dollar':
        case 'question':
          return (fixer) => [
            fixer.replaceText(skipTypeWrappers(sql), rewrite.text),
            fixer.insertTextAfter(getArgumentEnd(sink), `, ${values}`),
          ];
        case 'replacements':
          return getReplacementsFix(sink, rewrite, values);
        case 'statement':
          return getStatementFix(sink, rewrite);
        case 'tag':
        case 'prisma':
          return getTagFix(call, rewrite);
        default:
          return undefined;
      }
    }

    function getReplacementsFix(
      sink: SqlSink,
      rewrite: ParameterizedSql,
      values: string,
    ): ((fixer: Fixer) => Fix | Fix[] | null) | undefined {
      const options = sink.call.arguments[1];
      if (options?.type === 'SpreadElement') return undefined;
      if (options) {
        const scope = sourceCode.getScope(sink.call);
        for (const name of ['replacements', 'bind']) {
          if (lookupProperty(options, name, scope).kind !== 'absent') return undefined;
        }
      }

      if (!options) {
        return (fixer) => [
          fixer.replaceText(skipTypeWrappers(sink.sql), rewrite.text),
          fixer.insertTextAfter(getArgumentEnd(sink), `, { replacements: ${values} }`),
        ];
      }
      const site = { node: sink.call, options, optionsIndex: 1, prefix: [] };
      return (fixer) => {
        const added = addOptionProperty(fixer, sourceCode, site, `replacements: ${values}`);
        return added && [fixer.replaceText(skipTypeWrappers(sink.sql), rewrite.text), added];
      };
    }

    /** better-sqlite3: `db.prepare(sql).get()` takes the values in `get`. */
    function getStatementFix(
      sink: SqlSink,
      rewrite: ParameterizedSql,
    ): ((fixer: Fixer) => Fix | Fix[] | null) | undefined {
      const member = sink.call.parent;
      if (member?.type !== 'MemberExpression' || member.object !== sink.call) return undefined;
      const run = member.parent;
      if (run?.type !== 'CallExpression' || run.callee !== member || run.arguments.length > 0) {
        return undefined;
      }
      if (!STATEMENT_METHODS.has(getPropertyName(member) ?? '')) return undefined;

      const closing = sourceCode.getLastToken(run);
      if (closing?.value !== ')') return undefined;
      return (fixer) => [
        fixer.replaceText(skipTypeWrappers(sink.sql), rewrite.text),
        fixer.insertTextBefore(closing, rewrite.values.join(', ')),
      ];
    }

    /** `sql.raw(x)` → `sql\`...\``; `$queryRawUnsafe(x)` → `$queryRaw\`...\``. */
    function getTagFix(
      call: TSESTree.CallExpression,
      rewrite: ParameterizedSql,
    ): ((fixer: Fixer) => Fix) | undefined {
      const callee = call.callee;
      if (callee.type !== 'MemberExpression' || callee.computed) return undefined;
      if (call.arguments.length !== 1 || isInOptionalChain(call)) return undefined;

      const typeArguments = call.typeArguments ? sourceCode.getText(call.typeArguments) : '';
      const method = getPropertyName(callee) ?? '';
      if (method.startsWith('$')) {
        const tagged = method.replace(/Unsafe$/u, '');
        return (fixer) =>
          fixer.replaceTextRange(
            [callee.property.range[0], call.range[1]],
            `${tagged}${typeArguments}${rewrite.text}`,
          );
      }
      const tag = sourceCode.getText(callee.object);
      return (fixer) => fixer.replaceText(call, `${tag}${typeArguments}${rewrite.text}`);
    }

    /** The SQL argument with the parentheses around it: `((sql))`. */
    function getArgumentEnd(sink: SqlSink): TSESTree.Node | TSESTree.Token {
      const closing = sourceCode.getLastToken(sink.call);
      let end: TSESTree.Node | TSESTree.Token = sink.sql;
      for (;;) {
        const next: TSESTree.Token | null = sourceCode.getTokenAfter(end);
        if (next?.value !== ')' || next === closing || next.range[1] > sink.call.range[1]) break;
        end = next;
      }
      return end;
    }

    const sinks = sqlSinkListeners(context, check);
    return {
      Program(program) {
        const globalScope = sourceCode.scopeManager?.globalScope;
        if (!globalScope) return;

        const escapes = new Set<TSESTree.Node>();
        const formats = new Set<TSESTree.Node>();
        for (const { node, info } of findApiCalls(sourceCode, FORMAT_SPECS)) {
          const escaping =
            info.kind === 'escape' ||
            (info.kind === 'pg-format' && isEscapingFormat(node, globalScope));
          if (escaping) {
            escapes.add(node);
          } else {
            formats.add(node);
          }
        }
        analyzer = createStringAnalyzer(globalScope, { escapes, formats });
        sinks.Program(program);
      },
      CallExpression: sinks.CallExpression,
    };
  },
});

function isEscapingFormat(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  scope: TSESLint.Scope.Scope,
): boolean {
  const format = node.arguments[0];
  if (!format || format.type === 'SpreadElement') return false;
  const value = getStaticValue(format, scope)?.value;
  return typeof value === 'string' && !PG_FORMAT_RAW.test(value);
}

function isInOptionalChain(node: TSESTree.Node): boolean {
  let current: TSESTree.Node | undefined = node;
  while (current?.type === 'CallExpression' || current?.type === 'MemberExpression') {
    if (current.optional) return true;
    current = current.type === 'CallExpression' ? current.callee : current.object;
  }
  return false;
}
