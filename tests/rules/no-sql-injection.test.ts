import * as tsParser from '@typescript-eslint/parser';
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-sql-injection';
import { jsRuleTester, ruleTester } from '../rule-tester';

type Invalid = InvalidTestCase<'sqlInjection' | 'useParameters' | 'usePrismaTag', []>;

const tsInvalid: Invalid[] = [
  // pg, named import, template with a value.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`SELECT * FROM users WHERE id = \${id}\`);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 4,
        column: 12,
        endLine: 4,
        endColumn: 50,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`SELECT * FROM users WHERE id = $1\`, [id]);
`,
          },
        ],
      },
    ],
  },
  // pg, default import; the quotes around the value go with it.
  {
    code: `
import pg from 'pg';
const pool = new pg.Pool();
export const find = (name: string) =>
  pool.query("SELECT * FROM users WHERE name = '" + name + "' AND active");
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 5,
        column: 14,
        endColumn: 74,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import pg from 'pg';
const pool = new pg.Pool();
export const find = (name: string) =>
  pool.query('SELECT * FROM users WHERE name = $1 AND active', [name]);
`,
          },
        ],
      },
    ],
  },
  // pg, aliased import; a client from `pool.connect()`; two values.
  {
    code: `
import { Pool as PgPool } from 'pg';
const pool = new PgPool();
const client = await pool.connect();
await client.query(\`UPDATE users SET name = '\${name}' WHERE id = \${id}\`);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 5,
        column: 20,
        endColumn: 72,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { Pool as PgPool } from 'pg';
const pool = new PgPool();
const client = await pool.connect();
await client.query(\`UPDATE users SET name = $1 WHERE id = $2\`, [name, id]);
`,
          },
        ],
      },
    ],
  },
  // pg, namespace import; a constant table stays, the value becomes $1.
  {
    code: `
import * as pg from 'pg';
const TABLE = 'users';
const db = new pg.Client();
db.query(\`DELETE FROM \${TABLE} WHERE id = \${req.params.id}\`);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 5,
        column: 10,
        endColumn: 60,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import * as pg from 'pg';
const TABLE = 'users';
const db = new pg.Client();
db.query(\`DELETE FROM \${TABLE} WHERE id = $1\`, [req.params.id]);
`,
          },
        ],
      },
    ],
  },
  // Built in a variable first: reported where it reaches the sink.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
export function byEmail(email: string) {
  const sql = \`SELECT * FROM users WHERE email = '\${email}'\`;
  return pool.query(sql);
}
`,
    errors: [
      { messageId: 'sqlInjection', line: 6, column: 21, endColumn: 24, suggestions: null },
    ],
  },
  // Extended with += on one path.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
