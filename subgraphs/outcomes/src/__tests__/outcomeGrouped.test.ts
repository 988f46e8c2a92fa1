import {
  ANALYST,
  postToSubgraph,
  regionalUser,
  rollupTestAreas,
  testDatabaseUrl,
  useTestPlatform,
  type TestUser,
} from '@lagesbild/test-utils';
import { SortDirection, type FigureArea } from '@lagesbild/subgraph-kit';
import { Client } from 'pg';
import {
  groupedParameters,
  outcomeDimensionSizes,
  yearsHeldWithin,
  type OutcomeGroupedRequest,
} from '../services/outcomeGrouped.service';
import { liveGroupedSql, rollupGroupedSql } from '../services/outcomeGroupedSql';
import { OutcomeDimension, OutcomeGroupedFigure } from '../types/outcomeDimension';

// Issue #16: every grouped outcome figure is checked against a recomputation from the raw rows (outcome_value and
// the replicas of the register and the office map), written here by hand, for two dimension combinations on two
// areas, through the gateway; the rollups' statement against the live one over many areas and shapes; sorting and
// cutting; suppression; and a regional manager's scope.

const platform = useTestPlatform();
jest.setTimeout(240_000);

let client: Client;
let year: number;
beforeAll(async () => {
  await platform().replicasCaughtUp();
  // As the tables' owner, who sees every row: the recomputation is of everything, the API's answer of the scope.
  client = new Client({ connectionString: testDatabaseUrl('outcomes') });
  await client.connect();
  year = (await client.query<{ year: number }>('SELECT max(year)::int AS year FROM outcome_value')).rows[0].year;
});
afterAll(() => client.end());

interface Figure {
  value: number | null;
  status: string;
  schoolCount: number;
}
interface Row {
  county: { code: string; name: string } | null;
  municipality: { code: string } | null;
  office: { id: string } | null;
  organiserType: string | null;
  socioEconomicBand: number | null;
  year: number | null;
  mean: Figure;
  girlsMean: Figure;
  boysMean: Figure;
  genderGap: Figure;
  pupilCount?: Figure;
  suppressedSchools: number;
  missingSchools: number;
}
interface Grouping {
  totalCount: number;
  rows: Row[];
}

const FIGURE = 'value status schoolCount';
const rowFields = (pupils: boolean) => `county { code name } municipality { code } office { id } organiserType
  socioEconomicBand year mean { ${FIGURE} } girlsMean { ${FIGURE} } boysMean { ${FIGURE} } genderGap { ${FIGURE} }
  ${pupils ? `pupilCount { ${FIGURE} }` : ''} suppressedSchools missingSchools`;

/** The area's field in a query: `nation` or `county(code: "01")`. */
const areaField = (area: FigureArea) =>
  area.kind === 'nation'
    ? 'nation'
    : area.kind === 'office'
      ? `office(id: "${area.code}")`
      : `${area.kind}(code: "${area.code}")`;

function grouped(area: FigureArea, args: string, pupils = true, user: TestUser = ANALYST) {
  const query = `{ area: ${areaField(area)} { outcomeGrouped(${args}) { totalCount rows { ${rowFields(pupils)} } } } }`;
  return platform().queryAs<{ area: { outcomeGrouped: Grouping } }>(user, query);
}

async function groupedOk(area: FigureArea, args: string, pupils = true, user: TestUser = ANALYST) {
  const answer = await grouped(area, args, pupils, user);
  expect(answer.errors).toBeUndefined();
  return answer.data!.area.outcomeGrouped;
}

/** The raw rows' column of each dimension, over outcome_value v, the register's replica u and the office map m. */
const RAW_KEY: Record<string, string> = {
  COUNTY: 'left(u.municipality_code, 2)',
  MUNICIPALITY: 'u.municipality_code',
  OFFICE: 'm.office_id',
  ORGANISER_TYPE: 'u.organiser_type::text',
  SOCIO_ECONOMIC_BAND: 'u.socio_economic_band::int',
  YEAR: 'v.year::int',
};
const RAW_AREA: Record<string, string> = {
  nation: '$3::text IS NOT NULL',
  county: 'left(u.municipality_code, 2) = $3::text',
  municipality: 'u.municipality_code = $3::text',
  office: 'm.office_id = $3::text',
  organiser: 'u.organiser_id::text = $3::text',
};

