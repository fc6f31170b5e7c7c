import { QueryTypes } from 'sequelize';

import { sequelize } from './models';
import { pool } from './pool';

export interface UserRow {
  id: number;
  username: string;
  display_name: string | null;
  role: string;
}

export async function findUserById(id: number): Promise<UserRow | undefined> {
  const result = await pool.query<UserRow>(
    'SELECT id, username, display_name, role FROM users WHERE id = $1',
    [id],
  );
  return result.rows[0];
}

export async function findCredentials(username: string) {
  const result = await pool.query<{ id: number; role: string; password_hash: string }>(
    'SELECT id, role, password_hash FROM users WHERE username = $1',
    [username],
  );
  return result.rows[0];
}

export async function searchUsers(term: string): Promise<UserRow[]> {
  // Escape LIKE wildcards so a search for "a_b" matches only that name.
  const pattern = `%${term.replace(/[\\%_]/g, '\\$&')}%`;
  return sequelize.query<UserRow>(
    'SELECT id, username, display_name, role FROM users WHERE username LIKE :pattern LIMIT 20',
    { replacements: { pattern }, type: QueryTypes.SELECT },
  );
}

export async function countUsers(): Promise<number> {
  const result = await pool.query<{ count: string }>('SELECT count(*) AS count FROM users');
  return Number(result.rows[0]?.count ?? 0);
}