export function search(filters: { name?: string }) {
  let sql = 'SELECT * FROM users WHERE 1 = 1';
  if (filters.name) sql += \` AND name = '\${filters.name}'\`;
  return pool.query(sql);
}
`,
    errors: [{ messageId: 'sqlInjection', line: 7, column: 21, suggestions: null }],
  },
  // A list joined into the text is not one value: no suggestion.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`SELECT * FROM users WHERE id IN (\${ids.join(',')})\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: null }],
  },
  // A column in ORDER BY cannot be a parameter: no suggestion.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`SELECT * FROM users ORDER BY \${req.query.sort}\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: null }],
  },
  // Part of a quoted string (LIKE pattern): no suggestion.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`SELECT * FROM users WHERE name LIKE '%\${q}%'\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: null }],
  },
  // LIMIT takes no suggestion either.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query('SELECT * FROM users LIMIT ' + req.query.limit);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, endColumn: 58, suggestions: null }],
  },
  // The config form: the SQL is the \`text\` property.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query({ text: \`SELECT * FROM users WHERE id = \${id}\`, rowMode: 'array' });
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 20, suggestions: null }],
  },
  // Optional call and a type assertion.
  {
    code: `
import { Pool } from 'pg';
const pool: Pool | undefined = new Pool();
pool?.query(\`SELECT * FROM users WHERE id = \${id}\` as string);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 4,
        column: 13,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { Pool } from 'pg';
const pool: Pool | undefined = new Pool();
pool?.query(\`SELECT * FROM users WHERE id = $1\` as string, [id]);
`,
          },
        ],
      },
    ],
  },
  // pg-promise: a JavaScript template is not pg-promise's \${name} syntax.
  {
    code: `
import pgPromise from 'pg-promise';
const pgp = pgPromise();
const db = pgp(process.env.DATABASE_URL ?? '');
db.one(\`SELECT * FROM listings WHERE id = \${listingId}\`);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 5,
        column: 8,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import pgPromise from 'pg-promise';
const pgp = pgPromise();
const db = pgp(process.env.DATABASE_URL ?? '');
db.one(\`SELECT * FROM listings WHERE id = $1\`, [listingId]);
`,
          },
        ],
      },
    ],
  },
  // mysql2/promise pool: IN list of values.
  {
    code: `
import mysql from 'mysql2/promise';
const pool = mysql.createPool({ uri: process.env.DB });
await pool.execute(\`SELECT * FROM orders WHERE user_id = \${userId} AND status IN (\${a}, \${b})\`);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 4,
        column: 20,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import mysql from 'mysql2/promise';
const pool = mysql.createPool({ uri: process.env.DB });
await pool.execute(\`SELECT * FROM orders WHERE user_id = ? AND status IN (?, ?)\`, [userId, a, b]);
`,
          },
        ],
      },
    ],
  },
  // mysql2 promise wrapper from a callback pool; connection from the pool.
  {
    code: `
import { createPool } from 'mysql2';
const pool = createPool({});
const conn = await pool.promise().getConnection();
await conn.query('SELECT * FROM users WHERE email = "' + email + '"');
`,
    errors: [{ messageId: 'sqlInjection', line: 5, column: 18, suggestions: null }],
  },
  // util.format fills %s with the raw value.
  {
    code: `
import util from 'node:util';
import mysql from 'mysql';
const connection = mysql.createConnection({});
connection.query(util.format('SELECT * FROM users WHERE id = %s', id));
`,
    errors: [{ messageId: 'sqlInjection', line: 5, column: 18, endColumn: 70, suggestions: null }],
  },
  // Sequelize: the option object gets replacements.
  {
    code: `
import { QueryTypes, Sequelize } from 'sequelize';
const sequelize = new Sequelize(process.env.DB_URL ?? '');
await sequelize.query(\`SELECT * FROM users WHERE id = \${id}\`, { type: QueryTypes.SELECT });
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 4,
        column: 23,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { QueryTypes, Sequelize } from 'sequelize';
const sequelize = new Sequelize(process.env.DB_URL ?? '');
await sequelize.query(\`SELECT * FROM users WHERE id = ?\`, { type: QueryTypes.SELECT, replacements: [id] });
`,
          },
        ],
      },
    ],
  },
  // Sequelize without options.
  {
    code: `
import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
await sequelize.query("DELETE FROM sessions WHERE token = '" + token + "'");
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 4,
        column: 23,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
await sequelize.query('DELETE FROM sessions WHERE token = ?', { replacements: [token] });
`,
          },
        ],
      },
    ],
  },
  // Sequelize with replacements already: the concatenated part is still unsafe.
  {
    code: `
import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
await sequelize.query(\`SELECT * FROM users WHERE id = ? AND role = '\${role}'\`, { replacements: [id] });
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 23, suggestions: null }],
  },
  // Sequelize injected from elsewhere, known by its name, which is the driver's.
  {
    code: `
export class UserRepository {
  constructor(private readonly sequelize: Sequelize) {}
  find(id: string) {
    return this.sequelize.query(\`SELECT * FROM users WHERE id = \${id}\`);
  }
}
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 5,
        column: 33,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
export class UserRepository {
  constructor(private readonly sequelize: Sequelize) {}
  find(id: string) {
    return this.sequelize.query(\`SELECT * FROM users WHERE id = ?\`, { replacements: [id] });
  }
}
`,
          },
        ],
      },
    ],
  },
  // knex instance raw.
  {
    code: `
import knex from 'knex';
const db = knex({ client: 'pg' });
await db.raw(\`SELECT * FROM users WHERE id = \${id}\`);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 4,
        column: 14,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import knex from 'knex';
const db = knex({ client: 'pg' });
await db.raw(\`SELECT * FROM users WHERE id = ?\`, [id]);
`,
          },
        ],
      },
    ],
  },
  // knex builder whereRaw; orderByRaw with a column gets no suggestion.
  {
    code: `
import { knex } from 'knex';
const db = knex({ client: 'mysql2' });
db('users').whereRaw(\`id = \${id}\`).orderByRaw(\`\${column} desc\`);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 4,
        column: 22,
        endColumn: 34,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { knex } from 'knex';
const db = knex({ client: 'mysql2' });
db('users').whereRaw(\`id = ?\`, [id]).orderByRaw(\`\${column} desc\`);
`,
          },
        ],
      },
      { messageId: 'sqlInjection', line: 4, column: 47, endColumn: 63, suggestions: null },
    ],
  },
  // knex passed in from another file, known by its name.
  {
    code: `
export function count(knex: Knex, table: string) {
  return knex.raw('SELECT count(*) FROM ' + table);
}
`,
    errors: [{ messageId: 'sqlInjection', line: 3, column: 19, suggestions: null }],
  },
  // Prisma: $queryRawUnsafe with a template becomes the tagged $queryRaw.
  {
    code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
await prisma.$queryRawUnsafe(\`SELECT * FROM "User" WHERE email = \${email}\`);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 4,
        column: 30,
        suggestions: [
          {
            messageId: 'usePrismaTag',
            output: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
await prisma.$queryRaw\`SELECT * FROM "User" WHERE email = \${email}\`;
`,
          },
        ],
      },
    ],
  },
  // $executeRawUnsafe with a concatenation and quotes; on an injected client.
  {
    code: `
export async function rename(prisma: PrismaService, id: number, name: string) {
  await prisma.$executeRawUnsafe("UPDATE \\"User\\" SET name = '" + name + "' WHERE id = " + id);
}
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 3,
        column: 34,
        suggestions: [
          {
            messageId: 'usePrismaTag',
            output: `
export async function rename(prisma: PrismaService, id: number, name: string) {
  await prisma.$executeRaw\`UPDATE "User" SET name = \${name} WHERE id = \${id}\`;
}
`,
          },
        ],
      },
    ],
  },
  // Type arguments are kept.
  {
    code: `
declare const prisma: PrismaClient;
const rows = await prisma.$queryRawUnsafe<User[]>(\`SELECT * FROM "User" WHERE id = \${id}\`);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 3,
        column: 51,
        suggestions: [
          {
            messageId: 'usePrismaTag',
            output: `
declare const prisma: PrismaClient;
const rows = await prisma.$queryRaw<User[]>\`SELECT * FROM "User" WHERE id = \${id}\`;
`,
          },
        ],
      },
    ],
  },
  // $queryRaw called as a function with a plain template.
  {
    code: `
declare const prisma: PrismaClient;
await prisma.$queryRaw(\`SELECT * FROM "User" WHERE id = \${id}\`);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 3,
        column: 24,
        suggestions: [
          {
            messageId: 'usePrismaTag',
            output: `
declare const prisma: PrismaClient;
await prisma.$queryRaw\`SELECT * FROM "User" WHERE id = \${id}\`;
`,
          },
        ],
      },
    ],
  },
  // A constant table would become a parameter of the tagged form: no suggestion.
  {
    code: `
declare const prisma: PrismaClient;
const TABLE = '"User"';
await prisma.$queryRawUnsafe(\`SELECT * FROM \${TABLE} WHERE id = \${id}\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 30, suggestions: null }],
  },
  // Prisma.raw keeps its text as it is.
  {
    code: `
import { Prisma } from '@prisma/client';
const order = Prisma.raw(\`ORDER BY \${sort}\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 3, column: 26, suggestions: null }],
  },
  // TypeORM DataSource and its manager; no suggestion, since the placeholder
  // depends on the database (see Known Limitations).
  {
    code: `
import { DataSource } from 'typeorm';
export const AppDataSource = new DataSource({ type: 'postgres' });
await AppDataSource.query(\`SELECT * FROM users WHERE id = \${id}\`);
await AppDataSource.manager.query('DELETE FROM users WHERE id = ' + id);
`,
    errors: [
      { messageId: 'sqlInjection', line: 4, column: 27, suggestions: null },
      { messageId: 'sqlInjection', line: 5, column: 35, suggestions: null },
    ],
  },
  // TypeORM query builder where and orderBy strings.
  {
    code: `
export class UsersService {
  constructor(private readonly users: Repository<User>) {}
  find(name: string, sort: string) {
    return this.users
      .createQueryBuilder('u')
      .where(\`u.name = '\${name}'\`)
      .orderBy(\`u.\${sort}\`)
      .getMany();
  }
}
`,
    errors: [
      { messageId: 'sqlInjection', line: 7, column: 14, suggestions: null },
      { messageId: 'sqlInjection', line: 8, column: 16, suggestions: null },
    ],
  },
  // TypeORM query runner, known by its name.
  {
    code: `
export async function up(queryRunner: QueryRunner, schema: string) {
  await queryRunner.query(\`CREATE SCHEMA IF NOT EXISTS \${schema}\`);
}
`,
    errors: [{ messageId: 'sqlInjection', line: 3, column: 27, suggestions: null }],
  },
  // better-sqlite3: the values go to the statement's get().
  {
    code: `
import Database from 'better-sqlite3';
const db = new Database('app.db');
const row = db.prepare(\`SELECT * FROM users WHERE id = \${id}\`).get();
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 4,
        column: 24,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import Database from 'better-sqlite3';
const db = new Database('app.db');
const row = db.prepare(\`SELECT * FROM users WHERE id = ?\`).get(id);
`,
          },
        ],
      },
    ],
  },
  // better-sqlite3 exec takes no values.
  {
    code: `
import Database from 'better-sqlite3';
const db = new Database(':memory:');
db.exec(\`DELETE FROM users WHERE id = \${id}\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 9, suggestions: null }],
  },
  // sqlite (promise wrapper) from open().
  {
    code: `
import { open } from 'sqlite';
const db = await open({ filename: 'app.db' });
await db.get(\`SELECT * FROM users WHERE name = '\${name}'\`);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 4,
        column: 14,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { open } from 'sqlite';
const db = await open({ filename: 'app.db' });
await db.get(\`SELECT * FROM users WHERE name = ?\`, [name]);
`,
          },
        ],
      },
    ],
  },
  // Field case C13: Drizzle sql.raw with a template, ORDER BY a parameter.
  {
    code: `// expect: sql-string@10
import { sql } from 'drizzle-orm';
import { db } from './db';

export async function endpointsFor(workspaceId: string, orderBy: string) {
  const rows = await db.execute(
    sql\`SELECT id, target_url FROM webhook_endpoints WHERE workspace_id = \${workspaceId}\`,
  );
  const sorted = await db.execute(
    sql.raw(\`SELECT id FROM webhook_endpoints ORDER BY \${orderBy}\`),
  );
  return { rows, sorted };
}
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 10,
        column: 13,
        endLine: 10,
        endColumn: 67,
        suggestions: null,
      },
    ],
  },
  // Drizzle sql.raw with a value: the sql tag takes it as a parameter.
  {
    code: `
import { sql as drizzleSql } from 'drizzle-orm';
const filter = drizzleSql.raw(\`owner_id = \${ownerId}\`);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 3,
        column: 31,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { sql as drizzleSql } from 'drizzle-orm';
const filter = drizzleSql\`owner_id = \${ownerId}\`;
`,
          },
        ],
      },
    ],
  },
  // Kysely sql.raw.
  {
    code: `
import { sql } from 'kysely';
const expr = sql.raw('name = ' + name);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { sql } from 'kysely';
const expr = sql\`name = \${name}\`;
`,
          },
        ],
      },
    ],
  },
  // postgres.js unsafe.
  {
    code: `
import postgres from 'postgres';
const sql = postgres(process.env.DATABASE_URL ?? '');
await sql.unsafe(\`SELECT * FROM users WHERE id = \${id}\`);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 4,
        column: 18,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import postgres from 'postgres';
const sql = postgres(process.env.DATABASE_URL ?? '');
await sql\`SELECT * FROM users WHERE id = \${id}\`;
`,
          },
        ],
      },
    ],
  },
  // mssql: a request from a connected pool, and a new Request.
  {
    code: `
import mssql from 'mssql';
const pool = await mssql.connect(config);
await pool.request().query(\`SELECT * FROM users WHERE id = \${id}\`);
await new mssql.Request().query('SELECT * FROM users WHERE name = ' + name);
`,
    errors: [
      { messageId: 'sqlInjection', line: 4, column: 28, suggestions: null },
      { messageId: 'sqlInjection', line: 5, column: 33, suggestions: null },
    ],
  },
  // String#concat, and an array joined into SQL.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query('SELECT * FROM users WHERE id = '.concat(id));
