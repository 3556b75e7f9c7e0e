import { ServerError } from '../server-error';
import { storageError } from './constraint-errors';
import type { SqlExecutor, SqlRow, SqlValue } from './sql-database';

/** One page of a listing and the cursor of the next one (`null` on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A scope condition (SQL over the listed table's columns) that access enforcement attaches to a
 * listing's query, so records outside the caller's scope never leave the database.
 */
export const LIST_SCOPE: unique symbol = Symbol('weldcode.list-scope');

/** Which page to read. */
export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
  [LIST_SCOPE]?: { readonly sql: string; readonly params: readonly SqlValue[] };
}

/** Column equality filters; `undefined` values are ignored. */
export type Filters = Record<string, SqlValue | undefined>;

function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  // Keys are record ids; anything else (NUL bytes, other text) was not issued by this server.
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(key) || encodeCursor(key) !== cursor) {
    throw new ServerError('ERR_SRV_VALIDATION', 'the cursor is not one this server issued', {
      details: { cursor },
    });
  }
  return key;
}

/** Inserts one row, mapping constraint violations to {@link ServerError}s. */
export async function insertRow(
  db: SqlExecutor,
  table: string,
  row: Record<string, SqlValue>,
  what: string,
): Promise<void> {
  const columns = Object.keys(row);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  try {
    await db.execute(sql, Object.values(row));
  } catch (error) {
    throw storageError(error, what);
  }
}

/** Reads the row with primary key `id`, or `undefined`. */
export async function findRow(
  db: SqlExecutor,
  table: string,
  id: string,
  key = 'id',
): Promise<SqlRow | undefined> {
  const rows = await db.query(`SELECT * FROM ${table} WHERE ${key} = ?`, [id]);
  return rows[0];
}

/** Like {@link findRow}, but a missing row is `ERR_SRV_NOT_FOUND` (the path named a record). */
export async function getRow(db: SqlExecutor, table: string, id: string, what: string): Promise<SqlRow> {
  const row = await findRow(db, table, id);
  if (row === undefined) {
    throw new ServerError('ERR_SRV_NOT_FOUND', `${what} ${id} does not exist`, { details: { id } });
  }
  return row;
}

/**
 * Fails with `ERR_SRV_REFERENCE_NOT_FOUND` naming `field` when a body refers to a missing
 * record, so the client learns which field is wrong (a foreign-key error would not say).
 */
export async function requireReference(
  db: SqlExecutor,
  table: string,
  id: string,
  field: string,
): Promise<SqlRow> {
  const row = await findRow(db, table, id);
  if (row === undefined) {
    throw new ServerError('ERR_SRV_REFERENCE_NOT_FOUND', `${field} ${id} does not exist`, {
      details: { field, id },
    });
  }
  return row;
}

/**
 * Keyset pagination in primary-key order: stable under concurrent inserts (no skipped or repeated
 * rows, unlike OFFSET) and as fast on the last page as on the first.
 */
export async function listRows(
  db: SqlExecutor,
  table: string,
  filters: Filters,
  page: PageRequest,
  key = 'id',
): Promise<Page<SqlRow>> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  for (const [column, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    where.push(value === null ? `${column} IS NULL` : `${column} = ?`);
    if (value !== null) params.push(value);
  }
  const scope = page[LIST_SCOPE];
  if (scope !== undefined) {
    where.push(`(${scope.sql})`);
    params.push(...scope.params);
  }
  if (page.cursor !== undefined) {
    where.push(`${key} > ?`);
    params.push(decodeCursor(page.cursor));
  }
  const clause = where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '';
  params.push(page.limit + 1);
  const rows = await db.query(`SELECT * FROM ${table}${clause} ORDER BY ${key} LIMIT ?`, params);
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > page.limit && last !== undefined ? encodeCursor(String(last[key])) : null,
  };
}

/** Epoch milliseconds as stored to the ISO 8601 string the API speaks. */
export function isoInstant(value: unknown): string {
  return new Date(Number(value)).toISOString();
}

/** A nullable text column. */
export function textOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
