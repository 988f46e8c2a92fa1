import { swedishToday, type FigureArea } from '@lagesbild/subgraph-kit';
import { rollupTestAreas, testDatabaseUrl, useTestPlatform } from '@lagesbild/test-utils';
import { Client } from 'pg';
import { InterventionKind, InterventionOrigin } from '../entities/interventionEnums';
import { coverageRollupSql, rollupCovers } from '../services/coverageRollup';
import { coverageSql } from '../services/coverage.service';
import { followUpRollupSql, followUpSql } from '../services/followUpFigures.service';
import { SqlParameters, type FigureRequest } from '../services/figureCells';
import { defaultPeriod, type Period } from '../services/reportPeriod';
import { ReportDimension } from '../types/reportDimension';

// Issue #13: no figure may differ between the rollups and the live statement. On the demo data, every shape the
// rollups cover is computed both ways, coverage and follow-up status, for the nation, every county and office and a sample of municipalities,
// and the rows compared; then again inside a transaction that deleted an intervention, before it commits, to show
// that the rollups are refreshed in the writer's own transaction.

const platform = useTestPlatform();

// The live statements over every area and shape take a while on a busy machine; this is a limit, not a measure.
jest.setTimeout(240_000);

let client: Client;
beforeAll(async () => {
  await platform().replicasCaughtUp();
  // As the tables' owner, who sees every row: row-level security is the policy suite's concern, not this one's.
  client = new Client({ connectionString: testDatabaseUrl('interventions') });
  await client.connect();
});
afterAll(() => client.end());