pool.query(['SELECT * FROM users', \`WHERE id = \${id}\`].join(' '));
`,
    errors: [
      { messageId: 'sqlInjection', line: 4, column: 12, endColumn: 56, suggestions: null },
      { messageId: 'sqlInjection', line: 5, column: 12, endColumn: 65, suggestions: null },
    ],
  },
  // Either branch of a conditional.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(all ? 'SELECT * FROM users' : \`SELECT * FROM users WHERE id = \${id}\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 42, suggestions: null }],
  },
  // pg-format's %s is not escaped.
  {
    code: `
import format from 'pg-format';
import { Pool } from 'pg';
const pool = new Pool();
pool.query(format('SELECT * FROM users ORDER BY %s', sort));
`,
    errors: [{ messageId: 'sqlInjection', line: 5, column: 12, suggestions: null }],
  },
  // Clauses pushed into an array with values in them.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
const where: string[] = [];
if (name) where.push(\`name = '\${name}'\`);
pool.query('SELECT * FROM users WHERE ' + where.join(' AND '));
`,
    errors: [{ messageId: 'sqlInjection', line: 6, column: 12, suggestions: null }],
  },
  // String.raw does not escape anything.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(String.raw\`SELECT * FROM users WHERE id = \${id}\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 22, suggestions: null }],
  },
  // A loop over request keys builds column names.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
export function update(body: Record<string, string>) {
  const sets = Object.keys(body).map((key) => \`\${key} = '\${body[key]}'\`);
  return pool.query(\`UPDATE users SET \${sets.join(', ')}\`);
}
`,
    errors: [{ messageId: 'sqlInjection', line: 6, column: 21, suggestions: null }],
  },
  // A constant prefix in a variable, then a value.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
const BY_ID = 'SELECT * FROM users WHERE id = ';
pool.query(BY_ID + id);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 5,
        column: 12,
        endColumn: 22,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { Pool } from 'pg';
const pool = new Pool();
const BY_ID = 'SELECT * FROM users WHERE id = ';
pool.query(\`\${BY_ID}$1\`, [id]);
`,
          },
        ],
      },
    ],
  },
  // A local alias of a handle.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
const run = pool;
run.query(\`SELECT * FROM users WHERE id = \${id}\`);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 5,
        column: 11,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { Pool } from 'pg';
const pool = new Pool();
const run = pool;
run.query(\`SELECT * FROM users WHERE id = $1\`, [id]);
`,
          },
        ],
      },
    ],
  },
  // A handle used without a variable, and a computed method name.
  {
    code: `
import { Pool } from 'pg';
new Pool().query(\`SELECT * FROM users WHERE id = \${id}\`);
const pool = new Pool();
pool['query'](\`SELECT * FROM users WHERE name = \${name}\`);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 3,
        column: 18,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { Pool } from 'pg';
new Pool().query(\`SELECT * FROM users WHERE id = $1\`, [id]);
const pool = new Pool();
pool['query'](\`SELECT * FROM users WHERE name = \${name}\`);
`,
          },
        ],
      },
      {
        messageId: 'sqlInjection',
        line: 5,
        column: 15,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { Pool } from 'pg';
new Pool().query(\`SELECT * FROM users WHERE id = \${id}\`);
const pool = new Pool();
pool['query'](\`SELECT * FROM users WHERE name = $1\`, [name]);
`,
          },
        ],
      },
    ],
  },
  // Known Limitations: object properties such as \`this.tableName\` are not
  // constants; a helper given request data is judged by that data.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