interface RawCell {
  keys: string;
  group: string;
  status: string;
  n: number;
  mean: number | null;
  pupils: number | null;
  without_pupils: number;
}

/**
 * By hand, from the raw rows: per combination, pupil group and status, the count of units, the mean of their
 * values and the sum of their pupils; then the published figures by the rule (3 units or more).
 */
async function recompute(area: FigureArea, groupBy: string[], fromYear: number, toYear: number, county?: string) {
  const keys = groupBy.map((dimension) => `coalesce((${RAW_KEY[dimension]})::text, '-')`).join(` || '|' || `);
  const { rows } = await client.query<RawCell>(
    `SELECT ${keys} AS keys, v."group", v.status, count(*)::int AS n, avg(v.value)::float8 AS mean,
            sum(v.pupil_count)::int AS pupils, count(*) FILTER (WHERE v.pupil_count IS NULL)::int AS without_pupils
     FROM outcome_value v
     JOIN schools.school_unit u ON u.id = v.school_id
     JOIN indicator i ON i.code = v.indicator_code AND i.school_form = u.school_form
     LEFT JOIN offices.municipality_office m ON m.municipality_code = u.municipality_code
     WHERE v.indicator_code = $1 AND v.year BETWEEN $2 AND $4 AND ${RAW_AREA[area.kind]}
       AND ($5::text IS NULL OR left(u.municipality_code, 2) = $5)
     GROUP BY 1, 2, 3`,
    [indicator, fromYear, area.code, toYear, county ?? null],
  );
  const byKey = new Map<string, RawCell[]>();
  for (const row of rows) byKey.set(row.keys, [...(byKey.get(row.keys) ?? []), row]);
  const expected = new Map<string, Record<string, unknown>>();
  for (const [key, cells] of byKey) {
    const reported = (group: string) => cells.find((c) => c.group === group && c.status === 'REPORTED');
    const count = (group: string, status: string) =>
      cells.find((c) => c.group === group && c.status === status)?.n ?? 0;
    // The rule: no value or no unit behind it, MISSING; fewer than 3 units, SUPPRESSED; else the value.
    const published = (n: number, value: number | null | undefined) =>
      value == null || n === 0
        ? { value: null, status: 'MISSING' }
        : n < 3
          ? { value: null, status: 'SUPPRESSED' }
          : { value, status: 'REPORTED' };
    const [all, girls, boys] = ['ALL', 'GIRLS', 'BOYS'].map(reported);
    const [n, g, b] = [all?.n ?? 0, girls?.n ?? 0, boys?.n ?? 0];
    expected.set(key, {
      mean: { ...published(n, all?.mean), schoolCount: n },
      girlsMean: { ...published(g, girls?.mean), schoolCount: g },
      boysMean: { ...published(b, boys?.mean), schoolCount: b },
      genderGap: {
        ...published(Math.min(g, b), g && b ? girls!.mean! - boys!.mean! : null),
        schoolCount: g + b,
      },
      pupilCount: { ...published(n, all?.without_pupils === 0 ? all.pupils : null), schoolCount: n },
      suppressedSchools: count('ALL', 'SUPPRESSED'),
      missingSchools: count('ALL', 'MISSING'),
    });
  }
  return expected;
}

let indicator = 'ELIGIBLE_NATIONAL_PROGRAMME';

/** A row's keys as the recomputation writes them. */
function keyOf(row: Row, groupBy: string[]) {
  const key: Record<string, unknown> = {
    COUNTY: row.county?.code,
    MUNICIPALITY: row.municipality?.code,
    OFFICE: row.office?.id,
    ORGANISER_TYPE: row.organiserType,
    SOCIO_ECONOMIC_BAND: row.socioEconomicBand,
    YEAR: row.year,
  };
  return groupBy.map((dimension) => (key[dimension] == null ? '-' : String(key[dimension]))).join('|');
}

