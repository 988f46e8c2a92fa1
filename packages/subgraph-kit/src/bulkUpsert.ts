import type { EntityManager } from 'typeorm';
import type { BulkColumn } from './bulkInsert';

export interface BulkUpsertOptions<Row> {
  /**
   * Columns that follow from the others: written with the row when it is new or changed, but not compared, so a
   * row whose own columns are unchanged stays unchanged. A table whose CHECKs tie derived columns to the imported
   * ones needs them set in the same statement, since PostgreSQL checks every row as the statement writes it.
   */
  derived?: BulkColumn<Row>[];
}

const CHUNK = 10000;

/**
 * Inserts rows, or updates the stored row with the same natural key, in set-based statements. A row identical to
 * the stored one is left alone (IS DISTINCT FROM), which makes a re-import a no-op that reports itself as
 * unchanged. `xmax = 0` tells a fresh insert from an update.
 */
export async function bulkUpsert<Row>(
  manager: EntityManager,
  table: string,
  columns: BulkColumn<Row>[],
  keyColumns: string[],
  rows: readonly Row[],
  options: BulkUpsertOptions<Row> = {},
): Promise<{ inserted: number; updated: number; unchanged: number }> {
  const quoted = (name: string) => `"${name}"`;
  const derived = options.derived ?? [];
  const written = [...columns, ...derived];
  const names = written.map((column) => quoted(column.name));
  // The id is derived from the natural key, so it never changes on update.
  const updatable = columns.filter((column) => !keyColumns.includes(column.name) && column.name !== 'id');
  const arrays = written.map((column, i) => `$${i + 1}::${column.type}[]`).join(', ');
  const set = [...updatable, ...derived]
    .map((column) => `${quoted(column.name)} = EXCLUDED.${quoted(column.name)}`)
    .join(', ');
  const changed = `(${updatable.map((c) => `${table}.${quoted(c.name)}`).join(', ')}) IS DISTINCT FROM (${updatable
    .map((c) => `EXCLUDED.${quoted(c.name)}`)
    .join(', ')})`;
  const sql = `
    WITH written AS (
      INSERT INTO ${table} (${names.join(', ')})
      SELECT * FROM unnest(${arrays})
      ON CONFLICT (${keyColumns.map(quoted).join(', ')}) DO UPDATE SET ${set} WHERE ${changed}
      RETURNING (xmax = 0) AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
    FROM written`;
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const [result] = await manager.query(
      sql,
      written.map((column) => chunk.map(column.value)),
    );
    counts.inserted += result.inserted;
    counts.updated += result.updated;
    counts.unchanged += chunk.length - result.inserted - result.updated;
  }
  return counts;
}
