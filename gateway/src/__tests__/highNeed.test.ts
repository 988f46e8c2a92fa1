import { ADMIN, queryTestDatabase, useTestPlatform } from '@lagesbild/test-utils';

// High need (issue #4) through the gateway: the outcomes subgraph's high-need sets, recomputed here from the
// outcomes database's raw rows and each area's scope as the graph gives it, by the definition in the schema.

const platform = useTestPlatform();

const NEED_INDICATOR: Record<string, string> = { GRUNDSKOLA: 'SALSA_RESIDUAL', GYMNASIESKOLA: 'DEGREE_WITHIN_3_YEARS' };

interface ScopeSchool {
  id: string;
  schoolForm: string;
}

interface Area {
  code?: string;
  id?: string;
  scope: { schools: ScopeSchool[] };
  highNeed: { count: number; schools: { id: string }[]; definition: string };
}

interface NeedRow {
  school_id: string;
  indicator_code: string;
  year: number;
  scaled: number;
}

const sql = <T>(query: string, params: unknown[] = []) => queryTestDatabase<T>('outcomes', query, params);

// Values are compared as whole ten-thousandths: means of equal sums are then equal floats, and the order (mean,
// then id) is the database's exact one.
const needRows = () =>
  sql<NeedRow>(
    `SELECT school_id, indicator_code, year, round(value * 10000)::float8 AS scaled FROM outcome_value
     WHERE indicator_code = ANY($1) AND "group" = 'ALL' AND status = 'REPORTED'`,
    [Object.values(NEED_INDICATOR)],
  );

/** What the rows say, to tell whether another test file wrote between reading them and asking the graph. */
const needFingerprint = async () =>
  JSON.stringify(
    await sql(
      `SELECT count(*)::int AS rows, coalesce(sum(value), 0)::text AS total,
              count(*) FILTER (WHERE status = 'REPORTED')::int AS reported
       FROM outcome_value WHERE indicator_code = ANY($1) AND "group" = 'ALL'`,
      [Object.values(NEED_INDICATOR)],
    ),
  );

/** A unit's place in the ranking of one need indicator. */
interface Ranked {
  id: string;
  indicator: string;
  mean: number;
  fifth: number;
}

/**
 * HIGH_NEED_DEFINITION, from the raw rows: each unit's mean over its latest three reported years of each need
 * indicator, ranked in fifths among the units reporting that indicator nationally. The outcomes service knows a
 * unit's form only from the indicators it reports; other test files import every indicator for every unit, so
 * some units are ranked on both, and have high need when they are in the first fifth of either.
 */
function rank(rows: NeedRow[]): Ranked[] {
  const byUnit = new Map<string, NeedRow[]>();
  for (const row of rows) {
    const key = `${row.indicator_code}|${row.school_id}`;
    byUnit.set(key, [...(byUnit.get(key) ?? []), row]);
  }
  const means = [...byUnit.values()].map((unitRows) => {
    const latest = unitRows.sort((a, b) => b.year - a.year).slice(0, 3);
    return {
      id: unitRows[0].school_id,
      indicator: unitRows[0].indicator_code,
      mean: latest.reduce((sum, row) => sum + row.scaled, 0) / latest.length,
    };
  });
  return Object.values(NEED_INDICATOR).flatMap((indicator) => {
    const ranked = means
      .filter((unit) => unit.indicator === indicator)
      .sort((a, b) => a.mean - b.mean || (a.id < b.id ? -1 : 1));
    // ntile(5): the first fifth holds ceil(n / 5) units.
    const firstFifth = Math.ceil(ranked.length / 5);
    return ranked.map((unit, place) => ({ ...unit, fifth: place < firstFifth ? 1 : 2 }));
  });
}

const AREAS = `{
  nation { id scope { schools { id schoolForm } } highNeed { count schools { id } definition } }
  counties(first: 21) { nodes { code scope { schools { id schoolForm } } highNeed { count schools { id } definition } } }
  offices(first: 50) { nodes { id scope { schools { id schoolForm } } highNeed { count schools { id } definition } } }
}`;

/** The graph's answer and the raw rows, read so that no write came between them (other test files import). */
async function consistentRead(): Promise<{
  nation: Area;
  counties: Area[];
  offices: Area[];
  ranked: Ranked[];
  rows: NeedRow[];
}> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = await needFingerprint();
    const rows = await needRows();
    const answer = await platform().query<{ nation: Area; counties: { nodes: Area[] }; offices: { nodes: Area[] } }>(
      AREAS,
    );
    expect(answer.errors).toBeUndefined();
    if ((await needFingerprint()) === before) {
      const { nation, counties, offices } = answer.data!;
      return { nation, counties: counties.nodes, offices: offices.nodes, ranked: rank(rows), rows };
    }
  }
  throw new Error('The outcome values kept changing while the high-need sets were read.');
}

/** An area's high-need unit ids, as the graph lists them. */
const listed = (area: Area) => area.highNeed.schools.map((school) => school.id);

const highNeedIds = (ranked: Ranked[]) => new Set(ranked.filter((unit) => unit.fifth === 1).map((unit) => unit.id));

beforeAll(async () => {
  // Another test file (killedImport) deletes the rows it imported with SQL, behind the import's back, which leaves
  // school_need as the import made it; the product refreshes it on every import, so this test starts from fresh.
  // Through the product's own refresh, which also publishes the need to the interventions subgraph's replica.
  await sql('SELECT refresh_school_need()');
});

