import { INDICATORS } from '@lagesbild/reference-data';
import type { FigureArea } from '@lagesbild/subgraph-kit';
import { rollupTestAreas, testDatabaseUrl, useTestPlatform } from '@lagesbild/test-utils';
import { Client } from 'pg';
import { OutcomeGroup } from '../entities/outcomeEnums';
import { trendParameters, TREND_SQL, type EquityTrendRequest } from '../services/equityTrend.service';
import { TREND_ROLLUP_SQL, trendRollupCovers } from '../services/equityTrendRollup';

// Issue #13: no figure may differ between the rollups and the live statement. On the demo data, the equity trend of
// every indicator and pupil group is computed both ways, over all years and over a range, for the nation, every
// county and office and a sample of municipalities, and the cells compared to the last digit; then again inside a
// transaction that changed values and moved a school unit, before it commits, to show that the rollups are
// refreshed in the writer's own transaction.

const platform = useTestPlatform();

// The live statement over every area and shape takes a while on a busy machine; this is a limit, not a measure.
jest.setTimeout(240_000);

let client: Client;
beforeAll(async () => {
  await platform().replicasCaughtUp();
  // As the tables' owner, who sees every row: row-level security is the policy suite's concern, not this one's.
  client = new Client({ connectionString: testDatabaseUrl('outcomes') });
  await client.connect();
});
afterAll(() => client.end());

const areas = (): Promise<FigureArea[]> => rollupTestAreas(client);

/** Every indicator and group over `area`, over all years; the first indicator also over a range of years. */
function shapes(area: FigureArea): EquityTrendRequest[] {
  const requests = INDICATORS.flatMap((indicator) =>
    Object.values(OutcomeGroup).map((group): EquityTrendRequest => ({
      area,
      indicatorCode: indicator.code,
      group,
      fromYear: null,
      toYear: null,
    })),
  );
  requests.push({ ...requests[0], fromYear: 2019, toYear: 2022 }, { ...requests[0], fromYear: 2023, toYear: null });
  return requests;
}

type Cell = Record<string, unknown>;

/** The cells in one order: the live statement leaves the whole area's row and the unbanded units' row unordered. */
const ordered = (rows: Cell[]) =>
  [...rows].sort(
    (a, b) =>
      Number(a.area) - Number(b.area) ||
      Number(a.year) - Number(b.year) ||
      Number(a.whole_area) - Number(b.whole_area) ||
      Number(a.band ?? 0) - Number(b.band ?? 0),
  );

async function bothWays(requests: EquityTrendRequest[]) {
  const run = async (sql: string) => ordered((await client.query<Cell>(sql, trendParameters(requests))).rows);
  return { fromRollups: await run(TREND_ROLLUP_SQL), live: await run(TREND_SQL) };
}

test('every indicator, group and area gives the same equity trend from the rollups as live', async () => {
  const requests = (await areas()).flatMap(shapes);
  expect(requests.every((request) => trendRollupCovers(request.area))).toBe(true);
  const { fromRollups, live } = await bothWays(requests);
  expect(fromRollups).toEqual(live);
  // Not an empty comparison: spreads, gaps and counts of withheld values are there to compare.
  expect(live.filter((row) => row.whole_area && row.gap !== null).length).toBeGreaterThan(500);
  expect(live.filter((row) => Number(row.spread) > 0).length).toBeGreaterThan(500);
  expect(live.filter((row) => Number(row.suppressed) > 0).length).toBeGreaterThan(100);
  expect(live.filter((row) => Number(row.missing) > 0).length).toBeGreaterThan(10);
});

test('writes and replicated moves are in the rollups within their own transaction, before it commits', async () => {
  const requests = (await areas()).slice(0, 30).flatMap((area) =>
    INDICATORS.slice(0, 2).map((indicator): EquityTrendRequest => ({
      area,
      indicatorCode: indicator.code,
      group: OutcomeGroup.ALL,
      fromYear: null,
      toYear: null,
    })),
  );
  const before = await bothWays(requests);
  await client.query('BEGIN');
  try {
    // A reported value is withheld.
    const { rowCount: suppressed } = await client.query(
      `UPDATE outcome_value SET status = 'SUPPRESSED', value = NULL WHERE (school_id, indicator_code, year, "group") =
       (SELECT school_id, indicator_code, year, "group" FROM outcome_value
        WHERE status = 'REPORTED' AND indicator_code = $1 AND "group" = 'ALL' ORDER BY school_id, year LIMIT 1)`,
      [INDICATORS[0].code],
    );
    expect(suppressed).toBe(1);
    // A unit gets a value for a year it had none, far from the others.
    const { rowCount: added } = await client.query(
      `INSERT INTO outcome_value (school_id, indicator_code, year, "group", pupil_count, source_status, source_value,
         status, value)
       SELECT u.id, $1, 2000, 'ALL', 40, 'REPORTED', 99.5, 'REPORTED', 99.5
       FROM schools.school_unit u JOIN indicator i ON i.code = $1 AND i.school_form = u.school_form
       ORDER BY u.id LIMIT 1`,
      [INDICATORS[0].code],
    );
    expect(added).toBe(1);
    // Deferred triggers run at commit; this runs them now, inside the transaction.
    await client.query('SET CONSTRAINTS ALL IMMEDIATE');
    await client.query('SET CONSTRAINTS ALL DEFERRED');
    // And a unit with values moves to a municipality of another county, as a replicated change of the register
    // would move it, and changes band.
    const { rowCount: moved } = await client.query(
      `UPDATE schools.school_unit SET municipality_code = '0180', socio_economic_band = 4
       WHERE id = (SELECT u.id FROM schools.school_unit u JOIN outcome_value v ON v.school_id = u.id
                   WHERE v.indicator_code = $1 AND v.status = 'REPORTED' AND left(u.municipality_code, 2) <> '01'
                     AND u.socio_economic_band = 1
                   ORDER BY u.id LIMIT 1)`,
      [INDICATORS[1].code],
    );
    expect(moved).toBe(1);
    await client.query('SET CONSTRAINTS ALL IMMEDIATE');
    const after = await bothWays(requests);
    expect(after.fromRollups).toEqual(after.live);
    expect(after.live).not.toEqual(before.live);
  } finally {
    await client.query('ROLLBACK');
  }
  const restored = await bothWays(requests);
  expect(restored.fromRollups).toEqual(before.live);
});

test('rebuilding the rollups from scratch leaves every row as the incremental refreshes left it', async () => {
  const rows = async () =>
    (await client.query('SELECT * FROM outcome_rollup ORDER BY indicator_code, "group", municipality_code, year, band'))
      .rows;
  const kept = await rows();
  await client.query('BEGIN');
  try {
    await client.query('SELECT rebuild_rollups()');
    expect(await rows()).toEqual(kept);
  } finally {
    await client.query('ROLLBACK');
  }
  expect(kept.length).toBeGreaterThan(1000);
});

test("an organiser's area is left to the live statement", () => {
  expect(trendRollupCovers({ kind: 'organiser', code: 'x' })).toBe(false);
  for (const kind of ['nation', 'county', 'office', 'municipality'] as const) {
    expect(trendRollupCovers({ kind, code: 'x' })).toBe(true);
  }
});
