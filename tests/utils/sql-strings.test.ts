import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { parameterizeSql } from '../../src/utils/sql-parameters';
import { createStringAnalyzer } from '../../src/utils/sql-strings';

// `safe(x)` reports whether x is safe in SQL; `build(x)` how x was built;
// `dollar(x)`, `question(x)`, `tag(x)` the parameterised rewrite of x.
const probe: TSESLint.RuleModule<'result'> = {
  defaultOptions: [],
  meta: { type: 'problem', messages: { result: '{{text}}' }, schema: [] },
  create(context) {
    const scope = context.sourceCode.scopeManager?.globalScope;
    if (!scope) return {};
    const analyzer = createStringAnalyzer(scope, { escapes: new Set(), formats: new Set() });
    return {
      CallExpression(node) {
        const arg = node.arguments[0];
        if (node.callee.type !== 'Identifier' || !arg || arg.type === 'SpreadElement') return;
        const name = node.callee.name;
        let text: string;
        if (name === 'safe') {
          text = String(analyzer.isSafeValue(arg, 0));
        } else if (name === 'build') {
          const build = analyzer.getUnsafeBuild(arg);
          text = build ? `${build.shape} ${context.sourceCode.getText(build.node)}` : 'none';
        } else if (name === 'dollar' || name === 'question' || name === 'tag') {
          const build = analyzer.getUnsafeBuild(arg);
          const rewrite =
            build &&
            parameterizeSql(build.parts, build.shape === 'template', name, context.sourceCode);
          text = rewrite ? `${rewrite.text} [${rewrite.values.join(', ')}]` : 'none';
        } else {
          return;
        }
        context.report({ node, messageId: 'result', data: { text } });
      },
    };
  },
};

function run(code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  return linter
    .verify(code, [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { probe: { rules: { run: probe as never } } },
        rules: { 'probe/run': 'error' },
      },
    ], 'file.ts')
    .map((message) => message.message);
}

describe('isSafeValue', () => {
  it('accepts constants, enum members, constant lookups, numbers and escapes', () => {
    expect(
      run(`
import { TABLE } from './tables';
const NAME = 'users';
enum Dir { Asc = 'ASC' }
const COLUMNS = { a: 'a', b: 'b' } as const;
safe(NAME); safe(TABLE); safe(Dir.Asc); safe(COLUMNS[key]); safe(Number(x));
safe(x.length); safe(a - b); safe(Number(x) + 1); safe(escape(x)); safe(c ? 'A' : 'B');
safe(process.env.SCHEMA); safe(ids.map(() => '?').join(','));
safe(ids.map((_, i) => '$' + (i + 1)).join(','));
`),
    ).toEqual(Array(13).fill('true'));
  });

  it('takes loop variables from what is looped over', () => {
    expect(
      run(`
const COLS = ['a', 'b'];
const FIELDS = { a: 1 };
const picked: string[] = [];
picked.push(req.body.column);
for (const c of COLS) safe(c);
for (const k in FIELDS) safe(k);
for (const p of picked) safe(p);
for (const k in req.body) safe(k);
`),
    ).toEqual(['true', 'true', 'false', 'false']);
  });

  it('rejects parameters, request data and what is built from them', () => {
    expect(
      run(`
function f(p: string, req: { query: { s: string } }) {
  const built = 'a' + p;
  safe(p); safe(req.query.s); safe(built); safe(p.trim()); safe(ids.join(','));
  safe(c ? p : 'B'); safe(String(p)); safe(this.table); safe(helper(p));
  safe(req.query.s + 1); safe(helper({ name: p })); safe(JSON.stringify({ ...req.query }));
  safe(dedent\`a \${p}\`); safe(String.raw\`a \${p}\`);
}
`),
    ).toEqual(Array(14).fill('false'));
  });
});

describe('getUnsafeBuild', () => {
  it('names the shape and the node to report', () => {
    expect(
      run(`
function f(id: string) {
  let q = 'SELECT 1';
  q += ' WHERE id = ' + id;
  build(\`a \${id}\`); build('a' + id); build('a'.concat(id)); build([id].join());
  build(q); build(\`a \${1}\`); build('a' + 'b'); build(id); build(sql\`a \${id}\`);
  build(p1 + p2); build(dedent\`a \${id}\`); build(Prisma.sql\`a \${id}\`);
}
`),
    ).toEqual([
      'template `a ${id}`',
      "concatenation 'a' + id",
      "concat 'a'.concat(id)",
      'join [id].join()',
      'variable q',
      'none',
      'none',
      'none',
      'none',
      'none',
      'template `a ${id}`',
      'none',
    ]);
  });
});

describe('parameterizeSql', () => {
  it('puts values where parameters may go', () => {
    expect(
      run(`
dollar(\`SELECT * FROM t WHERE a = \${a} AND b IN (\${b}, \${c}) AND d LIKE \${d}\`);
question("UPDATE t SET a = '" + a + "' WHERE id = " + id);
tag(\`a BETWEEN \${lo} AND \${hi}\`);
dollar(\`INSERT INTO t (a, b) VALUES ('\${a}', lower(\${b}))\`);
`),
    ).toEqual([
      '`SELECT * FROM t WHERE a = $1 AND b IN ($2, $3) AND d LIKE $4` [a, b, c, d]',
      "'UPDATE t SET a = ? WHERE id = ?' [a, id]",
      '`a BETWEEN ${lo} AND ${hi}` [lo, hi]',
      "`INSERT INTO t (a, b) VALUES ($1, lower($2))` [a, b]",
    ]);
  });

  it('offers nothing where a name, a keyword or part of a string goes', () => {
    expect(
      run(`
dollar(\`SELECT * FROM \${t}\`); dollar(\`SELECT \${c}, d FROM t\`); dollar(\`ORDER BY \${c}\`);
dollar(\`LIMIT \${n}\`); dollar(\`WHERE a LIKE '%\${q}%'\`); dollar(\`WHERE t.\${c} = 1\`);
dollar(\`WHERE a = 1 AND \${cond}\`); dollar(\`WHERE a = $1 AND b = \${b}\`); dollar(\`INSERT INTO t (\${c}) VALUES (1)\`);
dollar(\`WHERE id IN (\${ids.join(',')})\`); dollar(\`WHERE a = "\${a}"\`);
`),
    ).toEqual(Array(11).fill('none'));
  });
});

describe('createStringAnalyzer on odd input', () => {
  it('does not loop on arrays and variables built from themselves', () => {
    expect(
      run(`
const parts: string[] = [];
parts.push(...parts, ...parts, ...parts);
parts.unshift(...parts);
safe(parts.join(','));
let q = 'a';
q = q + q;
q += q;
safe(q);
`),
    ).toEqual(['true', 'true']);
  });
});