/** Rounds the figures of `expected` and `actual` alike: the live mean and the rollups' sums agree far past this. */
const rounded = (value: unknown): unknown =>
  typeof value === 'number'
    ? Math.round(value * 1e9) / 1e9
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]))
      : value;

async function expectRecomputed(
  area: FigureArea,
  groupBy: string[],
  fromYear: number,
  toYear: number,
  pupils: boolean,
) {
  const years = groupBy.includes('YEAR')
    ? `fromYear: ${fromYear}, toYear: ${toYear}`
    : `fromYear: ${fromYear}, toYear: ${fromYear}`;
  const answer = await groupedOk(
    area,
    `indicatorCode: "${indicator}", groupBy: [${groupBy}], ${years}, first: 5000`,
    pupils,
  );
  const expected = await recompute(area, groupBy, fromYear, groupBy.includes('YEAR') ? toYear : fromYear);
  expect(answer.totalCount).toBe(expected.size);
  const actual = new Map(answer.rows.map((row) => [keyOf(row, groupBy), figuresOf(row)]));
  if (!pupils) for (const figures of expected.values()) delete figures.pupilCount;
  expect(rounded(Object.fromEntries(actual))).toEqual(rounded(Object.fromEntries(expected)));
  return answer;
}

const NATION: FigureArea = { kind: 'nation', code: 'SE' };
const STOCKHOLM: FigureArea = { kind: 'county', code: '01' };

describe.each([NATION, STOCKHOLM])(
  'on $kind $code, every figure equals its recomputation from the raw rows',
  (area) => {
    test('mean eligibility by organiser type per year (live: the rollups know no organiser)', async () => {
      indicator = 'ELIGIBLE_NATIONAL_PROGRAMME';
      const answer = await expectRecomputed(area, ['ORGANISER_TYPE', 'YEAR'], year - 4, year, true);
      expect(answer.rows.filter((row) => row.mean.status === 'REPORTED').length).toBeGreaterThan(5);
      expect(answer.rows.some((row) => row.pupilCount!.status === 'REPORTED')).toBe(true);
    });

    test('the girls–boys gap per municipality and band in one year, from the rollups and live', async () => {
      indicator = 'MERIT_VALUE_17';
      // Without pupil counts the rollups answer; with them the live statement: both equal the raw rows.
      const fromRollups = await expectRecomputed(area, ['MUNICIPALITY', 'SOCIO_ECONOMIC_BAND'], year, year, false);
      await expectRecomputed(area, ['MUNICIPALITY', 'SOCIO_ECONOMIC_BAND'], year, year, true);
      expect(fromRollups.rows.some((row) => row.genderGap.status === 'REPORTED')).toBe(true);
      expect(fromRollups.rows.some((row) => row.genderGap.status === 'SUPPRESSED')).toBe(true);
    });
  },
);

test('the gap per county and office over years, on the nation and an office', async () => {
  indicator = 'MERIT_VALUE_17';
  await expectRecomputed(NATION, ['COUNTY', 'YEAR'], year - 2, year, false);
  await expectRecomputed(
    { kind: 'office', code: 'UME' },
    ['OFFICE', 'SOCIO_ECONOMIC_BAND', 'YEAR'],
    year - 2,
    year,
    true,
  );
});