export class Repo {
  constructor(private readonly tableName: string) {}
  all(req: { query: { column: string } }) {
    pool.query(\`SELECT * FROM \${this.tableName}\`);
    pool.query(\`SELECT \${sanitizeColumn(req.query.column)} FROM users\`);
  }
}
`,
    errors: [
      { messageId: 'sqlInjection', line: 7, column: 16, suggestions: null },
      { messageId: 'sqlInjection', line: 8, column: 16, suggestions: null },
    ],
  },
];

const jsInvalid: Invalid[] = [
  // require, destructured; JavaScript.
  {
    code: `
const { Client } = require('pg');
const client = new Client();
async function revoke(token) {
  await client.query("DELETE FROM sessions WHERE token = '" + token + "'");
}
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 5,
        column: 22,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
const { Client } = require('pg');
const client = new Client();
async function revoke(token) {
  await client.query('DELETE FROM sessions WHERE token = $1', [token]);
}
`,
          },
        ],
      },
    ],
  },
  // mysql with a callback: the values go before it.
  {
    code: `
const mysql = require('mysql');
const connection = mysql.createConnection({});
connection.query('SELECT * FROM users WHERE id = ' + id, (error, rows) => done(rows));
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 4,
        column: 18,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
const mysql = require('mysql');
const connection = mysql.createConnection({});
connection.query('SELECT * FROM users WHERE id = ?', [id], (error, rows) => done(rows));
`,
          },
        ],
      },
    ],
  },
  // sqlite3 with a callback.
  {
    code: `
const sqlite3 = require('sqlite3');
const db = new sqlite3.Database(':memory:');
db.all(\`SELECT * FROM users WHERE name = '\${name}'\`, (err, rows) => {});
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 4,
        column: 8,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
const sqlite3 = require('sqlite3');
const db = new sqlite3.Database(':memory:');
db.all(\`SELECT * FROM users WHERE name = ?\`, [name], (err, rows) => {});
`,
          },
        ],
      },
    ],
  },
  // A handle passed in from another module, known by name: no suggestion
  // since the driver is not known.
  {
    code: `
module.exports = async function findUser(db, id) {
  return db.query(\`SELECT * FROM users WHERE id = \${id}\`);
};
`,
    errors: [{ messageId: 'sqlInjection', line: 3, column: 19, suggestions: null }],
  },
  {
    code: `
app.get('/users', async (req, res) => {
  const rows = await req.app.locals.pool.query('SELECT * FROM users WHERE name = ' + req.query.name);
  res.json(rows);
});
`,
    errors: [{ messageId: 'sqlInjection', line: 3, column: 48, suggestions: null }],
  },
  // knex by require, builder through a variable.
  {
    code: `
const knex = require('knex')({ client: 'pg' });
const query = knex('users');
query.havingRaw('count(*) > ' + min);
`,
    errors: [
      {
        messageId: 'sqlInjection',
        line: 4,
        column: 17,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
const knex = require('knex')({ client: 'pg' });
const query = knex('users');
query.havingRaw('count(*) > ?', [min]);
`,
          },
        ],
      },
    ],
  },
  // Sequelize through require of the module itself; a handle on \`this\`.
  {
    code: `
const Sequelize = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
class Users {
  constructor(db) { this.db = db; }
  find(id) { return this.db.query('SELECT * FROM users WHERE id = ' + id); }
}
sequelize.query(\`SELECT * FROM users WHERE name = '\${name}'\`, { type: 'SELECT' });
`,
    errors: [
      { messageId: 'sqlInjection', line: 6, column: 35, suggestions: null },
      {
        messageId: 'sqlInjection',
        line: 8,
        column: 17,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
const Sequelize = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
class Users {
  constructor(db) { this.db = db; }
  find(id) { return this.db.query('SELECT * FROM users WHERE id = ' + id); }
}
sequelize.query(\`SELECT * FROM users WHERE name = ?\`, { type: 'SELECT', replacements: [name] });
`,
          },
        ],
      },
    ],
  },
];

const tsValid = [
  // Field case C11: pg-promise named parameters in a plain string.
  `// expect: none
import pgPromise from 'pg-promise';

const pgp = pgPromise();
const db = pgp(process.env.DATABASE_URL ?? '');

export function skillsForListing(listingId: number, limit: number) {
  return db.any(
    'SELECT s.name FROM listing_skills ls JOIN skills s ON s.id = ls.skill_id WHERE ls.listing_id = \${listingId} LIMIT \${limit}',
    { listingId, limit },
  );
}
`,
  // Field case C30: half-written code in an editor.
  `// expect: none
import jwt from 'jsonwebtoken';
import type { Sequelize } from 'sequelize';
import { timingSafeEqual } from 'node:crypto';

declare const sequelize: Sequelize;
declare const pending: Parameters<typeof jwt.sign>;

export async function halfWritten() {
  // @ts-expect-error arguments not typed yet (editor state)
  await sequelize.query();
  // @ts-expect-error arguments not typed yet (editor state)
  timingSafeEqual();
  return jwt.sign(...pending);
}
`,
  `
import { Pool } from 'pg';
const pool = new Pool();
pool.query('SELECT * FROM users WHERE id = $1', [id]);
pool.query({ text: 'SELECT * FROM users WHERE id = $1', values: [id] });
pool.query('SELECT * ' + 'FROM users');
pool.query(\`SELECT * FROM users\`);
`,
  // Constants, enums and constant lookups in the text.
  `
import { Pool } from 'pg';
const pool = new Pool();
const TABLE = 'users';
enum Column { Name = 'name', Email = 'email' }
pool.query(\`SELECT \${Column.Email} FROM \${TABLE} WHERE id = $1\`, [id]);
`,
  `
import { Pool } from 'pg';
const pool = new Pool();
const SORT_COLUMNS = { name: 'name', created: 'created_at' } as const;
export function list(sort: keyof typeof SORT_COLUMNS, desc: boolean) {
  const direction = desc ? 'DESC' : 'ASC';
  return pool.query(\`SELECT * FROM users ORDER BY \${SORT_COLUMNS[sort] ?? 'id'} \${direction}\`);
}
`,
  // Numbers: coercions, arithmetic, lengths.
  `
import { Pool } from 'pg';
const pool = new Pool();
export function page(query: { limit?: string; page?: string }) {
  const limit = Math.min(Number(query.limit) || 20, 100);
  const offset = (parseInt(query.page ?? '1', 10) - 1) * limit;
  return pool.query(\`SELECT * FROM users LIMIT \${limit} OFFSET \${offset + 0} -- \${+query.page!}\`);
}
`,
  // Placeholders generated for an IN list.
  `
import { Pool } from 'pg';
const pool = new Pool();
export function byIds(ids: string[]) {
  const placeholders = ids.map((_, i) => \`$\${i + 1}\`).join(', ');
  return pool.query(\`SELECT * FROM users WHERE id IN (\${placeholders})\`, ids);
}
`,
  `
import mysql from 'mysql2/promise';
const pool = mysql.createPool({});
export function byIds(ids: number[]) {
  return pool.query(\`SELECT * FROM users WHERE id IN (\${ids.map(() => '?').join(',')})\`, ids);
}
export function byIds2(ids: number[]) {
  const marks = Array.from({ length: ids.length }, () => '?').join(', ');
  const more = new Array(ids.length).fill('?').join(', ');
  return pool.query(\`SELECT * FROM users WHERE id IN (\${marks}) OR id IN (\${more})\`, [...ids, ...ids]);
}
`,
  // Filters: constant clauses, values collected apart.
  `
import { Pool } from 'pg';
const pool = new Pool();
export function search(filters: { name?: string; email?: string }) {
  const where: string[] = [];
  const values: unknown[] = [];
  if (filters.name) {
    values.push(filters.name);
    where.push(\`name = $\${values.length}\`);
  }
  if (filters.email) {
    values.push(filters.email);
    where.push('email = $' + values.length);
  }
  let sql = 'SELECT * FROM users';
  if (where.length > 0) sql += \` WHERE \${where.join(' AND ')}\`;
  sql += ' ORDER BY id';
  return pool.query(sql, values);
}
`,
  // Escaped values and identifiers.
  `
import mysql from 'mysql';
const connection = mysql.createConnection({});
connection.query(\`SELECT * FROM \${mysql.escapeId(table)} WHERE name = \${connection.escape(name)}\`);
connection.query('SELECT * FROM ?? WHERE id = ?', [table, id]);
connection.query(mysql.format('SELECT * FROM users WHERE id = ?', [id]));
`,
  `
import format from 'pg-format';
import { Pool } from 'pg';
const pool = new Pool();
pool.query(format('SELECT * FROM %I WHERE name = %L', table, name));
pool.query(\`SELECT * FROM \${format.ident(table)} WHERE id = \${format.literal(id)}\`);
`,
  `
import { Sequelize, QueryTypes } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
await sequelize.query('SELECT * FROM users WHERE id = ?', { replacements: [id], type: QueryTypes.SELECT });
await sequelize.query('SELECT * FROM users WHERE id = $id', { bind: { id } });
await sequelize.query(\`SELECT * FROM users WHERE name = \${sequelize.escape(name)}\`);
`,
  `
import knex from 'knex';
const db = knex({ client: 'pg' });
await db('users').where('id', id).whereRaw('lower(name) = ?', [name]).orderBy(sort, 'desc');
await db.raw('SELECT * FROM ?? WHERE id = ?', [table, id]);
await db('users').where(db.raw('age > ?', [age]));
`,
  // Prisma's safe forms.
  `
import { Prisma, PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
await prisma.$queryRaw\`SELECT * FROM "User" WHERE email = \${email}\`;
await prisma.$executeRaw\`UPDATE "User" SET name = \${name} WHERE id = \${id}\`;
await prisma.$queryRaw(Prisma.sql\`SELECT * FROM "User" WHERE id = \${id}\`);
await prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE id = $1', id);
const where = Prisma.sql\`WHERE id = \${id}\`;
await prisma.$queryRaw\`SELECT * FROM "User" \${where}\`;
`,
  // Drizzle, Kysely and postgres.js tagged templates; raw with constants.
  `
import { sql } from 'drizzle-orm';
import { db } from './db';
const DIRECTION = 'DESC';
await db.execute(sql\`SELECT * FROM users WHERE id = \${id}\`);
await db.execute(sql\`SELECT * FROM users ORDER BY created_at \${sql.raw(DIRECTION)}\`);
await db.execute(sql.raw('SELECT 1'));
`,
  `
import { sql } from 'kysely';
const expr = sql\`name = \${name}\`;
const ordered = sql.raw(\`created_at \${desc ? 'desc' : 'asc'}\`);
`,
  `
import postgres from 'postgres';
const sql = postgres();
await sql\`SELECT * FROM users WHERE id = \${id}\`;
await sql.unsafe('SELECT * FROM users WHERE id = $1', [id]);
`,
  `
import mssql from 'mssql';
const pool = await mssql.connect(config);
await mssql.query\`SELECT * FROM users WHERE id = \${id}\`;
await pool.request().input('id', mssql.Int, id).query('SELECT * FROM users WHERE id = @id');
`,
  `
import Database from 'better-sqlite3';
const db = new Database('app.db');
db.prepare('SELECT * FROM users WHERE id = ?').get(id);
db.prepare('INSERT INTO users (name) VALUES (@name)').run({ name });
`,
  `
import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
await dataSource
  .getRepository(User)
  .createQueryBuilder('u')
  .where('u.name = :name', { name })
  .andWhere(new Brackets((qb) => qb.where('u.active')))
  .orderBy('u.createdAt', direction)
  .getMany();
await dataSource.query('SELECT * FROM users WHERE id = $1', [id]);
`,
  // Values from configuration and imported constants (see Known Limitations).
  `
import { Pool } from 'pg';
import { USERS_TABLE } from './tables';
const pool = new Pool();
pool.query(\`SELECT * FROM \${process.env.DB_SCHEMA}.\${USERS_TABLE} WHERE id = $1\`, [id]);
`,
  // Constant columns joined and looped over.
  `
import { Pool } from 'pg';
const pool = new Pool();
const COLUMNS = ['id', 'name', 'email'];
const FIELDS = { id: 'integer', name: 'text' };
pool.query(\`SELECT \${COLUMNS.join(', ')} FROM users\`);
pool.query(\`SELECT \${Object.keys(FIELDS).join(', ')} FROM users\`);
const parts: string[] = [];
for (const column of COLUMNS) parts.push(\`"\${column}"\`);
pool.query(\`SELECT \${parts.join(', ')} FROM users\`);
`,
  // Names that are not SQL handles, or text that is not SQL.
  `
import express from 'express';
import { exec } from 'node:child_process';
const router = express.Router();
router.get(\`/users/\${id}\`, handler);
const cache = new Map<string, string>();
cache.get(\`user:\${id}\`);
/select (\\w+)/.exec(\`select \${input}\`);
exec(\`ls \${dir}\`);
$('#list').where(\`a = \${b}\`);
redisClient.get(\`session:\${sid}\`);
httpClient.query(\`SELECT \${x}\`);
client.get(\`/api/users/\${id}\`);
db.get(\`users/\${id}\`);
`,
  // SQL we cannot see being built is not judged here.
  `
import { Pool } from 'pg';
const pool = new Pool();
export function run(sql: string, values: unknown[]) {
  return pool.query(sql, values);
}
export function run2(build: () => string) {
  return pool.query(build());
}
`,
  // A local class named like a driver's is not the driver.
  `
class Pool { query(text: string) { return text; } }
const registry = new Pool();
registry.query(\`SELECT * FROM users WHERE id = \${id}\`);
`,
  // A \`sql\` that is not Drizzle's, Kysely's or postgres.js's.
  `
import { sql } from './query-helpers';
sql.raw(\`SELECT * FROM users WHERE id = \${id}\`);
`,
  // Spread and missing arguments.
  `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(...args);
pool.query();
prisma.$queryRawUnsafe();
new Pool;
`,
  // Self-referencing appends do not loop.
  `
import { Pool } from 'pg';
const pool = new Pool();
let sql = 'SELECT 1';
for (const _ of [1, 2]) {
  sql += sql;
  sql = sql + ' UNION ' + sql;
}
pool.query(sql);
`,
  // Dates and helpers given only constants.
  `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`SELECT * FROM events WHERE at > '\${new Date().toISOString()}' AND kind = \${kindCode('login')}\`);
`,
  // TypeScript wrappers around constants.
  `
import { Pool } from 'pg';
const pool = new Pool();
const STATUS = 'active' as const;
const LIMIT = 50 satisfies number;
pool.query(\`SELECT * FROM users WHERE status = '\${STATUS!}' LIMIT \${LIMIT as number}\`);
`,
  // ORM query methods are not SQL text.
  `
export class UsersService {
  constructor(private readonly users: Repository<User>, private readonly dataSource: DataSource) {}
  find(id: string) {
    return this.users.find({ where: { id } });
  }
  count(status: string) {
    return this.dataSource.query('SELECT count(*) FROM users WHERE status = $1', [status]);
  }
}
`,
  // Migrations: fixed DDL, also with a constant table name.
  `
const TABLE = 'user_profiles';
export class AddAge1700000000000 {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`ALTER TABLE "user" ADD "age" integer\`);
    await queryRunner.query(\`CREATE INDEX "idx_age" ON "\${TABLE}" ("age")\`);
  }
}
`,
  `
export async function up(knex: Knex) {
  await knex.schema.raw('CREATE EXTENSION IF NOT EXISTS "uuid-ossp"');
  await knex.raw('ALTER TABLE users ADD COLUMN age integer');
}
`,
  // pg-promise formatting filters and helpers.
  `
import pgPromise from 'pg-promise';
const pgp = pgPromise();
const db = pgp('postgres://localhost/app');
await db.any('SELECT * FROM users WHERE id IN ($1:csv)', [ids]);
await db.none('INSERT INTO users(\${this:name}) VALUES(\${this:csv})', user);
await db.none(pgp.helpers.insert(rows, columns));
await db.tx(async (t) => t.none('UPDATE users SET seen = now() WHERE id = $1', [id]));
await db.one(pgp.as.format('SELECT * FROM users WHERE id = $1', [id]));
`,
  // mysql object form and SET ?.
  `
import mysql from 'mysql2/promise';
const conn = await mysql.createConnection({});
await conn.query({ sql: 'SELECT * FROM users WHERE id = ?', values: [id] });
await conn.query('UPDATE users SET ? WHERE id = ?', [changes, id]);
await conn.execute(\`SELECT * FROM users WHERE id = ?\`, [id]);
`,
  // Sequelize models and a query string from elsewhere.
  `
import { Sequelize } from 'sequelize';
import { User } from './models';
const sequelize = new Sequelize('sqlite::memory:');
await User.findAll({ where: { email } });
export const run = (sql: string, replacements: unknown[]) => sequelize.query(sql, { replacements });
await sequelize.query(\`SELECT count(*) FROM \${User.getTableName()}\`);
await sequelize.query(\`TRUNCATE \${User.tableName}\`);
`,
  // Prisma helpers inside the tagged form.
  `
import { Prisma, PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const ORDER = 'created_at';
await prisma.user.findMany({ where: { email } });
await prisma.$queryRaw\`SELECT * FROM "User" WHERE id IN (\${Prisma.join(ids)})\`;
await prisma.$queryRaw\`SELECT * FROM "User" ORDER BY \${Prisma.raw(ORDER)}\`;
`,
  // Drizzle and Kysely builders.
  `
import { sql, eq } from 'drizzle-orm';
import { db, users } from './db';
await db.select().from(users).where(eq(users.id, id));
await db.execute(sql\`SELECT * FROM \${sql.identifier(table)} WHERE id = \${id}\`);
await kysely.selectFrom('users').where('id', '=', id).selectAll().execute();
`,
  // better-sqlite3 odds and ends.
  `
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
const db = new Database('app.db');
const SCHEMA = readFileSync('schema.sql', 'utf8');
db.exec(SCHEMA);
db.pragma('journal_mode = WAL');
const insert = db.prepare('INSERT INTO users (name, email) VALUES (?, ?)');
insert.run(name, email);
`,
  `
import sql from 'mssql';
const pool = await sql.connect(config);
await pool.request().query('SELECT TOP 10 * FROM users');
await pool.request().input('name', sql.NVarChar, name).query\`SELECT * FROM users WHERE name = \${name}\`;
`,
  // Logging and building SQL text is not running it.
  `
import { Pool } from 'pg';
const pool = new Pool();
console.log(\`SELECT * FROM users WHERE id = \${id}\`);
logger.debug('query: ' + sql);
throw new Error(\`Query failed: SELECT * FROM users WHERE id = \${id}\`);
`,
  // Other kinds of clients.
  `
import { gql } from '@apollo/client';
await apolloClient.query({ query: gql\`query { user(id: \${id}) { name } }\` });
await client.query({ query: USER_QUERY, variables: { id } });
await supabase.from('users').select(\`id, \${columns}\`).eq('id', id);
await db.collection('users').find({ name }).toArray();
await fetch(\`\${API}/users?select=\${fields}\`);
await mongoConnection.query(\`select \${x} from y\`);
`,
  // Tagged templates of other SQL libraries.
  `
import SQL from 'sql-template-strings';
import { sql } from 'slonik';
import { Pool } from 'pg';
const pool = new Pool();
await pool.query(SQL\`SELECT * FROM users WHERE id = \${id}\`);
await slonikPool.query(sql.typeAlias('user')\`SELECT * FROM users WHERE id = \${id}\`);
`,
  // Counters and constants in intervals.
  `
import { Pool } from 'pg';
const pool = new Pool();
const DAYS = 30;
pool.query(\`DELETE FROM sessions WHERE created_at < now() - interval '\${DAYS} days'\`);
for (let i = 0; i < 3; i++) {
  pool.query(\`SELECT * FROM shard_\${i} WHERE id = $1\`, [id]);
}
pool.query(\`SELECT * FROM users WHERE admin = \${isAdmin ? 'TRUE' : 'FALSE'}\`);
`,
  // A name known from a file elsewhere, with placeholders.
  `
export async function findUser(db: Db, id: string) {
  return db.query(\`SELECT * FROM users WHERE id = $1\`, [id]);
}
export async function findAll(db: Db) {
  return db.get('SELECT * FROM users WHERE id = ?', id);
}
`,
  // Computed member with a static name.
  `
import { Pool } from 'pg';
const pool = new Pool();
pool['query']('SELECT * FROM users WHERE id = $1', [id]);
new Pool().query('SELECT 1');
`,
  // Known Limitations: SQL built in another function or kept in an object
  // is not followed.
  `
import { Pool } from 'pg';
const pool = new Pool();
function buildQuery(filters: Record<string, string>) {
  return \`SELECT * FROM users WHERE name = '\${filters.name}'\`;
}
pool.query(buildQuery(filters));
const query = { text: \`SELECT * FROM users WHERE id = \${id}\` };
pool.query(query);
`,
];

const jsValid = [
  `
const { Pool } = require('pg');
const pool = new Pool();
module.exports.find = (id) => pool.query('SELECT * FROM users WHERE id = $1', [id]);
`,
  `
const mysql = require('mysql2');
const connection = mysql.createConnection({});
connection.query('SELECT * FROM users WHERE id = ?', [id], (error, rows) => done(rows));
connection.execute('SELECT * FROM users WHERE email = ?', [email]);
`,
  `
const sqlite3 = require('sqlite3');
const db = new sqlite3.Database(':memory:');
db.run('INSERT INTO users (name) VALUES (?)', [name]);
db.all('SELECT * FROM users', (err, rows) => {});
`,
  `
const express = require('express');
const app = express();
app.get(\`/api/\${version}/users\`, (req, res) => res.send('ok'));
`,
  `
const express = require('express');
const router = express.Router();
router.get('/users/:id', async (req, res) => {
  const user = await knex('users').where('id', req.params.id).first();
  res.json(user);
});
`,
  `
const { Sequelize, QueryTypes } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
sequelize.query('SELECT * FROM users WHERE email = :email', {
  replacements: { email: req.body.email },
  type: QueryTypes.SELECT,
});
`,
  `
const Database = require('better-sqlite3');
const db = new Database('app.db');
const row = db.prepare('SELECT * FROM users WHERE id = ?').get(req.params.id);
db.exec(\`PRAGMA foreign_keys = ON\`);
`,
  `
const { exec } = require('child_process');
const pattern = /select (\\w+)/;
pattern.exec(\`select \${input}\`);
exec(\`git log \${branch}\`);
`,
  `
const mysql = require('mysql');
const pool = mysql.createPool({});
pool.query('SELECT * FROM users WHERE name = ' + pool.escape(name) + ' AND id = ' + mysql.escape(id));
`,
  `
const pgp = require('pg-promise')();
const db = pgp(process.env.DATABASE_URL);
db.any('SELECT * FROM users WHERE name = \${name} AND age > \${age}', { name, age });
`,
  `
const postgres = require('postgres');
const sql = postgres();
sql\`SELECT * FROM users WHERE id = \${id}\`.then(print);
`,
  // An import shadowed by a parameter is not the driver.
  `
import { Pool } from 'pg';
function withPool(Pool) {
  const registry = new Pool();
  return registry.query(\`SELECT * FROM users WHERE id = \${id}\`);
}
`,
  `
const pool = require('./pool');
pool.query('SELECT * FROM users WHERE id = $1', [id], (err, result) => done(result));
`,
  `
const sqlite3 = require('sqlite3').verbose();
const db = new sqlite3.Database(':memory:');
db.serialize(() => {
  db.run('CREATE TABLE users (id INTEGER, name TEXT)');
  db.each('SELECT * FROM users', (err, row) => print(row));
});
`,
];


const guardedValid = [
  // An allowlist check with an early exit before the query.
  `
import { Pool } from 'pg';
const pool = new Pool();
const SORTABLE = ['name', 'created_at'] as const;
export async function list(req: Request) {
  const sort = String(req.query.sort);
  if (!SORTABLE.includes(sort as never)) throw new Error('bad sort');
  return pool.query(\`SELECT * FROM users ORDER BY \${sort}\`);
}
`,
  // An inline list, a request property, and `return` as the exit.
  `
import { Pool } from 'pg';
const pool = new Pool();
export async function list(req: Request, res: Response) {
  if (!['asc', 'desc'].includes(req.query.dir)) return res.status(400).end();
  return pool.query(\`SELECT * FROM users ORDER BY name \${req.query.dir}\`);
}
`,
  // A Set and `continue` in a loop.
  `
import { Pool } from 'pg';
const pool = new Pool();
const ALLOWED = new Set(['name', 'email']);
export async function update(body: Record<string, unknown>) {
  for (const [key, value] of Object.entries(body)) {
    if (!ALLOWED.has(key)) continue;
    await pool.query(\`UPDATE users SET \${key} = $1\`, [value]);
  }
}
`,
  // Enum membership, a regex of word characters, a number check.
  `
import { Pool } from 'pg';
const pool = new Pool();
enum Sort { Name = 'name', Created = 'created_at' }
export async function list(req: Request) {
  const sort = req.query.sort as Sort;
  if (!Object.values(Sort).includes(sort)) throw new Error('bad sort');
  const schema = String(req.headers['x-tenant']);
  if (!/^[a-z_]+$/.test(schema)) throw new Error('bad tenant');
  const limit = req.query.limit;
  if (typeof limit !== 'number' || !Number.isInteger(limit)) throw new Error('bad limit');
  return pool.query(\`SELECT * FROM \${schema}.users ORDER BY \${sort} LIMIT \${limit}\`);
}
`,
  // The query inside the positive branch.
  `
import { Pool } from 'pg';
const pool = new Pool();
const COLUMNS = ['name', 'email'];
export async function list(column: string) {
  if (COLUMNS.includes(column)) {
    return pool.query(\`SELECT \${column} FROM users\`);
  }
  return [];
}
`,
  // Parameters typed as literal unions, numbers, booleans and bigints.
  `
import { Pool } from 'pg';
const pool = new Pool();
export async function list(
  column: 'email' | 'username',
  limit: number,
  active: boolean,
  after: bigint,
  order: 'ASC' | 'DESC' = 'ASC',
) {
  return pool.query(\`SELECT \${column} FROM users WHERE active = \${active} AND id > \${after} ORDER BY \${column} \${order} LIMIT \${limit}\`);
}
`,
  // TypeORM's query-builder alias.
  `
import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export function active() {
  const qb = dataSource.getRepository('User').createQueryBuilder('user');
  qb.andWhere(\`\${qb.alias}.deletedAt IS NULL\`);
  return qb;
}
`,
];

const guardedInvalid: Invalid[] = [
  // The check comes after the query: it does not protect it.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
const SORTABLE = ['name', 'created_at'];
export async function list(sort: string) {
  const rows = await pool.query(\`SELECT * FROM users ORDER BY \${sort}\`);
  if (!SORTABLE.includes(sort)) throw new Error('bad sort');
  return rows;
}
`,
    errors: [{ messageId: 'sqlInjection', line: 6, column: 33, suggestions: null }],
  },
  // A check that does not exit, a list that is not constant, a regex that lets spaces through.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function list(sort: string, allowed: string[], schema: string) {
  if (!allowed.includes(sort)) throw new Error('bad sort');
  if (!/^[a-z ]+$/.test(schema)) throw new Error('bad schema');
  if (!['asc', 'desc'].includes(sort)) console.warn('odd sort');
  return pool.query(\`SELECT * FROM \${schema}.users ORDER BY \${sort}\`);
}
`,
    errors: [{ messageId: 'sqlInjection', line: 8, column: 21, suggestions: null }],
  },
  // A parameter typed \`string\` is not narrowed.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
export const list = (column: string | 'email') => pool.query(\`SELECT \${column} FROM users\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 62, suggestions: null }],
  },
];

const builtInvalid: Invalid[] = [
  // Formatting tags build a string from their parts: no suggestion, since
  // the tag would be lost.
  {
    code: `
import { Pool } from 'pg';
import dedent from 'dedent';
import { stripIndent } from 'common-tags';
const pool = new Pool();
export async function find(id: string) {
  await pool.query(dedent\`SELECT * FROM users WHERE id = \${id}\`);
  await pool.query(stripIndent\`SELECT * FROM users WHERE id = \${id}\`);
  await pool.query(String.raw\`SELECT * FROM users WHERE id = \${id}\`);
}
`,
    errors: [
      { messageId: 'sqlInjection', line: 7, column: 26, suggestions: null },
      { messageId: 'sqlInjection', line: 8, column: 31, suggestions: null },
      { messageId: 'sqlInjection', line: 9, column: 30, suggestions: null },
    ],
  },
  // \`+ 1\` on request data glues text; it is not arithmetic.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
export const page = (req: Request) => pool.query(\`SELECT * FROM users LIMIT \${req.query.page + 1}\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 50, suggestions: null }],
  },
  // A helper given an object holding request data; JSON inside quotes.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function find(req: Request) {
  await pool.query(\`SELECT * FROM users WHERE \${buildWhere({ name: req.body.name })}\`);
  await pool.query(\`SELECT * FROM users WHERE \${buildWhere({ ...req.body })}\`);
  await pool.query(\`SELECT * FROM users WHERE data @> '\${JSON.stringify({ q: req.query.q })}'\`);
}
`,
    errors: [
      { messageId: 'sqlInjection', line: 5, column: 20, suggestions: null },
      { messageId: 'sqlInjection', line: 6, column: 20, suggestions: null },
      {
        messageId: 'sqlInjection',
        line: 7,
        column: 20,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { Pool } from 'pg';
const pool = new Pool();
export async function find(req: Request) {
  await pool.query(\`SELECT * FROM users WHERE \${buildWhere({ name: req.body.name })}\`);
  await pool.query(\`SELECT * FROM users WHERE \${buildWhere({ ...req.body })}\`);
  await pool.query(\`SELECT * FROM users WHERE data @> $1\`, [JSON.stringify({ q: req.query.q })]);
}
`,
          },
        ],
      },
    ],
  },
];


const builtValid = [
  // SQL tags keep values apart, whatever they are named.
  `
import { Pool } from 'pg';
import { sql } from 'slonik';
const pool = new Pool();
export async function find(id: string, rawSql: (s: TemplateStringsArray, ...v: unknown[]) => string) {
  await pool.query(\`SELECT * FROM users WHERE \${sql.fragment\`id = \${id}\`}\`);
  await pool.query(\`SELECT * FROM users WHERE \${rawSql\`id = \${id}\`}\`);
  await pool.query(\`SELECT * FROM users WHERE id = \${Number(id) + 1}\`);
  await pool.query(\`SELECT * FROM users WHERE \${buildWhere({ active: true })}\`);
}
`,
];

const typedHandleInvalid: Invalid[] = [
  // Handles known by their imported type, as NestJS injects them.
  {
    code: `
import { DataSource, EntityManager } from 'typeorm';
import type { Knex } from 'knex';
import type { Pool } from 'pg';
export class Users {
  constructor(private readonly ds: DataSource, private readonly em: EntityManager) {}
  async find(name: string, k: Knex.Transaction, p: Pool) {
    await this.ds.query(\`SELECT * FROM users WHERE name = '\${name}'\`);
    await this.em.query(\`SELECT * FROM users WHERE name = '\${name}'\`);
    await k.raw(\`SELECT * FROM users WHERE name = '\${name}'\`);
    await this.ds.transaction(async (tx) => tx.query(\`DELETE FROM users WHERE name = '\${name}'\`));
    return p.query(\`SELECT * FROM users WHERE name = '\${name}'\`);
  }
}
`,
    errors: [
      { messageId: 'sqlInjection', line: 8, column: 25, suggestions: null },
      { messageId: 'sqlInjection', line: 9, column: 25, suggestions: null },
      {
        messageId: 'sqlInjection',
        line: 10,
        column: 17,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { DataSource, EntityManager } from 'typeorm';
import type { Knex } from 'knex';
import type { Pool } from 'pg';
export class Users {
  constructor(private readonly ds: DataSource, private readonly em: EntityManager) {}
  async find(name: string, k: Knex.Transaction, p: Pool) {
    await this.ds.query(\`SELECT * FROM users WHERE name = '\${name}'\`);
    await this.em.query(\`SELECT * FROM users WHERE name = '\${name}'\`);
    await k.raw(\`SELECT * FROM users WHERE name = ?\`, [name]);
    await this.ds.transaction(async (tx) => tx.query(\`DELETE FROM users WHERE name = '\${name}'\`));
    return p.query(\`SELECT * FROM users WHERE name = '\${name}'\`);
  }
}
`,
          },
        ],
      },
      { messageId: 'sqlInjection', line: 11, column: 54, suggestions: null },
      {
        messageId: 'sqlInjection',
        line: 12,
        column: 20,
        suggestions: [
          {
            messageId: 'useParameters',
            output: `
import { DataSource, EntityManager } from 'typeorm';
import type { Knex } from 'knex';
import type { Pool } from 'pg';
export class Users {
  constructor(private readonly ds: DataSource, private readonly em: EntityManager) {}
  async find(name: string, k: Knex.Transaction, p: Pool) {
    await this.ds.query(\`SELECT * FROM users WHERE name = '\${name}'\`);
    await this.em.query(\`SELECT * FROM users WHERE name = '\${name}'\`);
    await k.raw(\`SELECT * FROM users WHERE name = '\${name}'\`);
    await this.ds.transaction(async (tx) => tx.query(\`DELETE FROM users WHERE name = '\${name}'\`));
    return p.query(\`SELECT * FROM users WHERE name = $1\`, [name]);
  }
}
`,
          },
        ],
      },
    ],
  },
  // Private fields, knex.schema.raw, Sequelize.literal, escapeRegExp.
  {
    code: `
import { Pool } from 'pg';
import knexLib from 'knex';
import { Sequelize } from 'sequelize';
import _ from 'lodash';
const knex = knexLib({ client: 'pg' });
export class Repo {
  #pool = new Pool();
  async find(q: string) {
    await this.#pool.query(\`SELECT * FROM users WHERE name ~* '\${_.escapeRegExp(q)}'\`);
    await knex.schema.raw(\`ALTER TABLE users ADD COLUMN \${q} text\`);
    return Sequelize.literal(\`name = '\${q}'\`);
  }
}
`,
    errors: [
      { messageId: 'sqlInjection', line: 10, column: 28, suggestions: null },
      { messageId: 'sqlInjection', line: 11, column: 27, suggestions: null },
      { messageId: 'sqlInjection', line: 12, column: 30, suggestions: null },
    ],
  },
];

const typedHandleValid = [
  // A type of the same name from another module is not a handle.
  `
import type { Pool } from './my-pool';
export const find = (name: string, p: Pool) => p.query(\`SELECT * FROM users WHERE name = '\${name}'\`);
`,
];

const schemaValid = [
  // Fields a zod schema in this file checked as enum or number.
  `
import { Pool } from 'pg';
import { z } from 'zod';
const pool = new Pool();
const Query = z.object({
  sort: z.enum(['name', 'created_at']).default('name'),
  limit: z.coerce.number().int().max(100),
});
export async function list(req: Request) {
  const q = Query.parse(req.query);
  await pool.query(\`SELECT * FROM users ORDER BY \${q.sort} LIMIT \${q.limit}\`);
  const { limit } = await Query.parseAsync(req.query);
  await pool.query(\`SELECT * FROM users LIMIT \${limit}\`);
  const r = Query.safeParse(req.query);
  if (!r.success) return [];
  return pool.query(\`SELECT * FROM users ORDER BY \${r.data.sort}\`);
}
`,
  // Elements of a constant list handed to a callback.
  `
import type { Knex } from 'knex';
const TABLES = ['users', 'posts'] as const;
export const analyze = (knex: Knex) => Promise.all(TABLES.map((t) => knex.raw(\`ANALYZE \${t}\`)));
`,
];

const schemaInvalid: Invalid[] = [
  // A string field, and a schema we cannot see (Known Limitations).
  {
    code: `
import { Pool } from 'pg';
import { z } from 'zod';
import { Imported } from './schemas';
const pool = new Pool();
const Query = z.object({ name: z.string(), sort: z.enum(['a', 'b']).transform((s) => s + req.query.x) });
export async function list(req: Request) {
  const q = Query.parse(req.query);
  const other = Imported.parse(req.query);
  return pool.query(\`SELECT * FROM users ORDER BY \${q.sort}, \${other.sort} WHERE name = \${q.name}\`);
}
`,
    errors: [{ messageId: 'sqlInjection', line: 10, column: 21, suggestions: null }],
  },
];

const suggestionSafety: Invalid[] = [
  // Postgres takes no parameters in `SET`: no suggestion.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`SET LOCAL app.tenant = '\${tenant}'\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: null }],
  },
  // Nor in DDL.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`CREATE USER bob WITH PASSWORD '\${password}'\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: null }],
  },
  // A leading comment does not hide the statement kind.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`/* tenancy */ RESET app.tenant; SET app.tenant = \${tenant}\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: null }],
  },
  // Two statements: prepared statements refuse them, so no suggestion.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`UPDATE t SET a = 1 WHERE id = \${id}; SELECT 1\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: null }],
  },
  // A value in a block comment: no suggestion.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`SELECT * FROM t /* id = \${id} */ WHERE a = 1\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: null }],
  },
  // A value in a line comment: no suggestion.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`SELECT * FROM t WHERE a = 1 -- = \${id}\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: null }],
  },
  // A value in a dollar-quoted body: no suggestion.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`SELECT * FROM t WHERE body = $b$x\${id}$b$\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: null }],
  },
  // An apostrophe in a comment does not open a quote.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`-- don't touch
