import { ADMIN, queryTestDatabase, sqlStatementCount, useTestPlatform } from '@lagesbild/test-utils';

// Equity trends (issue #4) through the gateway: band means, gap and spread recomputed here from the outcomes
// database's raw rows and each area's scope as the graph gives it, by the definitions in the schema.

const platform = useTestPlatform();

interface ScopeSchool {
  id: string;
  schoolForm: string;
  socioEconomicBand: number | null;
}

interface Figure {
  value: number | null;
  status: string;
  schoolCount: number;
}

interface EquityYear {
  year: number;
  mean: Figure;
  bands: { band: number; mean: Figure }[];
  gap: Figure;
  spread: Figure;
  suppressedSchools: number;
  missingSchools: number;
}

interface Area {
  code: string;
  scope: { schools: ScopeSchool[] };
  equityTrend: { indicatorCode: string; group: string; indicator: { schoolForm: string }; years: EquityYear[] };
}

interface RawValue {
  school_id: string;
  year: number;
  status: string;
  value: number | null;
}

const FIGURE = 'value status schoolCount';
const TREND = `indicatorCode group indicator { schoolForm }
  years { year mean { ${FIGURE} } bands { band mean { ${FIGURE} } } gap { ${FIGURE} } spread { ${FIGURE} }
          suppressedSchools missingSchools }`;
const SCOPE = 'scope { schools { id schoolForm socioEconomicBand } }';

const sql = <T>(query: string, params: unknown[] = []) => queryTestDatabase<T>('outcomes', query, params);

const rawValues = (schoolIds: string[], indicator: string, group: string) =>
  sql<RawValue>(
    `SELECT school_id, year, status, value::float8 AS value FROM outcome_value
     WHERE school_id = ANY($1) AND indicator_code = $2 AND "group" = $3`,
    [schoolIds, indicator, group],
  );

/** SUPPRESSION_DEFINITION: null and MISSING without values, null and SUPPRESSED over fewer than 3 units. */
function figure(value: number | null, ...schoolCounts: number[]): Figure {
  const schoolCount = schoolCounts.reduce((sum, count) => sum + count, 0);
  if (value === null || schoolCounts.includes(0)) return { value: null, status: 'MISSING', schoolCount };
  if (schoolCounts.some((count) => count < 3)) return { value: null, status: 'SUPPRESSED', schoolCount };
  return { value, status: 'REPORTED', schoolCount };
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null);
const populationSd = (values: number[]) => {
  const m = mean(values);
  return m === null ? null : Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / values.length);
};

/** The trend the definitions give for the area's units of the indicator's form, from the raw rows. */
function expectedYears(schools: ScopeSchool[], rows: RawValue[]): EquityYear[] {
  const band = new Map(schools.map((school) => [school.id, school.socioEconomicBand]));
  const years = [...new Set(rows.filter((row) => band.has(row.school_id)).map((row) => row.year))].sort();
  return years.map((year) => {
    const ofYear = rows.filter((row) => row.year === year && band.has(row.school_id));
    const reported = ofYear.filter((row) => row.status === 'REPORTED');
    const values = reported.map((row) => row.value as number);
    const ofBand = (b: number) => reported.filter((row) => band.get(row.school_id) === b).map((row) => row.value!);
    const [low, high] = [ofBand(1), ofBand(4)];
    const gap = mean(high) !== null && mean(low) !== null ? mean(high)! - mean(low)! : null;
    return {
      year,
      mean: figure(mean(values), values.length),
      bands: [1, 2, 3, 4].map((b) => ({ band: b, mean: figure(mean(ofBand(b)), ofBand(b).length) })),
      gap: figure(gap, high.length, low.length),
      spread: figure(populationSd(values), values.length),
      suppressedSchools: ofYear.filter((row) => row.status === 'SUPPRESSED').length,
      missingSchools: ofYear.filter((row) => row.status === 'MISSING').length,
    };
  });
}

/** Compares figure by figure, values to 6 decimals, with the area and year in every message. */
function expectSameYears(where: string, actual: EquityYear[], expected: EquityYear[]): void {
  expect({ where, years: actual.map((y) => y.year) }).toEqual({ where, years: expected.map((y) => y.year) });
  const close = (f: Figure) => ({ ...f, value: f.value === null ? null : Math.round(f.value * 1e6) / 1e6 });
  const rounded = (y: EquityYear) => ({
    ...y,
    mean: close(y.mean),
    bands: y.bands.map((b) => ({ band: b.band, mean: close(b.mean) })),
    gap: close(y.gap),
    spread: close(y.spread),
  });
  actual.forEach((year, i) => expect({ where, ...rounded(year) }).toEqual({ where, ...rounded(expected[i]) }));
}

const COUNTIES = ['01', '12', '14', '25'];