test('the rollups give the live statement’s rows for every area and shape they hold', async () => {
  const areas = await rollupTestAreas(client);
  const shapes: OutcomeDimension[][] = [
    [OutcomeDimension.COUNTY, OutcomeDimension.YEAR],
    [OutcomeDimension.MUNICIPALITY, OutcomeDimension.YEAR],
    [OutcomeDimension.OFFICE, OutcomeDimension.SOCIO_ECONOMIC_BAND, OutcomeDimension.YEAR],
    [OutcomeDimension.SCHOOL_FORM, OutcomeDimension.SOCIO_ECONOMIC_BAND, OutcomeDimension.YEAR],
  ];
  let compared = 0;
  for (const groupBy of shapes) {
    for (const indicatorCode of ['MERIT_VALUE_17', 'DEGREE_WITHIN_3_YEARS']) {
      const requests = areas.map((area): OutcomeGroupedRequest => ({
        area,
        indicatorCode,
        groupBy,
        fromYear: null,
        toYear: null,
        orderBy: { figure: OutcomeGroupedFigure.GENDER_GAP, direction: SortDirection.DESC },
        first: 5000,
        needsPupilCount: false,
      }));
      const run = async (sql: string) =>
        (await client.query(sql, groupedParameters(requests))).rows.map(({ pupils, pupils_known, ...row }) => {
          void [pupils, pupils_known];
          return rounded(row);
        });
      const live = await run(liveGroupedSql(requests[0]));
      expect(await run(rollupGroupedSql(requests[0]))).toEqual(live);
      compared += live.length;
    }
  }
  expect(compared).toBeGreaterThan(10_000);
});

test('the 10 municipalities with the lowest mean are one request, and suppressed rows come last', async () => {
  indicator = 'ELIGIBLE_NATIONAL_PROGRAMME';
  const expected = [...(await recompute(NATION, ['MUNICIPALITY'], year, year))]
    .filter(([, figures]) => (figures.mean as Figure).status === 'REPORTED')
    .sort(([a, x], [b, y]) => (x.mean as Figure).value! - (y.mean as Figure).value! || a.localeCompare(b))
    .slice(0, 10);
  const args = `indicatorCode: "${indicator}", groupBy: [MUNICIPALITY], fromYear: ${year}, toYear: ${year}, orderBy: { figure: MEAN, direction: ASC }`;
  const lowest = await groupedOk(NATION, `${args}, first: 10`);
  expect(lowest.rows.map((row) => row.municipality!.code)).toEqual(expected.map(([code]) => code));
  expect(lowest.rows.map((row) => rounded(row.mean.value))).toEqual(
    expected.map(([, figures]) => rounded((figures.mean as Figure).value)),
  );
  expect(lowest.totalCount).toBeGreaterThan(10);

  for (const direction of ['ASC', 'DESC']) {
    const all = await groupedOk(
      NATION,
      `groupBy: [MUNICIPALITY], fromYear: ${year}, toYear: ${year}, orderBy: { figure: GENDER_GAP, direction: ${direction} }, first: 5000`,
    );
    const statuses = all.rows.map((row) => row.genderGap.status);
    const firstWithheld = statuses.findIndex((status) => status !== 'REPORTED');
    expect(firstWithheld).toBeGreaterThan(0);
    expect(statuses.slice(firstWithheld).every((status) => status !== 'REPORTED')).toBe(true);
    const gaps = all.rows.slice(0, firstWithheld).map((row) => row.genderGap.value!);
    expect(gaps).toEqual([...gaps].sort((a, b) => (direction === 'ASC' ? a - b : b - a)));
  }
});

test('a group of fewer than 3 school units is suppressed and shows no value', async () => {
  indicator = 'ELIGIBLE_NATIONAL_PROGRAMME';
  const [small] = (
    await client.query<{ municipality_code: string; band: number; n: number }>(
      `SELECT u.municipality_code, u.socio_economic_band::int AS band, count(*)::int AS n
       FROM outcome_value v JOIN schools.school_unit u ON u.id = v.school_id
       WHERE v.indicator_code = $1 AND v.year = $2 AND v."group" = 'ALL' AND v.status = 'REPORTED'
         AND u.socio_economic_band IS NOT NULL AND u.school_form = 'GRUNDSKOLA'
       GROUP BY 1, 2 HAVING count(*) < 3 ORDER BY 1, 2 LIMIT 1`,
      [indicator, year],
    )
  ).rows;
  const answer = await groupedOk(
    { kind: 'municipality', code: small.municipality_code },
    `indicatorCode: "${indicator}", groupBy: [SOCIO_ECONOMIC_BAND], fromYear: ${year}, toYear: ${year}`,
  );
  const row = answer.rows.find((r) => r.socioEconomicBand === small.band)!;
  expect(row.mean).toEqual({ value: null, status: 'SUPPRESSED', schoolCount: small.n });
  expect(row.pupilCount).toEqual({ value: null, status: 'SUPPRESSED', schoolCount: small.n });
  expect(row.genderGap.value).toBeNull();
});

