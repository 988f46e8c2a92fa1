import { testDatabaseUrl, useTestPlatform } from '@lagesbild/test-utils';
import { Client } from 'pg';
import { rawFirstSupport } from './rawFirstSupport';

// Supported vs comparable schools (issue #4) through the gateway, computed by the outcomes subgraph from its
// replicas of the register and of first support; recomputed here from the raw rows of the interventions and
// outcomes databases by the definition in the schema.

const platform = useTestPlatform();

interface ScopeSchool {
  id: string;
  organiserId: string;
  schoolForm: string;
  socioEconomicBand: number | null;
}

interface Figure {
  value: number | null;
  status: string;
  schoolCount: number;
}

interface ComparisonYear {
  yearsFromSupport: number;
  supported: Figure;
  comparison: Figure;
  difference: Figure;
}

interface Area {
  code: string;
  scope: { schools: ScopeSchool[] };
  supportEffect: { indicatorCode: string; group: string; years: ComparisonYear[] };
}

interface RawValue {
  school_id: string;
  year: number;
  value: number;
}

const FIGURE = 'value status schoolCount';

async function reportedValues(schoolIds: string[], indicator: string): Promise<RawValue[]> {
  const client = new Client({ connectionString: testDatabaseUrl('outcomes') });
  await client.connect();
  try {
    const { rows } = await client.query<RawValue>(
      `SELECT school_id, year, value::float8 AS value FROM outcome_value
       WHERE school_id = ANY($1) AND indicator_code = $2 AND "group" = 'ALL' AND status = 'REPORTED'`,
      [schoolIds, indicator],
    );
    return rows;
  } finally {
    await client.end();
  }
}

function figure(value: number | null, ...schoolCounts: number[]): Figure {
  const schoolCount = schoolCounts.reduce((sum, count) => sum + count, 0);
  if (value === null || schoolCounts.includes(0)) return { value: null, status: 'MISSING', schoolCount };
  if (schoolCounts.some((count) => count < 3)) return { value: null, status: 'SUPPRESSED', schoolCount };
  return { value, status: 'REPORTED', schoolCount };
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null);

/** SUPPORT_COMPARISON_DEFINITION, from the raw rows: pairs of a supported unit's value and its cell's mean. */
function expectedComparison(
  firstSupport: Map<string, string>,
  schools: ScopeSchool[],
  rows: RawValue[],
): ComparisonYear[] {
  const supportYear = new Map([...firstSupport].map(([id, day]) => [id, Number(day.slice(0, 4))]));
  const unit = new Map(schools.filter((s) => s.socioEconomicBand !== null).map((s) => [s.id, s]));
  const cellOf = (id: string, year: number) => `${unit.get(id)!.schoolForm}|${unit.get(id)!.socioEconomicBand}|${year}`;
  const cells = new Map<string, RawValue[]>();
  for (const row of rows.filter((r) => unit.has(r.school_id) && !supportYear.has(r.school_id))) {
    const key = cellOf(row.school_id, row.year);
    cells.set(key, [...(cells.get(key) ?? []), row]);
  }
  return [-3, -2, -1, 0, 1, 2, 3].map((k) => {
    const pairs = rows
      .filter((r) => unit.has(r.school_id) && supportYear.has(r.school_id))
      .filter((r) => r.year - supportYear.get(r.school_id)! === k && cells.has(cellOf(r.school_id, r.year)))
      .map((r) => {
        const cell = cells.get(cellOf(r.school_id, r.year))!;
        return { value: r.value, comparison: mean(cell.map((c) => c.value))!, cell };
      });
    const comparisonUnits = new Set(pairs.flatMap((pair) => pair.cell.map((c) => c.school_id))).size;
    return {
      yearsFromSupport: k,
      supported: figure(mean(pairs.map((p) => p.value)), pairs.length),
      comparison: figure(mean(pairs.map((p) => p.comparison)), comparisonUnits),
      difference: figure(mean(pairs.map((p) => p.value - p.comparison)), pairs.length, comparisonUnits),
    };
  });
}

const rounded = (year: ComparisonYear) => {
  const round = (f: Figure) => ({ ...f, value: f.value === null ? null : Math.round(f.value * 1e6) / 1e6 });
  return {
    ...year,
    supported: round(year.supported),
    comparison: round(year.comparison),
    difference: round(year.difference),
  };
};

test('supported vs comparable schools, for several counties, are those recomputed from the raw rows', async () => {
  for (const indicator of ['MERIT_VALUE_17', 'DEGREE_WITHIN_3_YEARS']) {
    await platform().replicasCaughtUp();
    const answer = await platform().query<{ counties: { nodes: Area[] } }>(
      `query ($indicator: ID) { counties(first: 21) { nodes {
        code scope { schools { id organiserId schoolForm socioEconomicBand } }
        supportEffect(indicatorCode: $indicator) { indicatorCode group
          years { yearsFromSupport supported { ${FIGURE} } comparison { ${FIGURE} } difference { ${FIGURE} } } }
      } } }`,
      // MERIT_VALUE_17 is the default.
      indicator === 'MERIT_VALUE_17' ? {} : { indicator },
    );
    expect(answer.errors).toBeUndefined();
    const counties = answer.data!.counties.nodes;
    let published = 0;
    for (const county of counties.filter((c) => ['01', '12', '14', '22'].includes(c.code))) {
      expect(county.supportEffect).toMatchObject({ indicatorCode: indicator, group: 'ALL' });
      const form = indicator === 'MERIT_VALUE_17' ? 'GRUNDSKOLA' : 'GYMNASIESKOLA';
      const schools = county.scope.schools.filter((school) => school.schoolForm === form);
      const rows = await reportedValues(
        schools.map((s) => s.id),
        indicator,
      );
      const expected = expectedComparison(await rawFirstSupport(schools), schools, rows);
      expect({ county: county.code, years: county.supportEffect.years.map(rounded) }).toEqual({
        county: county.code,
        years: expected.map(rounded),
      });
      published += county.supportEffect.years.filter((year) => year.difference.status === 'REPORTED').length;
    }
    // Not vacuous: the demo data support enough schools for published comparisons.
    if (indicator === 'MERIT_VALUE_17') expect(published).toBeGreaterThan(10);
  }
});