SELECT * FROM users WHERE name = '\${name}'\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: [{ messageId: 'useParameters', output: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`-- don't touch
SELECT * FROM users WHERE name = $1\`, [name]);
` }] }],
  },
  // A parenthesised argument: the values go after the parentheses.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query((\`SELECT * FROM t WHERE id = \${id}\`));
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 13, suggestions: [{ messageId: 'useParameters', output: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query((\`SELECT * FROM t WHERE id = $1\`), [id]);
` }] }],
  },
  // A parenthesised assertion.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query((\`SELECT * FROM t WHERE id = \${id}\` as string));
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 13, suggestions: [{ messageId: 'useParameters', output: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query((\`SELECT * FROM t WHERE id = $1\` as string), [id]);
` }] }],
  },
  // A lone value in `IN (...)` is most often an array: no suggestion.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`SELECT * FROM t WHERE id IN (\${ids})\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: null }],
  },
  // Values listed one by one in `IN (...)` are fine.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`SELECT * FROM t WHERE id IN (\${a}, \${b})\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: [{ messageId: 'useParameters', output: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`SELECT * FROM t WHERE id IN ($1, $2)\`, [a, b]);
` }] }],
  },
  // Quotes doubled by hand would reach the parameter: no suggestion.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`SELECT * FROM t WHERE name = '\${name.replace(/'/g, "''")}'\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: null }],
  },
  // A hand-made escaping helper's result is not the value to send: no suggestion.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query(\`SELECT * FROM t WHERE name = '\${sanitizeSql(name)}'\`);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: null }],
  },
  // A comment between the pieces would be lost: no suggestion.
  {
    code: `
import { Pool } from 'pg';
const pool = new Pool();
pool.query('SELECT * FROM t ' + // every column
  'WHERE id = ' + id);
`,
    errors: [{ messageId: 'sqlInjection', line: 4, column: 12, suggestions: null }],
  },
];