/** The figures of each row, without its keys. */
function figuresOf(row: Row) {
  const { county, municipality, office, organiserType, socioEconomicBand, year: y, ...figures } = row;
  void [county, municipality, office, organiserType, socioEconomicBand, y];
  return figures;
}

test('a regional manager’s groupings count their own county only', async () => {
  indicator = 'MERIT_VALUE_17';
  const manager = regionalUser('03');
  const years = `fromYear: ${year - 1}, toYear: ${year}`;
  // Their county, from the rollups (no pupil counts) and live: every row equals the raw rows.
  const uppsala = await recompute({ kind: 'county', code: '03' }, ['MUNICIPALITY', 'YEAR'], year - 1, year);
  for (const pupils of [false, true]) {
    const answer = await groupedOk(
      { kind: 'county', code: '03' },
      `indicatorCode: "${indicator}", groupBy: [MUNICIPALITY, YEAR], ${years}, first: 500`,
      pupils,
      manager,
    );
    expect(answer.totalCount).toBe(uppsala.size);
    for (const row of answer.rows) {
      const expected = { ...uppsala.get(keyOf(row, ['MUNICIPALITY', 'YEAR'])) };
      if (!pupils) delete expected.pupilCount;
      expect(rounded(figuresOf(row))).toEqual(rounded(expected));
    }
  }

  // An organiser's area is guarded by row-level security alone: asked straight of the subgraph, an organiser of
  // Uppsala län's has its rows for the county's manager and none for another county's.
  const [organiser] = (
    await client.query<{ organiser_id: string }>(
      `SELECT organiser_id::text FROM schools.school_unit WHERE school_form = 'GRUNDSKOLA'
       GROUP BY organiser_id HAVING bool_and(left(municipality_code, 2) = '03') ORDER BY count(*) DESC LIMIT 1`,
    )
  ).rows;
  const outcomesUrl = platform().subgraphs.find((entry) => entry.name === 'outcomes')!.url;
  const ofOrganiser = async (user: TestUser) => {
    const answer = await postToSubgraph<{ _entities: { outcomeGrouped: Grouping }[] }>(
      outcomesUrl,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Organiser { outcomeGrouped(indicatorCode: "${indicator}", groupBy: [COUNTY, YEAR], ${years}) {
          totalCount rows { ${rowFields(true).replace('county { code name }', 'county { code }')} } } } } }`,
      { representations: [{ __typename: 'Organiser', id: organiser.organiser_id }] },
      user,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!._entities[0].outcomeGrouped;
  };
  const own = await ofOrganiser(manager);
  const expected = await recompute(
    { kind: 'organiser', code: organiser.organiser_id },
    ['COUNTY', 'YEAR'],
    year - 1,
    year,
  );
  expect(own.totalCount).toBe(expected.size);
  expect(expected.size).toBeGreaterThan(0);
  for (const row of own.rows) {
    expect(rounded(figuresOf(row))).toEqual(rounded(expected.get(keyOf(row, ['COUNTY', 'YEAR']))));
  }
  expect(await ofOrganiser(regionalUser('01'))).toEqual({ totalCount: 0, rows: [] });

  // Another county is not theirs to ask about.
  const other = await grouped({ kind: 'county', code: '01' }, `groupBy: [YEAR], ${years}`, true, manager);
  expect(other.data?.area ?? null).toBeNull();
});

test('wrong arguments are refused with BAD_USER_INPUT and a sentence', async () => {
  const refusals: [string, RegExp][] = [
    [`groupBy: [COUNTY, YEAR, COUNTY]`, /COUNTY more than once/],
    [`groupBy: []`, /at least one dimension/],
    [`groupBy: [YEAR], first: 0`, /first must be from 1 to 5000, not 0/],
    [`groupBy: [YEAR], first: 5001`, /first must be from 1 to 5000, not 5001/],
    [`groupBy: [YEAR], indicatorCode: "NO_SUCH"`, /There is no indicator NO_SUCH/],
    [`groupBy: [YEAR], fromYear: 2024, toYear: 2020`, /must not be after/],
    [`groupBy: [COUNTY], fromYear: 2020, toYear: 2024`, /Without YEAR in groupBy, give one year/],
  ];
  for (const [args, message] of refusals) {
    const answer = await grouped(NATION, args);
    expect(answer.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(answer.errors?.[0].message).toMatch(message);
  }
});

test('a grouping that could give more than 20,000 combinations is refused, naming its dimensions', async () => {
  const dimensions = 'groupBy: [MUNICIPALITY, ORGANISER_TYPE, SOCIO_ECONOMIC_BAND, YEAR]';
  const refused = await grouped(NATION, `${dimensions}, fromYear: 2015, toYear: 2025`);
  expect(refused.errors?.[0]).toMatchObject({
    message:
      'Grouping by MUNICIPALITY, ORGANISER_TYPE, SOCIO_ECONOMIC_BAND and YEAR could give up to 25,520 combinations ' +
      '(290 × 2 × 4 × 11), more than the 20,000 one request may ask for. Group by fewer dimensions, or narrow the ' +
      'request with a shorter range of years.',
    extensions: { code: 'BAD_USER_INPUT' },
  });
  // An open range counts the years the results hold: as many again.
  const open = await grouped(NATION, dimensions);
  expect(open.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  // Fewer years, or a county's municipalities, are within the bound.
  expect((await groupedOk(NATION, `${dimensions}, fromYear: 2020, toYear: 2025`, false)).totalCount).toBeGreaterThan(0);
  const county = { kind: 'county', code: '12' } as FigureArea;
  expect((await groupedOk(county, `${dimensions}, fromYear: 2015, toYear: 2025`, false)).totalCount).toBeGreaterThan(0);
});

test('the bound counts the years the results hold, not a fixed first year or this year', async () => {
  // Pure: an open end is the first or last year held, and a range beyond them is cut to them.
  const held = { first: 2019, last: 2021 };
  expect(yearsHeldWithin(null, null, held)).toBe(3);
  expect(yearsHeldWithin(2000, 2030, held)).toBe(3);
  expect(yearsHeldWithin(2020, null, held)).toBe(2);
  expect(yearsHeldWithin(null, 2019, held)).toBe(1);
  expect(yearsHeldWithin(null, null, { first: null, last: null })).toBe(1);
  expect(outcomeDimensionSizes(NATION, [OutcomeDimension.YEAR], null, null, held)).toEqual([
    { dimension: OutcomeDimension.YEAR, size: 3 },
  ]);

  // Through the gateway: an open range's count of years is the indicator's years in the rollup, first to last.
  const { rows } = await client.query<{ first: number; last: number }>(
    'SELECT min(year)::int AS first, max(year)::int AS last FROM outcome_rollup WHERE indicator_code = $1',
    ['ELIGIBLE_NATIONAL_PROGRAMME'],
  );
  const years = rows[0].last - rows[0].first + 1;
  const dimensions = 'groupBy: [MUNICIPALITY, ORGANISER_TYPE, SOCIO_ECONOMIC_BAND, YEAR]';
  const refused = await grouped(NATION, `indicatorCode: "ELIGIBLE_NATIONAL_PROGRAMME", ${dimensions}`);
  expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(refused.errors?.[0].message).toContain(`(290 × 2 × 4 × ${years})`);
  // A range reaching past the years held counts only those it holds.
  const wide = await grouped(NATION, `indicatorCode: "ELIGIBLE_NATIONAL_PROGRAMME", ${dimensions}, fromYear: 1990`);
  expect(wide.errors?.[0].message).toContain(`(290 × 2 × 4 × ${years})`);
});
