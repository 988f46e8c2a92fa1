import type { EntityManager } from 'typeorm';

export interface BulkColumn<Row> {
  name: string;
  /** PostgreSQL type of the column, used to cast the array parameter: text, int, date, numeric, uuid, boolean… */
  type: string;
  value: (row: Row) => unknown;
}

// One statement carries this many rows: large enough to be set-based, small enough to keep parameters moderate.
const CHUNK = 20000;

/**
 * Set-based insert: one `INSERT … SELECT FROM unnest($1::type[], …)` per chunk, so seeding a million rows takes
 * seconds rather than the minutes that row-by-row ORM saves take.
 */
export async function bulkInsert<Row>(
  manager: EntityManager,
  table: string,
  columns: BulkColumn<Row>[],
  rows: readonly Row[],
): Promise<void> {
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  const arrays = columns.map((column, i) => `$${i + 1}::${column.type}[]`).join(', ');
  const sql = `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await manager.query(
      sql,
      columns.map((column) => chunk.map(column.value)),
    );
  }
}