// Everyday parameterised queries across the drivers: each must stay quiet.
const everydayValid: string[] = [
  `
import { Pool } from 'pg';
const accounts = new Pool();
export const byEmail = (email: string) =>
  accounts.query('SELECT id FROM accounts WHERE email = $1', [email]);
`,
  `
import mysql from 'mysql2/promise';
const conn = await mysql.createConnection(process.env.MYSQL_URL ?? '');
export const orders = (customerId: string) =>
  conn.execute('SELECT * FROM orders WHERE customer_id = ? AND status = ?', [customerId, 'open']);
`,
  `
import { Sequelize, QueryTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DB_URL ?? '');
export const invoices = (tenant: string) =>
  sequelize.query('SELECT * FROM invoices WHERE tenant = :tenant', {
    replacements: { tenant },
    type: QueryTypes.SELECT,
  });
`,
  `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export const sessionsOf = (userId: string) =>
  prisma.$queryRaw\`SELECT * FROM sessions WHERE user_id = \${userId} ORDER BY created_at DESC\`;
`,
  `
import Database from 'better-sqlite3';
const local = new Database('app.db');
export const note = (noteId: number) => local.prepare('SELECT body FROM notes WHERE id = ?').get(noteId);
`,
  `
import { sql } from 'drizzle-orm';
import { db } from './db';
export const tagged = (slug: string) => db.execute(sql\`SELECT id FROM tags WHERE slug = \${slug}\`);
`,
  `
import knex from 'knex';
const kx = knex({ client: 'pg' });
export const activeUsers = (role: string) => kx('users').where({ role, active: true }).select('id');
`,
  `
import { Pool } from 'pg';
const reports = new Pool();
const REPORT_TABLE = 'monthly_reports';
export const report = (month: string) =>
  reports.query(\`SELECT * FROM \${REPORT_TABLE} WHERE month = $1\`, [month]);
`,
  `
import { Pool } from 'pg';
const feed = new Pool();
export const page = (limit: string) => feed.query(\`SELECT * FROM posts LIMIT \${Number.parseInt(limit, 10)}\`);
`,
  `
const cache = new Map<string, string>();
export const cached = (userId: string, field: string) => cache.get(\`user:\${userId}:\${field}\`);
`,
];