test('for several counties, band means, gap, spread and counts are those recomputed from the raw rows', async () => {
  for (const [indicator, group] of [
    ['MERIT_VALUE_17', 'ALL'],
    ['ABSENCE_OVER_15', 'GIRLS'],
    ['DEGREE_WITHIN_3_YEARS', 'ALL'],
  ]) {
    const answer = await platform().query<{ counties: { nodes: Area[] } }>(
      `query ($indicator: ID, $group: OutcomeGroup) {
        counties(first: 21) { nodes { code ${SCOPE}
          equityTrend(indicatorCode: $indicator, group: $group, fromYear: 2015, toYear: 2025) { ${TREND} } } }
      }`,
      // The defaults (MERIT_VALUE_17, ALL) are asked for by leaving them out.
      indicator === 'MERIT_VALUE_17' ? {} : { indicator, group },
    );
    expect(answer.errors).toBeUndefined();
    for (const county of answer.data!.counties.nodes.filter((c) => COUNTIES.includes(c.code))) {
      const trend = county.equityTrend;
      expect(trend).toMatchObject({ indicatorCode: indicator, group });
      const schools = county.scope.schools.filter((school) => school.schoolForm === trend.indicator.schoolForm);
      const rows = (
        await rawValues(
          schools.map((s) => s.id),
          indicator,
          group,
        )
      ).filter((row) => row.year >= 2015 && row.year <= 2025);
      const expected = expectedYears(schools, rows);
      expect(expected).toHaveLength(11);
      expectSameYears(`${county.code} ${indicator} ${group}`, trend.years, expected);
      // Not vacuous: the county's merit figures are published, and rest on many units.
      if (indicator === 'MERIT_VALUE_17') {
        expect(trend.years.every((year) => year.mean.status === 'REPORTED' && year.mean.schoolCount > 10)).toBe(true);
      }
    }
  }
});

test('without a year range every year with values is in the trend, and unknown arguments are refused', async () => {
  const answer = await platform().query<{ county: Area }>(
    `{ county(code: "03") { code ${SCOPE} equityTrend { ${TREND} } } }`,
  );
  expect(answer.errors).toBeUndefined();
  const { county } = answer.data!;
  const schools = county.scope.schools.filter((school) => school.schoolForm === 'GRUNDSKOLA');
  const rows = await rawValues(
    schools.map((s) => s.id),
    'MERIT_VALUE_17',
    'ALL',
  );
  expectSameYears('03, all years', county.equityTrend.years, expectedYears(schools, rows));

  const refused = await platform().query(
    `{ county(code: "03") { a: equityTrend(indicatorCode: "NO_SUCH") { years { year } }
                            b: equityTrend(fromYear: 2024, toYear: 2020) { years { year } } } }`,
  );
  const errors = (refused.errors ?? []).map((error) => [error.path?.join('.'), error.extensions?.code, error.message]);
  expect(errors.sort()).toEqual([
    ['county.a', 'BAD_USER_INPUT', expect.stringMatching(/no indicator NO_SUCH/)],
    ['county.b', 'BAD_USER_INPUT', expect.stringMatching(/fromYear \(2024\) must not be after toYear \(2020\)/)],
  ]);
});

const IMPORT = `mutation ($file: String!) {
  report: importOutcomeValues(fileBase64: $file) { committed inserted updated issues { message } }
}`;

test('suppressed and missing values are never counted, and a figure over fewer than 3 units is SUPPRESSED', async () => {
  // A municipality with grundskola units in at least two bands, away from the unit the shipped example file has
  // values for in 2026 (Vallentuna, 0115): 2026 is after the demo years, so these are its only values that year.
  const nation = await platform().query<{
    nation: { scope: { schools: (ScopeSchool & { municipalityCode: string })[] } };
  }>(`{ nation { scope { schools { id schoolForm socioEconomicBand municipalityCode } } } }`);
  const byMunicipality = new Map<string, ScopeSchool[]>();
  for (const school of nation.data!.nation.scope.schools) {
    if (school.schoolForm !== 'GRUNDSKOLA' || school.socioEconomicBand === null) continue;
    if (school.municipalityCode === '0115') continue;
    byMunicipality.set(school.municipalityCode, [...(byMunicipality.get(school.municipalityCode) ?? []), school]);
  }
  // Two units of one band and one of another get reported values; two more get ".." and ".".
  const [code, picked] = [...byMunicipality]
    .map(([municipality, schools]): [string, ScopeSchool[] | null] => {
      const bands = [...new Set(schools.map((s) => s.socioEconomicBand))];
      const pair = bands.map((b) => schools.filter((s) => s.socioEconomicBand === b)).find((of) => of.length >= 2);
      const single = pair && schools.find((s) => s.socioEconomicBand !== pair[0].socioEconomicBand);
      const rest = pair && single && schools.filter((s) => ![pair[0], pair[1], single].includes(s));
      return [municipality, rest && rest.length >= 2 ? [pair[0], pair[1], single!, rest[0], rest[1]] : null];
    })
    .find(([, picked]) => picked !== null)!;
  const pick = picked!;
  const units = await platform().query<Record<string, { unitCode: string }>>(
    `{ ${pick.map((s, i) => `s${i}: school(id: "${s.id}") { unitCode }`).join(' ')} }`,
  );
  const values = ['200', '220', '240', '..', '.'];
  const file = ['unit_code;year;indicator_code;group;value;pupil_count']
    .concat(
      pick.map(
        (_, i) =>
          `${units.data![`s${i}`].unitCode};2026;MERIT_VALUE_17;ALL;${values[i]};${values[i] === '.' ? '' : 30}`,
      ),
    )
    .join('\n');
  const imported = await platform().queryAs<{ report: { committed: boolean } }>(ADMIN, IMPORT, {
    file: Buffer.from(file).toString('base64'),
  });
  expect(imported.data?.report.committed).toBe(true);

  const answer = await platform().query<{ municipality: { equityTrend: { years: EquityYear[] } } }>(
    `{ municipality(code: "${code}") { equityTrend(fromYear: 2026) { years { year mean { ${FIGURE} }
        bands { band mean { ${FIGURE} } } gap { ${FIGURE} } spread { ${FIGURE} } suppressedSchools missingSchools } } } }`,
  );
  expect(answer.errors).toBeUndefined();
  const [year] = answer.data!.municipality.equityTrend.years;
  // The mean of the three reported values, not of five with 0 in place of ".." and ".".
  expect(year).toMatchObject({
    year: 2026,
    mean: { value: 220, status: 'REPORTED', schoolCount: 3 },
    suppressedSchools: 1,
    missingSchools: 1,
  });
  expect(year.spread.value).toBeCloseTo(Math.sqrt(800 / 3), 9);
  // The pair's band rests on 2 units and the single's on 1: both withheld, with their counts.
  const bandOf = (school: ScopeSchool) => year.bands.find((b) => b.band === school.socioEconomicBand)!.mean;
  expect(bandOf(pick[0])).toEqual({ value: null, status: 'SUPPRESSED', schoolCount: 2 });
  expect(bandOf(pick[2])).toEqual({ value: null, status: 'SUPPRESSED', schoolCount: 1 });
  for (const band of year.bands.filter((b) => ![pick[0], pick[2]].some((s) => s.socioEconomicBand === b.band))) {
    expect(band.mean).toEqual({ value: null, status: 'MISSING', schoolCount: 0 });
  }
  expect(year.gap.value).toBeNull();
  expect(['SUPPRESSED', 'MISSING']).toContain(year.gap.status);
});

