import { Type } from '@sinclair/typebox';
import type { SqlExecutor } from './sql-database';

/** Tables whose records carry a code number. */
export type NumberedTable = 'machines' | 'chips' | 'workers' | 'permits' | 'sites';

/** The `codeNo` member of numbered records. */
export const CodeNumber = Type.Integer({
  minimum: 65536,
  maximum: 4294967295,
  description:
    'the number signed codes (plates, credentials, permits) and revocation lists use for this record',
});

/**
 * Allocates the next code number of `table` inside the caller's transaction. The counter row is
 * locked until the transaction ends, so concurrent creators never get the same number, and a
 * rolled-back creation gives its number back.
 */
export async function nextCodeNumber(tx: SqlExecutor, table: NumberedTable): Promise<number> {
  const rows = await tx.query<{ value: number }>(
    'UPDATE counters SET value = value + 1 WHERE name = ? RETURNING value',
    [table],
  );
  return Number(rows[0]?.value);
}