ruleTester.run('no-sql-injection', rule, {
  valid: [
    ...tsValid,
    ...guardedValid,
    ...builtValid,
    ...typedHandleValid,
    ...schemaValid,
    ...everydayValid,
  ],
  invalid: [
    ...tsInvalid,
    ...suggestionSafety,
    ...guardedInvalid,
    ...builtInvalid,
    ...typedHandleInvalid,
    ...schemaInvalid,
  ],
});
jsRuleTester.run('no-sql-injection (JavaScript)', rule, { valid: jsValid, invalid: jsInvalid });

describe('no-sql-injection suggestions', () => {
  const outputs = (cases: Invalid[]): string[] => {
    const found: string[] = [];
    for (const testCase of cases) {
      for (const error of testCase.errors) {
        const suggestions = error.suggestions as readonly { output: string }[] | null | undefined;
        for (const suggestion of suggestions ?? []) found.push(suggestion.output);
      }
    }
    return found;
  };

  it.each(outputs(tsInvalid))('parses as TypeScript: %s', (output) => {
    expect(() => tsParser.parse(output, { sourceType: 'module' })).not.toThrow();
  });

  it.each(outputs(jsInvalid))('parses as JavaScript: %s', (output) => {
    expect(() => espree.parse(output, { ecmaVersion: 'latest', sourceType: 'script' })).not.toThrow();
  });
});