test('every area’s high-need units are the lowest fifth nationally, recomputed from the raw rows', async () => {
  const { nation, counties, offices, ranked } = await consistentRead();
  const highNeed = highNeedIds(ranked);
  expect(counties).toHaveLength(21);
  expect(offices).toHaveLength(16);
  for (const area of [nation, ...counties, ...offices]) {
    const name = area.code ?? area.id;
    expect({ area: name, ids: [...listed(area)].sort() }).toEqual({
      area: name,
      ids: area.scope.schools
        .map((school) => school.id)
        .filter((id) => highNeed.has(id))
        .sort(),
    });
    expect(area.highNeed.count).toBe(area.highNeed.schools.length);
    expect(area.highNeed.definition).toMatch(/lowest fifth/);
  }
  // The counties partition the nation, and so do their high-need units.
  expect(counties.flatMap(listed).sort()).toEqual(listed(nation).sort());

  // A fifth of the units ranked on each need indicator (the first of five equal groups); the units of each form
  // are ranked on their own form's indicator.
  for (const [form, indicator] of Object.entries(NEED_INDICATOR)) {
    const onIndicator = ranked.filter((unit) => unit.indicator === indicator);
    const share = onIndicator.filter((unit) => unit.fifth === 1).length / onIndicator.length;
    expect(onIndicator.length).toBeGreaterThan(50);
    expect(share).toBeGreaterThanOrEqual(0.2);
    expect(share).toBeLessThan(0.21);
    const ofForm = nation.scope.schools.filter((school) => school.schoolForm === form).map((school) => school.id);
    expect(onIndicator.filter((unit) => ofForm.includes(unit.id)).length).toBeGreaterThan(0.9 * ofForm.length);
  }
  // Units without a reported value of a need indicator are not classified.
  const rankedIds = new Set(ranked.map((unit) => unit.id));
  for (const id of listed(nation)) expect(rankedIds.has(id)).toBe(true);
});

const IMPORT = `mutation ($file: String!) {
  report: importOutcomeValues(fileBase64: $file) { committed inserted updated issues { message } }
}`;

async function importSalsa(lines: { unitCode: string; value: string }[]): Promise<void> {
  const file = ['unit_code;year;indicator_code;group;value;pupil_count']
    .concat(lines.map(({ unitCode, value }) => `${unitCode};2026;SALSA_RESIDUAL;ALL;${value};`))
    .join('\n');
  const answer = await platform().queryAs<{ report: { committed: boolean; issues: unknown[] } }>(ADMIN, IMPORT, {
    file: Buffer.from(file).toString('base64'),
  });
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.report).toMatchObject({ committed: true, issues: [] });
}

const nationHighNeed = async () => {
  const answer = await platform().query<{ nation: { highNeed: { schools: { id: string }[] } } }>(
    `{ nation { highNeed { schools { id } } } }`,
  );
  return new Set(answer.data!.nation.highNeed.schools.map((school) => school.id));
};

test('suppressed and missing values never count, and need follows every import', async () => {
  const { ranked, rows } = await consistentRead();
  const salsa = (id: string) =>
    rows
      .filter((row) => row.school_id === id && row.indicator_code === 'SALSA_RESIDUAL')
      .sort((a, b) => b.year - a.year);
  const highNeedOnOther = highNeedIds(ranked.filter((unit) => unit.indicator !== 'SALSA_RESIDUAL'));
  const units = ranked.filter((unit) => unit.indicator === 'SALSA_RESIDUAL' && !highNeedOnOther.has(unit.id));
  const boundary = Math.min(
    ...ranked.filter((u) => u.indicator === 'SALSA_RESIDUAL' && u.fifth === 2).map((u) => u.mean),
  );
  // A high-need unit that would leave the first fifth if a suppressed value in a new year counted as 0 (its
  // latest three years would then be 0 and its two latest values), and one outside it, with three years.
  const fragile = units.find((unit) => {
    const latest = salsa(unit.id);
    return unit.fifth === 1 && latest.length >= 3 && (latest[0].scaled + latest[1].scaled) / 3 > boundary;
  })!;
  const outside = units.find((unit) => unit.fifth === 2 && salsa(unit.id).length >= 3)!;
  expect(fragile).toBeDefined();
  expect(outside).toBeDefined();
  const unitCodes = await platform().query<{ fragile: { unitCode: string }; outside: { unitCode: string } }>(
    `query ($fragile: ID!, $outside: ID!) { fragile: school(id: $fragile) { unitCode } outside: school(id: $outside) { unitCode } }`,
    { fragile: fragile.id, outside: outside.id },
  );
  const { fragile: fragileUnit, outside: outsideUnit } = unitCodes.data!;

  const before = await nationHighNeed();
  expect(before.has(fragile.id)).toBe(true);
  expect(before.has(outside.id)).toBe(false);

  // 2026 is after the demo years: a value there is each unit's latest.
  await importSalsa([
    { unitCode: fragileUnit.unitCode, value: '..' },
    { unitCode: outsideUnit.unitCode, value: '-340' },
  ]);
  const afterImport = await nationHighNeed();
  expect(afterImport.has(fragile.id)).toBe(true); // ".." left out, not 0
  expect(afterImport.has(outside.id)).toBe(true); // −340 now among its latest three years

  await importSalsa([
    { unitCode: fragileUnit.unitCode, value: '.' },
    { unitCode: outsideUnit.unitCode, value: '.' },
  ]);
  const afterMissing = await nationHighNeed();
  expect(afterMissing.has(fragile.id)).toBe(true); // "." left out too
  expect(afterMissing.has(outside.id)).toBe(false); // back to its three reported years
  expect([...afterMissing].sort()).toEqual([...before].sort());
});
