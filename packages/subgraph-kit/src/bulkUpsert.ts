import type { EntityManager } from 'typeorm';
import type { BulkColumn } from './bulkInsert';

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
): Promise<{ inserted: number; updated: number; unchanged: number }> {
  const quoted = (name: string) => `"${name}"`;
  const names = columns.map((column) => quoted(column.name));
  // The id is derived from the natural key, so it never changes on update.
  const updatable = columns.filter((column) => !keyColumns.includes(column.name) && column.name !== 'id');
  const arrays = columns.map((column, i) => `$${i + 1}::${column.type}[]`).join(', ');
  const set = updatable.map((column) => `${quoted(column.name)} = EXCLUDED.${quoted(column.name)}`).join(', ');
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
      columns.map((column) => chunk.map(column.value)),
    );
    counts.inserted += result.inserted;
    counts.updated += result.updated;
    counts.unchanged += chunk.length - result.inserted - result.updated;
  }
  return counts;
}