describe('no-sql-injection on odd input', () => {
  const linter = new Linter({ configType: 'flat' });
  const lint = (code: string) => {
    const start = performance.now();
    const messages = linter.verify(code, [
      {
        plugins: { local: { rules: { 'no-sql-injection': rule as never } } },
        rules: { 'local/no-sql-injection': 'error' },
      },
    ]);
    return { messages, ms: performance.now() - start };
  };
  const header = "import { Pool } from 'pg';\nconst pool = new Pool();\n";
  // 3,000 operands: as deep as espree parses without running out of stack.
  const chain = ["'SELECT * FROM t WHERE a = '", ...Array.from({ length: 3000 }, (_, i) => (i % 2 ? `v${i}` : "' OR a = '"))].join(' + ');

  it('walks a concatenation of thousands of operands without recursion', () => {
    const { messages, ms } = lint(`${header}pool.query(${chain});`);
    expect(messages.map((message) => [message.ruleId, message.line, message.fatal ?? false])).toEqual([
      ['local/no-sql-injection', 3, false],
    ]);
    expect(ms).toBeLessThan(5000);
  });

  it('follows a variable bound to such a concatenation', () => {
    const { messages } = lint(`${header}const big = ${chain};\npool.query(\`SELECT \${big}\`);\npool.query(big);`);
    expect(messages.map((message) => message.line)).toEqual([4, 5]);
  });

  it('offers a suggestion for a template with thousands of values in linear time', () => {
    const values = Array.from({ length: 2000 }, (_, i) => `\${v${i}}`).join(', ');
    const { messages, ms } = lint(`${header}pool.query(\`INSERT INTO t VALUES (${values})\`);`);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.suggestions).toHaveLength(1);
    expect(ms).toBeLessThan(5000);
  });

  it('stops on deep nesting and long chains of copies', () => {
    let nested = 'input';
    for (let i = 0; i < 300; i += 1) nested = `(c${i} ? ${nested} : 'a')`;
    const copies = Array.from({ length: 300 }, (_, i) => `let v${i + 1} = v${i};`).join('\n');
    const { messages, ms } = lint(
      `${header}pool.query(\`SELECT * FROM t WHERE a = \${${nested}}\`);\nlet v0 = 'SELECT ' + input;\n${copies}\npool.query(v300);`,
    );
    expect(messages.every((message) => !message.fatal)).toBe(true);
    expect(ms).toBeLessThan(5000);
  });

  it('does not loop on self-referencing appends', () => {
    const { messages, ms } = lint(
      `${header}let q = 'SELECT * FROM t WHERE a = ' + x;\nwhile (more()) { q += q; q = q + ' OR ' + q + y; }\npool.query(q);`,
    );
    expect(messages.map((message) => message.line)).toEqual([5]);
    expect(ms).toBeLessThan(5000);
  });

  it('stays quiet on calls without arguments, spreads and half-written code', () => {
    const { messages } = lint(
      `${header}pool.query();\npool.query(...parts);\npool.query(...parts, \`x \${y}\`);\nnew Pool;\ndb.query(\`\`);\nprisma.$queryRawUnsafe(...args);\npool?.query?.();\n`,
    );
    expect(messages).toEqual([]);
  });
});
