import { Client } from 'pg';

/**
 * How many rows each subgraph's tables hold, so that the report shows what scale N really loaded. Exact counts,
 * taken once per scale.
 */
export async function countDataRows(
  subgraphs: { name: string; databaseUrl: string }[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const subgraph of subgraphs) {
    const client = new Client({ connectionString: subgraph.databaseUrl });
    await client.connect();
    try {
      const { rows: tables } = await client.query<{ name: string }>(
        `SELECT quote_ident(table_name) AS name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '%migrations%'
         ORDER BY table_name`,
      );
      for (const table of tables) {
        const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table.name}`);
        counts[`${subgraph.name}.${table.name}`] = rows[0].count;
      }
    } finally {
      await client.end();
    }
  }
  return counts;
}
