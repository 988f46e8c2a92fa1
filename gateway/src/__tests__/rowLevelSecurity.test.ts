import { MUNICIPALITIES } from '@lagesbild/reference-data';
import { runtimeDatabaseUrlVar } from '@lagesbild/platform';
import { testDatabaseUrl, useTestPlatform, withDatabaseClient } from '@lagesbild/test-utils';

// Row-level security, the backstop of issue #5, checked in the databases themselves after the platform has run
// every migration. The whole test suite checks the other half: requests run inside a transaction with the user's
// scope set, since outside one the runtime role reads nothing and every figure test would fail.

const platform = useTestPlatform();
const SUBGRAPHS = ['offices', 'schools', 'interventions', 'outcomes'];

const runtimeUrl = (subgraph: string) => process.env[runtimeDatabaseUrlVar(subgraph)] as string;
const runtimeRole = (subgraph: string) => decodeURIComponent(new URL(runtimeUrl(subgraph)).username);

beforeAll(() => platform());

test.each(SUBGRAPHS)('every table of %s that the runtime role can reach has forced RLS and a policy', async (name) => {
  const rows = await withDatabaseClient(testDatabaseUrl(name), async (client) => {
    const { rows } = await client.query(
      `SELECT c.relname AS table, c.relkind AS kind, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
              (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
              has_table_privilege($1, c.oid, 'SELECT') OR has_table_privilege($1, c.oid, 'INSERT')
                OR has_table_privilege($1, c.oid, 'UPDATE') OR has_table_privilege($1, c.oid, 'DELETE') AS reachable
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'm')`,
      [runtimeRole(name)],
    );
    return rows as {
      table: string;
      kind: string;
      rls: boolean;
      forced: boolean;
      policies: number;
      reachable: boolean;
    }[];
  });
  expect(rows.length).toBeGreaterThan(0);
  const unguarded = rows.filter(
    (row) => row.reachable && !(row.kind !== 'm' && row.rls && row.forced && row.policies > 0),
  );
  expect(unguarded).toEqual([]);
  // The data tables themselves are among the guarded ones (the migrations table is simply out of reach).
  expect(rows.filter((row) => row.reachable).length).toBeGreaterThan(0);
});

test.each(SUBGRAPHS)('the runtime role of %s owns nothing and may not bypass RLS', async (name) => {
  const [role] = await withDatabaseClient(testDatabaseUrl(name), async (client) => {
    const { rows } = await client.query(
      `SELECT r.rolsuper AS super, r.rolbypassrls AS bypass,
              (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned
       FROM pg_roles r WHERE r.rolname = $1`,
      [runtimeRole(name)],
    );
    return rows;
  });
  expect(role).toEqual({ super: false, bypass: false, owned: 0 });
});

/** Counts rows as the runtime role, in a transaction with the given scope set as a request sets it. */
async function countAs(subgraph: string, municipalities: string[] | null, sql: string): Promise<number> {
  return withDatabaseClient(runtimeUrl(subgraph), async (client) => {
    await client.query('BEGIN');
    if (municipalities) {
      await client.query(
        `SELECT set_config('lagesbild.scope_all', 'off', true), set_config('lagesbild.municipalities', $1, true)`,
        [municipalities.join(',')],
      );
    }
    const { rows } = await client.query(sql);
    await client.query('ROLLBACK');
    return (rows[0] as { count: number }).count;
  });
}

test('a query without a WHERE sees only the scope set for the transaction, and nothing without one', async () => {
  const gotland = MUNICIPALITIES.filter((m) => m.countyCode === '09').map((m) => m.code);
  const schoolsOutside = `SELECT count(*)::int AS count FROM school WHERE municipality_code <> ALL('{${gotland.join(',')}}')`;
  expect(await countAs('schools', gotland, schoolsOutside)).toBe(0);
  expect(await countAs('schools', gotland, 'SELECT count(*)::int AS count FROM school')).toBeGreaterThan(0);
  for (const [subgraph, table] of [
    ['schools', 'school'],
    ['schools', 'organiser'],
    ['interventions', 'intervention'],
    ['interventions', 'follow_up'],
    ['outcomes', 'outcome_value'],
  ]) {
    expect({ table, rows: await countAs(subgraph, null, `SELECT count(*)::int AS count FROM ${table}`) }).toEqual({
      table,
      rows: 0,
    });
  }
  // Gotland's outcome values are those of Gotland's school units, counted by the owner without RLS's help.
  const gotlandUnits = await countAs('schools', gotland, 'SELECT count(*)::int AS count FROM school');
  const values = await countAs(
    'outcomes',
    gotland,
    'SELECT count(DISTINCT school_id)::int AS count FROM outcome_value',
  );
  expect(values).toBeGreaterThan(0);
  expect(values).toBeLessThanOrEqual(gotlandUnits);
  // The materialized views are out of the runtime role's reach; it reads them through the scoped views.
  await expect(countAs('outcomes', null, 'SELECT count(*)::int AS count FROM school_need')).rejects.toThrow(
    /permission denied/,
  );
});
