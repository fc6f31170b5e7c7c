import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { sqlSinkListeners } from '../../src/utils/sql-sinks';

// Reports every sink as "api style values? byName?" to see what the table finds.
const probe: TSESLint.RuleModule<'sink'> = {
  defaultOptions: [],
  meta: { type: 'problem', messages: { sink: '{{text}}' }, schema: [] },
  create(context) {
    return { ...sqlSinkListeners(context, (sink) => {
      context.report({
        node: sink.sql,
        messageId: 'sink',
        data: { text: `${sink.api} ${sink.style}${sink.hasValues ? ' values' : ''}${sink.byName ? ' byName' : ''}` },
      });
    }) };
  },
};

function sinks(code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  return linter
    .verify(code, [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { probe: { rules: { sinks: probe as never } } },
        rules: { 'probe/sinks': 'error' },
      },
    ], 'file.ts')
    .map((message) => message.message);
}

describe('sqlSinkListeners', () => {
  it('knows handles by where they were created', () => {
    expect(
      sinks(`
import { Pool } from 'pg';
import mysql from 'mysql2/promise';
const pool = new Pool();
const client = await pool.connect();
const my = await mysql.createPool({}).getConnection();
pool.query(a); client.query(a, [1]); my.execute(a); my.query(a, (e) => e);
`),
    ).toEqual([
      'pg `query` dollar',
      'pg `query` dollar values',
      'mysql `execute` question',
      'mysql `query` question',
    ]);
  });

  it('follows knex builders, pg-promise databases and TypeORM managers', () => {
    expect(
      sinks(`
import knex from 'knex';
import pgPromise from 'pg-promise';
import { DataSource } from 'typeorm';
const db = knex({});
db('users').where('a', 1).whereRaw(a);
const trx = await db.transaction();
trx.raw(a, [1]);
const pg = pgPromise()('url');
pg.oneOrNone(a, [1]);
const ds = new DataSource({});
ds.manager.query(a);
ds.createQueryBuilder('u').where(a).orderBy(b);
`),
    ).toEqual([
      'knex `whereRaw` question',
      'knex `raw` question values',
      'pg-promise `oneOrNone` dollar values',
      'TypeORM `query` none',
      'TypeORM `where` none',
      'TypeORM `orderBy` none',
    ]);
  });

  it('finds module functions and methods only SQL APIs have', () => {
    expect(
      sinks(`
import { sql } from 'drizzle-orm';
import { Prisma } from '@prisma/client';
sql.raw(a);
Prisma.raw(a);
anything.$queryRawUnsafe(a, 1);
other.orderByRaw(a);
`),
    ).toEqual([
      'Drizzle `sql.raw` tag',
      'Prisma `Prisma.raw` none',
      'Prisma `$queryRawUnsafe` prisma values',
      'knex `orderByRaw` question',
    ]);
  });

  it('knows handles passed in by their name, and only those', () => {
    expect(
      sinks(`
db.query(a); this.pool.execute(a); fastify.pg.query(a); queryRunner.query(a);
AppDataSource.query(a); entityManager.query(a); sql.unsafe(a);
router.get(a); map.get(a); regex.exec(a); redisClient.get(a); source.query(a);
client.get(a); cache.query(a); mongoConnection.query(a); pool.get(a);
`),
    ).toEqual([
      '`db.query` none byName',
      '`pool.execute` none byName',
      '`pg.query` none byName',
      '`queryRunner.query` none byName',
      '`AppDataSource.query` none byName',
      '`entityManager.query` none byName',
      '`sql.unsafe` none byName',
    ]);
  });

  it('skips calls without a SQL argument', () => {
    expect(sinks("import { Pool } from 'pg';\nconst p = new Pool();\np.query(); p.query(...a); p.query({ values: [] });")).toEqual([]);
  });
});