const today = swedishToday();
const lastYear = Number(today.slice(0, 4)) - 1;
const wholeYear = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31` });

const areas = (): Promise<FigureArea[]> => rollupTestAreas(client);

/**
 * The covered shapes over `area`: both windows and five filters, ungrouped and by kind; the nation also by every
 * dimension (grouping a smaller area by county or office repeats it).
 */
function shapes(area: FigureArea): FigureRequest[] {
  const periods = [defaultPeriod(today), wholeYear(lastYear)];
  const filters = [
    null,
    { kind: InterventionKind.ADVICE },
    { origin: InterventionOrigin.OUTREACH },
    { schoolForm: 'GRUNDSKOLA' },
    { organiserType: 'INDEPENDENT', origin: InterventionOrigin.REQUEST },
  ] as FigureRequest['filter'][];
  const { COUNTY, MUNICIPALITY, OFFICE, ORGANISER_TYPE, SCHOOL_FORM, KIND, ORIGIN, YEAR } = ReportDimension;
  const groupings: ReportDimension[][] =
    area.kind === 'nation'
      ? [
          [],
          [COUNTY],
          [MUNICIPALITY],
          [OFFICE],
          [ORGANISER_TYPE],
          [SCHOOL_FORM],
          [KIND],
          [ORIGIN],
          // Several at once (issue #16).
          [COUNTY, SCHOOL_FORM],
          [OFFICE, KIND, ORIGIN],
        ]
      : [[], [KIND], [ORGANISER_TYPE, ORIGIN]];
  const requests = periods.flatMap((period) =>
    filters.flatMap((filter) => groupings.map((dimensions) => ({ area, period, filter, dimensions }))),
  );
  // Years grouped by year over whole years, alone and with a dimension of the scope.
  for (const dimensions of [[YEAR], [COUNTY, YEAR]]) {
    requests.push({
      area,
      period: { from: `${lastYear - 3}-01-01`, to: `${lastYear}-12-31` },
      filter: null,
      dimensions,
    });
  }
  return requests;
}

type Statement = (p: SqlParameters, requests: readonly FigureRequest[]) => string;

const FIGURES: Record<string, { rollups: Statement; live: Statement }> = {
  coverage: { rollups: coverageRollupSql, live: coverageSql },
  followUpStatus: {
    rollups: (p, requests) => followUpRollupSql(p, requests, today),
    live: (p, requests) => followUpSql(p, requests, today),
  },
};

async function bothWays(requests: FigureRequest[], figure: keyof typeof FIGURES) {
  const run = async (sql: Statement) => {
    const p = new SqlParameters();
    return (await client.query<Record<string, unknown>>(sql(p, requests), p.values)).rows;
  };
  const fromRollups = await run(FIGURES[figure].rollups);
  // The live follow-up statement says covered too (always true): it is not a figure.
  const live = (await run(FIGURES[figure].live)).map(({ covered: _covered, ...row }) => row);
  return { fromRollups, live };
}

/** The rollup statement's rows as the live statement gives them: zeros where a cell has nothing to count. */
function asLive(rows: Record<string, unknown>[]) {
  return rows.map(({ covered, ...row }) => {
    expect(covered).toBe(true);
    return row;
  });
}
const zeroed = (rows: Record<string, unknown>[]) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value ?? 0])));

test('every covered shape of every area gives the same coverage from the rollups as live', async () => {
  const requests = (await areas()).flatMap(shapes);
  expect(requests.every((request) => rollupCovers(request, today))).toBe(true);
  const { fromRollups, live } = await bothWays(requests, 'coverage');
  expect(zeroed(asLive(fromRollups))).toEqual(zeroed(live));
  // Not an empty comparison: the demo data reaches schools and organisers in the default period.
  expect(live.filter((row) => Number(row.schools_reached) > 0).length).toBeGreaterThan(100);
  expect(live.filter((row) => Number(row.started) > 0).length).toBeGreaterThan(10);
});

test('every covered shape of every area gives the same follow-up status from the rollups as live', async () => {
  const { fromRollups, live } = await bothWays((await areas()).flatMap(shapes), 'followUpStatus');
  expect(zeroed(asLive(fromRollups))).toEqual(zeroed(live));
  expect(live.filter((row) => Number(row.overdue) > 0 && row.grouping === 3).length).toBeGreaterThan(50);
  expect(live.filter((row) => Number(row.days91To180) > 0).length).toBeGreaterThan(10);
});

test('writes are in the rollups within their own transaction, before it commits', async () => {
  const requests = (await areas()).slice(0, 22).flatMap((area) => [
    { area, period: defaultPeriod(today), filter: null, dimensions: [] },
    { area, period: defaultPeriod(today), filter: null, dimensions: [ReportDimension.KIND] },
  ]);
  const figures = Object.keys(FIGURES);
  const before = await Promise.all(figures.map((figure) => bothWays(requests, figure)));
  await client.query('BEGIN');
  try {
    // The organiser-wide intervention that reaches the most schools in the default period goes.
    const { rows } = await client.query<{ id: string }>(
      `SELECT i.id FROM intervention i JOIN schools.school_unit u ON u.organiser_id = i.organiser_id
       WHERE NOT EXISTS (SELECT 1 FROM intervention_school n WHERE n.intervention_id = i.id)
         AND greatest(i.identified_on, i.offered_on, i.accepted_on, i.started_on) >= $1::date
       GROUP BY i.id ORDER BY count(*) DESC, i.id LIMIT 1`,
      [defaultPeriod(today).from],
    );
    await client.query('DELETE FROM intervention WHERE id = $1', [rows[0].id]);
    // Deferred triggers run at commit; this runs them now, inside the transaction.
    await client.query('SET CONSTRAINTS ALL IMMEDIATE');
    await client.query('SET CONSTRAINTS ALL DEFERRED');
    // And a follow-up of another organiser is done today.
    await client.query(
      `UPDATE follow_up SET completed_on = $1::date WHERE id = (SELECT f.id FROM follow_up f
       JOIN intervention i ON i.id = f.intervention_id WHERE f.completed_on IS NULL AND f.due_on < $1::date
       ORDER BY f.id LIMIT 1)`,
      [today],
    );
    await client.query('SET CONSTRAINTS ALL IMMEDIATE');
    for (const [index, figure] of figures.entries()) {
      const after = await bothWays(requests, figure);
      expect(zeroed(asLive(after.fromRollups))).toEqual(zeroed(after.live));
      expect(after.live).not.toEqual(before[index].live);
    }
  } finally {
    await client.query('ROLLBACK');
  }
  for (const [index, figure] of figures.entries()) {
    const restored = await bothWays(requests, figure);
    expect(zeroed(asLive(restored.fromRollups))).toEqual(zeroed(before[index].live));
  }
});

test('shapes the rollups do not hold are left to the live statement', () => {
  const nation: FigureArea = { kind: 'nation', code: 'SE' };
  const request = (period: Period, ...dimensions: ReportDimension[]): FigureRequest => ({
    area: nation,
    period,
    filter: null,
    dimensions,
  });
  expect(rollupCovers(request(defaultPeriod(today)), today)).toBe(true);
  expect(rollupCovers(request(wholeYear(lastYear)), today)).toBe(true);
  // Part of a year; two years ungrouped (a school reached in both counts once); years grouped across part-years.
  expect(rollupCovers(request({ from: `${lastYear}-02-01`, to: `${lastYear}-12-31` }), today)).toBe(false);
  expect(rollupCovers(request({ from: `${lastYear - 1}-01-01`, to: `${lastYear}-12-31` }), today)).toBe(false);
  expect(rollupCovers(request(defaultPeriod(today), ReportDimension.YEAR), today)).toBe(false);
  expect(rollupCovers(request(defaultPeriod(today), ReportDimension.COUNTY, ReportDimension.YEAR), today)).toBe(false);
  // The rollups keep no socio-economic band.
  expect(rollupCovers(request(wholeYear(lastYear), ReportDimension.SOCIO_ECONOMIC_BAND), today)).toBe(false);
  // An organiser's area is not made of whole municipalities.
  expect(rollupCovers({ ...request(defaultPeriod(today)), area: { kind: 'organiser', code: 'x' } }, today)).toBe(false);
});