test('an organiser with one or two grundskola units gets its figures withheld as SUPPRESSED, with their counts', async () => {
  const answer = await platform().query<{
    organisers: { nodes: { id: string; scope: { schools: ScopeSchool[] }; equityTrend: { years: EquityYear[] } }[] };
  }>(
    `{ organisers(first: 200) { nodes { id ${SCOPE} equityTrend(fromYear: 2015, toYear: 2025) { years { year mean { ${FIGURE} } spread { ${FIGURE} } } } } } }`,
  );
  expect(answer.errors).toBeUndefined();
  const small = answer.data!.organisers.nodes.filter((organiser) => {
    const units = organiser.scope.schools.filter((school) => school.schoolForm === 'GRUNDSKOLA').length;
    return units >= 1 && units <= 2;
  });
  expect(small.length).toBeGreaterThan(0);
  const years = small.flatMap((organiser) => organiser.equityTrend.years);
  expect(years.length).toBeGreaterThan(0);
  for (const year of years) {
    for (const f of [year.mean, year.spread]) {
      expect(f.value).toBeNull();
      expect(f.schoolCount).toBeLessThan(3);
      expect(f.status).toBe(f.schoolCount === 0 ? 'MISSING' : 'SUPPRESSED');
    }
  }
  expect(years.some((year) => year.mean.status === 'SUPPRESSED')).toBe(true);
});

const AREA_FIGURES = `query ($first: Int) {
  counties(first: $first) { nodes {
    highNeed { count }
    equityTrend { ${TREND} }
    supportEffect { indicatorCode years { yearsFromSupport supported { ${FIGURE} } comparison { ${FIGURE} } difference { ${FIGURE} } } }
  } }
}`;

async function outcomesStatements(first: number): Promise<number> {
  const outcomes = platform().subgraphs.find((subgraph) => subgraph.name === 'outcomes')!;
  const before = await sqlStatementCount(outcomes.url);
  const answer = await platform().query<{ counties: { nodes: unknown[] } }>(AREA_FIGURES, { first });
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.counties.nodes).toHaveLength(first);
  return (await sqlStatementCount(outcomes.url)) - before;
}

test('21 counties’ high need, trends and support comparisons take as many statements as 2 counties’', async () => {
  const two = await outcomesStatements(2);
  const all = await outcomesStatements(21);
  expect(all).toBe(two);
  // The indicator, then the high-need lookup, the trends and the comparisons: one statement each, and each after
  // one read of the data versions it is computed from.
  expect(all).toBeLessThanOrEqual(7);
});

test('the nationwide query of every county’s high need and trend (and how long it takes)', async () => {
  const query = `{ nation { counties { code highNeed { count } equityTrend { ${TREND} } } } }`;
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const answer = await platform().query<{ nation: { counties: Area[] } }>(query);
    times.push(performance.now() - started);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.nation.counties).toHaveLength(21);
  }
  times.sort((a, b) => a - b);
  console.log(
    `nation { counties { highNeed equityTrend } }: median ${times[2].toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')} ms)`,
  );
});
