import 'reflect-metadata';
import { freePort } from '@lagesbild/launcher';
import { startSubgraph, swedishToday, type RunningSubgraph } from '@lagesbild/subgraph-kit';
import { createEmptyDatabase, postToSubgraph, regionalUser, type TestUser } from '@lagesbild/test-utils';
import { Client } from 'pg';
import { InterventionKind, InterventionOrigin } from '../entities/interventionEnums';
import { interventionsSubgraph } from '../subgraph';

// Issue #16: every grouped figure family (coverage, follow-up status, intervention counts), for two combinations
// of dimensions on two areas each, against a recomputation written here by hand from the raw rows: the replicas of
// the register, the need classification and the office map, and the interventions, schools named and follow-ups.
// The data is generated from a fixed seed over five municipalities in three counties (one outside the office map),
// so that groups of every dimension have several rows, and some combinations none. Some combinations are answered
// from the rollups (no band, whole years), the others live; both must equal the recomputation.

/** A small deterministic generator (mulberry32), so that the data is the same on every run. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] };
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const MUNICIPALITIES = ['0114', '0180', '1280', '1281', '2480'];
// 2480 (Umeå) is left out of the office map: its units are in no office's group.
const OFFICE_MAP: [string, string][] = [
  ['0114', 'SOL'],
  ['0180', 'STO'],
  ['1280', 'MAL'],
  ['1281', 'MAL'],
];
const today = swedishToday();
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let subgraph: RunningSubgraph;
let client: Client;

/** Organisers: one municipal per municipality, and four independent ones running units in two or three. */
async function seed() {
  const random = generator(16);
  const organisers = [
    ...MUNICIPALITIES.map((code, i) => ({ id: id(100 + i), type: 'MUNICIPAL', municipalities: [code] })),
    ...[0, 1, 2, 3].map((i) => ({
      id: id(200 + i),
      type: 'INDEPENDENT',
      municipalities: [random.pick(MUNICIPALITIES), random.pick(MUNICIPALITIES), random.pick(MUNICIPALITIES)],
    })),
  ];
  const units: { id: string; organiser: string }[] = [];
  for (const organiser of organisers) {
    const count = organiser.type === 'MUNICIPAL' ? 6 : 3;
    for (let k = 0; k < count; k++) {
      const unit = { id: id(1000 + units.length), organiser: organiser.id };
      units.push(unit);
      const band = random.next() < 0.1 ? null : 1 + Math.floor(random.next() * 4);
      await client.query(
        `INSERT INTO schools.school_unit (id, organiser_id, organiser_type, school_form, municipality_code,
          socio_economic_band) VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          unit.id,
          organiser.id,
          organiser.type,
          random.next() < 0.7 ? 'GRUNDSKOLA' : 'GYMNASIESKOLA',
          organiser.municipalities[k % organiser.municipalities.length],
          band,
        ],
      );
      await client.query(
        `INSERT INTO outcomes.school_need (school_id, indicator_code, fifth) VALUES ($1, 'MERIT', $2)`,
        [unit.id, random.next() < 0.3 ? 1 : 3],
      );
    }
    for (const code of new Set(organiser.municipalities)) {
      await client.query('INSERT INTO organiser_area (organiser_id, municipality_code) VALUES ($1, $2)', [
        organiser.id,
        code,
      ]);
    }
  }
  for (const [code, office] of OFFICE_MAP) {
    await client.query(
      'INSERT INTO offices.municipality_office (municipality_code, county_code, office_id) VALUES ($1, $2, $3)',
      [code, code.slice(0, 2), office],
    );
  }
  // Interventions from 2023 to today, each going some steps further, declined or cancelled on the way.
  const start = Date.parse('2023-06-01T00:00:00Z');
  const span = Date.parse(`${today}T00:00:00Z`) - start;
  let followUps = 0;
  for (let n = 0; n < 90; n++) {
    const organiser = random.pick(organisers);
    let day = new Date(start + random.next() * span).toISOString().slice(0, 10);
    const steps: Record<string, string | null> = {};
    const step = (name: string) => {
      day = addDays(day, 5 + Math.floor(random.next() * 90));
      steps[name] = day <= today ? day : null;
      return steps[name] !== null;
    };
    const identified = day;
    if (random.next() < 0.8 && step('offered_on')) {
      if (random.next() < 0.3) step('declined_on');
      else if (step('accepted_on') && step('started_on') && random.next() < 0.7 && step('completed_on')) {
        if (random.next() < 0.5) step('followed_up_on');
      }
    } else if (random.next() < 0.3) step('cancelled_on');
    const office = OFFICE_MAP.find(([code]) => organiser.municipalities.includes(code))?.[1] ?? 'UME';
    await client.query(
      `INSERT INTO intervention (id, reference, kind, origin, status, organiser_id, office_id, identified_on,
        offered_on, accepted_on, declined_on, started_on, completed_on, followed_up_on, cancelled_on)
       VALUES ($1, $2, $3, $4, 'IDENTIFIED', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        id(5000 + n),
        `${office}-2025-${String(n).padStart(4, '0')}`,
        random.pick(Object.values(InterventionKind)),
        random.pick(Object.values(InterventionOrigin)),
        organiser.id,
        office,
        identified,
        ...['offered_on', 'accepted_on', 'declined_on', 'started_on', 'completed_on', 'followed_up_on'].map(
          (name) => steps[name] ?? null,
        ),
        steps.cancelled_on ?? null,
      ],
    );
    // Named units (some of the organiser's), or none: support for the organiser as a whole.
    const own = units.filter((unit) => unit.organiser === organiser.id);
    if (random.next() < 0.6) {
      for (const unit of own.filter(() => random.next() < 0.5)) {
        await client.query('INSERT INTO intervention_school (intervention_id, school_id) VALUES ($1, $2)', [
          id(5000 + n),
          unit.id,
        ]);
      }
    }
    for (let k = 0; k < Math.floor(random.next() * 3); k++) {
      const due = addDays(identified, 60 + 250 * k + Math.floor(random.next() * 240));
      const done = random.next() < 0.4 && due <= today ? addDays(due, -3) : null;
      await client.query(
        'INSERT INTO follow_up (id, intervention_id, due_on, completed_on, assessment) VALUES ($1, $2, $3, $4, $5)',
        [id(20000 + followUps++), id(5000 + n), due, done, done ? 'SOME_EFFECT' : null],
      );
    }
  }
}

beforeAll(async () => {
  database = await createEmptyDatabase('interventions_grouped');
  subgraph = await startSubgraph(interventionsSubgraph, {
    ...process.env,
    INTERVENTIONS_DATABASE_URL: database.url,
    INTERVENTIONS_RUNTIME_DATABASE_URL: database.runtimeUrl,
    PORT: String(await freePort()),
    SEED_DEMO_DATA: 'false',
  });
  // As the tables' owner, who sees every row; the subgraph reads as its runtime role, under row-level security.
  client = new Client({ connectionString: database.url });
  await client.connect();
  await client.query('BEGIN');
  await seed();
  await client.query('COMMIT');
}, 120_000);

afterAll(async () => {
  await client?.end();
  await subgraph?.stop();
  await database?.drop();
});

type Row = Record<string, unknown> & { key: string };

async function grouped(representation: object, field: string, args: string, selection: string, user?: TestUser) {
  return byKey(await answered(representation, field, args, selection, user));
}

/** The rows as the subgraph orders them. */
async function answered(representation: object, field: string, args: string, selection: string, user?: TestUser) {
  const answer = await postToSubgraph<{ _entities: Record<string, Row[]>[] }>(
    subgraph.url,
    `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on ${(representation as { __typename: string }).__typename} { ${field}(${args}) { key ${selection} } } } }`,
    { representations: [representation] },
    user,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!._entities[0][field];
}

// ─── The recomputation ───────────────────────────────────────────────────────────────────────────────────────────
// Plain SQL over the raw rows, one period at a time, by the definitions in the schema's descriptions: a unit's
// group under the dimensions that split the scope (`unitKey`), the interventions' under kind or origin
// (`interventionKey`, a column of intervention, or none), the years by running each year's period.

interface Shape {
  /** Which units the area holds (u: school_unit, m: its office map row). */
  area: string;
  /** The unit's group under the scope's dimensions, joined by '|'; null when it is in none. */
  unitKey: string;
  interventionKey: 'kind' | 'origin' | null;
  periods: { from: string; to: string; key?: string }[];
  /** A filter's condition on the interventions counted (i: intervention), beside the grouping's. */
  where?: string;
}

const KEY_VALUES = { kind: Object.values(InterventionKind), origin: Object.values(InterventionOrigin) };

const COUNTS_IN_PERIOD = `(i.identified_on BETWEEN $1 AND $2 OR i.offered_on BETWEEN $1 AND $2
  OR i.accepted_on BETWEEN $1 AND $2 OR i.started_on BETWEEN $1 AND $2 OR i.completed_on BETWEEN $1 AND $2
  OR i.followed_up_on BETWEEN $1 AND $2)`;

/** The groups (unit key × intervention key) and the interventions' match to one, as CTEs `cell` and `unit`. */
function cellsSql(shape: Shape) {
  const values = shape.interventionKey ? KEY_VALUES[shape.interventionKey] : [''];
  return `unit AS (
      SELECT u.id, u.organiser_id, ${shape.unitKey} AS g,
        EXISTS (SELECT 1 FROM outcomes.school_need n WHERE n.school_id = u.id AND n.fifth = 1) AS high_need
      FROM schools.school_unit u LEFT JOIN offices.municipality_office m USING (municipality_code)
      WHERE ${shape.area} AND ${shape.unitKey} IS NOT NULL
    ),
    cell AS (
      SELECT g, h FROM (SELECT DISTINCT g FROM unit) s
      CROSS JOIN unnest(ARRAY[${values.map((v) => `'${v}'`).join(', ')}]::text[]) AS h
    )`;
}

const matches = (shape: Shape) =>
  `${shape.interventionKey ? `i.${shape.interventionKey} = c.h` : 'true'} AND ${shape.where ?? 'true'}`;

/** Joins the row's key from its parts, as the API lists them (scope, year, then kind or origin). */
const keyOf = (g: string, year: string | undefined, h: string) =>
  [g || null, year, h || null].filter(Boolean).join('|');

async function recompute(shape: Shape, sql: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const period of shape.periods) {
    const result = await client.query(sql, [period.from, period.to]);
    for (const { g, h, ...figures } of result.rows) rows.push({ key: keyOf(g, period.key, h), ...figures });
  }
  return byKey(rows);
}

/** Rows by key, compared code point by code point (the database's collation orders '|' its own way). */
const byKey = (rows: Row[]) => [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

function coverageSql(shape: Shape) {
  const reaches = `EXISTS (SELECT 1 FROM intervention i WHERE i.organiser_id = x.organiser_id AND ${matches(shape)}
    AND ${COUNTS_IN_PERIOD} AND (NOT EXISTS (SELECT 1 FROM intervention_school s WHERE s.intervention_id = i.id)
      OR EXISTS (SELECT 1 FROM intervention_school s WHERE s.intervention_id = i.id AND s.school_id = x.id)))`;
  const reachesOrganiser = `EXISTS (SELECT 1 FROM intervention i WHERE i.organiser_id = o.organiser_id
    AND ${matches(shape)} AND ${COUNTS_IN_PERIOD})`;
  return `WITH ${cellsSql(shape)}
    SELECT c.g, c.h,
      (SELECT count(*)::int FROM unit x WHERE x.g = c.g) AS schools,
      (SELECT count(*)::int FROM unit x WHERE x.g = c.g AND ${reaches}) AS "schoolsReached",
      (SELECT count(*)::int FROM unit x WHERE x.g = c.g AND x.high_need) AS "highNeedSchools",
      (SELECT count(*)::int FROM unit x WHERE x.g = c.g AND x.high_need AND ${reaches}) AS "highNeedSchoolsReached",
      (SELECT count(DISTINCT organiser_id)::int FROM unit x WHERE x.g = c.g) AS organisers,
      (SELECT count(*)::int FROM (SELECT DISTINCT organiser_id FROM unit x WHERE x.g = c.g) o
        WHERE ${reachesOrganiser}) AS "organisersReached"
    FROM cell c`;
}

function followUpSql(shape: Shape) {
  return `WITH ${cellsSql(shape)}, counted AS (
      SELECT c.g, c.h, f.due_on, f.completed_on
      FROM cell c
      JOIN intervention i ON i.organiser_id IN (SELECT organiser_id FROM unit x WHERE x.g = c.g) AND ${matches(shape)}
      JOIN follow_up f ON f.intervention_id = i.id
      WHERE ${COUNTS_IN_PERIOD} OR f.due_on BETWEEN $1 AND $2 OR f.completed_on BETWEEN $1 AND $2
    )
    SELECT c.g, c.h, count(n.due_on)::int AS total,
      count(*) FILTER (WHERE n.completed_on IS NULL AND n.due_on > '${today}'::date + 30)::int AS "notDue",
      count(*) FILTER (WHERE n.completed_on IS NULL AND n.due_on BETWEEN '${today}' AND '${today}'::date + 30)::int
        AS "dueSoon",
      count(*) FILTER (WHERE n.completed_on IS NULL AND n.due_on < '${today}')::int AS overdue,
      count(*) FILTER (WHERE n.completed_on IS NOT NULL)::int AS done
    FROM cell c LEFT JOIN counted n USING (g, h)
    GROUP BY c.g, c.h`;
}

function interventionCountsSql(shape: Shape) {
  const overdue = `EXISTS (SELECT 1 FROM follow_up f WHERE f.intervention_id = i.id AND f.completed_on IS NULL
    AND f.due_on < '${today}' AND (${COUNTS_IN_PERIOD} OR f.due_on BETWEEN $1 AND $2))`;
  return `WITH ${cellsSql(shape)}, counted AS (
      SELECT c.g, c.h, i.*, ${COUNTS_IN_PERIOD} AS counts, ${overdue} AS overdue
      FROM cell c
      JOIN intervention i ON i.organiser_id IN (SELECT organiser_id FROM unit x WHERE x.g = c.g) AND ${matches(shape)}
    )
    SELECT c.g, c.h,
      count(*) FILTER (WHERE n.counts)::int AS total,
      count(*) FILTER (WHERE n.offered_on BETWEEN $1 AND $2)::int AS offered,
      count(*) FILTER (WHERE n.declined_on BETWEEN $1 AND $2)::int AS declined,
      count(*) FILTER (WHERE n.started_on BETWEEN $1 AND $2)::int AS started,
      count(*) FILTER (WHERE n.completed_on BETWEEN $1 AND $2)::int AS completed,
      count(*) FILTER (WHERE n.overdue)::int AS overdue,
      (count(*) FILTER (WHERE n.offered_on BETWEEN $1 AND $2 AND n.declined_on IS NOT NULL))::float
        / nullif(count(*) FILTER (WHERE n.offered_on BETWEEN $1 AND $2), 0) AS "declinedShare"
    FROM cell c LEFT JOIN counted n USING (g, h)
    GROUP BY c.g, c.h`;
}

// ─── The shapes ──────────────────────────────────────────────────────────────────────────────────────────────────

const Y2025 = { from: '2025-01-01', to: '2025-12-31' };
const YEARS = ['2024', '2025', '2026'].map((year) => ({ from: `${year}-01-01`, to: `${year}-12-31`, key: year }));
const nation = { __typename: 'Nation', id: 'SE' };
const county = (code: string) => ({ __typename: 'County', code });
const inCounty = (code: string) => `left(u.municipality_code, 2) = '${code}'`;

const COVERAGE = 'schools schoolsReached highNeedSchools highNeedSchoolsReached organisers organisersReached';
const FOLLOW_UPS = 'total notDue dueSoon overdue done';
const COUNTS = 'total offered declined started completed overdue declinedShare';

test('coverage by county and school form on the nation (rollups), and by band and origin in a county (live)', async () => {
  const byCountyAndForm = await grouped(
    nation,
    'coverageGrouped',
    'groupBy: [SCHOOL_FORM, COUNTY], period: { from: "2025-01-01", to: "2025-12-31" }',
    `${COVERAGE} county { code } schoolForm`,
  );
  const byCounty: Shape = {
    area: 'true',
    unitKey: `left(u.municipality_code, 2) || '|' || u.school_form`,
    interventionKey: null,
    periods: [Y2025],
  };
  const expected = await recompute(byCounty, coverageSql(byCounty));
  expect(
    byCountyAndForm.map(({ county: c, schoolForm, ...row }) => {
      expect(row.key).toBe(`${(c as { code: string }).code}|${schoolForm}`);
      return row;
    }),
  ).toEqual(expected);
  expect(expected.length).toBeGreaterThan(3);
  expect(expected.some((row) => Number(row.schoolsReached) > 0)).toBe(true);

  const shape: Shape = {
    area: inCounty('01'),
    unitKey: 'u.socio_economic_band::text',
    interventionKey: 'origin',
    periods: [Y2025],
  };
  const byBandAndOrigin = await grouped(
    county('01'),
    'coverageGrouped',
    'groupBy: [ORIGIN, SOCIO_ECONOMIC_BAND], period: { from: "2025-01-01", to: "2025-12-31" }',
    `${COVERAGE} socioEconomicBand origin`,
  );
  const rows = await recompute(shape, coverageSql(shape));
  expect(
    byBandAndOrigin.map(({ socioEconomicBand, origin, ...row }) => {
      expect(row.key).toBe(`${socioEconomicBand}|${origin}`);
      return row;
    }),
  ).toEqual(rows);
  expect(rows.length % 3).toBe(0);
  expect(rows.length).toBeGreaterThan(3);
});

test('follow-up status by office and kind on the nation (rollups), and by band and year in a county (live)', async () => {
  const byOfficeAndKind: Shape = { area: 'true', unitKey: 'm.office_id', interventionKey: 'kind', periods: [Y2025] };
  const nationRows = await grouped(
    nation,
    'followUpStatusGrouped',
    'groupBy: [KIND, OFFICE], period: { from: "2025-01-01", to: "2025-12-31" }',
    FOLLOW_UPS,
  );
  expect(nationRows).toEqual(await recompute(byOfficeAndKind, followUpSql(byOfficeAndKind)));
  // 2480 is on no office's map: three offices, each by every kind.
  expect(nationRows.length).toBe(3 * Object.values(InterventionKind).length);
  expect(nationRows.some((row) => Number(row.overdue) > 0)).toBe(true);

  const byBandAndYear: Shape = {
    area: inCounty('12'),
    unitKey: 'u.socio_economic_band::text',
    interventionKey: null,
    periods: YEARS,
  };
  const countyRows = await grouped(
    county('12'),
    'followUpStatusGrouped',
    'groupBy: [YEAR, SOCIO_ECONOMIC_BAND], period: { from: "2024-01-01", to: "2026-12-31" }',
    `${FOLLOW_UPS} socioEconomicBand year`,
  );
  const expected = await recompute(byBandAndYear, followUpSql(byBandAndYear));
  expect(
    countyRows.map(({ socioEconomicBand, year, ...row }) => {
      expect(row.key).toBe(`${socioEconomicBand}|${year}`);
      return row;
    }),
  ).toEqual(expected);
  expect(expected.some((row) => Number(row.total) > 0)).toBe(true);
});

test('intervention counts by office and origin on the nation, and by municipality and year in a county', async () => {
  const byOfficeAndOrigin: Shape = {
    area: 'true',
    unitKey: 'm.office_id',
    interventionKey: 'origin',
    periods: [Y2025],
  };
  const nationRows = await grouped(
    nation,
    'interventionCountsGrouped',
    'groupBy: [OFFICE, ORIGIN], period: { from: "2025-01-01", to: "2025-12-31" }',
    `${COUNTS} office { id } origin`,
  );
  const expected = await recompute(byOfficeAndOrigin, interventionCountsSql(byOfficeAndOrigin));
  expect(
    nationRows.map(({ office, origin, ...row }) => {
      expect(row.key).toBe(`${(office as { id: string }).id}|${origin}`);
      return row;
    }),
  ).toEqual(expected);
  expect(expected.some((row) => Number(row.declined) > 0)).toBe(true);

  const byMunicipalityAndYear: Shape = {
    area: inCounty('01'),
    unitKey: 'u.municipality_code::text',
    interventionKey: null,
    periods: YEARS,
  };
  const countyRows = await grouped(
    county('01'),
    'interventionCountsGrouped',
    'groupBy: [MUNICIPALITY, YEAR], period: { from: "2024-01-01", to: "2026-12-31" }',
    COUNTS,
  );
  const rows = await recompute(byMunicipalityAndYear, interventionCountsSql(byMunicipalityAndYear));
  expect(countyRows).toEqual(rows);
  expect(rows.length).toBe(2 * 3);
});

test('intervention counts take their own filter: by kind and origin, organiser type and school form', async () => {
  // On the nation by county and year, only outreach to independent organisers.
  const independentOutreach: Shape = {
    area: `u.organiser_type = 'INDEPENDENT'`,
    unitKey: 'left(u.municipality_code, 2)',
    interventionKey: null,
    periods: YEARS,
    where: `i.origin = 'OUTREACH'`,
  };
  const nationRows = await grouped(
    nation,
    'interventionCountsGrouped',
    'groupBy: [COUNTY, YEAR], period: { from: "2024-01-01", to: "2026-12-31" }, filter: { origin: OUTREACH, organiserType: INDEPENDENT }',
    COUNTS,
  );
  const expected = await recompute(independentOutreach, interventionCountsSql(independentOutreach));
  expect(nationRows).toEqual(expected);
  expect(expected.some((row) => Number(row.total) > 0)).toBe(true);
  // The filter narrowed something: without it the counts are larger somewhere.
  const unfiltered = await grouped(
    nation,
    'interventionCountsGrouped',
    'groupBy: [COUNTY, YEAR], period: { from: "2024-01-01", to: "2026-12-31" }',
    COUNTS,
  );
  const totals = (rows: Row[]) => rows.reduce((sum, row) => sum + Number(row.total), 0);
  expect(totals(unfiltered)).toBeGreaterThan(totals(nationRows));

  // In a county by origin, only the commonest kind, for organisers running a grundskola there.
  const { rows } = await client.query<{ kind: string }>(
    'SELECT kind FROM intervention GROUP BY kind ORDER BY count(*) DESC, kind LIMIT 1',
  );
  const kind = rows[0].kind;
  const grundskolaKind: Shape = {
    area: `${inCounty('12')} AND u.school_form = 'GRUNDSKOLA'`,
    unitKey: `''`,
    interventionKey: 'origin',
    periods: [{ from: '2023-01-01', to: today }],
    where: `i.kind = '${kind}'`,
  };
  const countyRows = await grouped(
    county('12'),
    'interventionCountsGrouped',
    `groupBy: [ORIGIN], period: { from: "2023-01-01", to: "${today}" }, filter: { kind: ${kind}, schoolForm: GRUNDSKOLA }`,
    `${COUNTS} origin`,
  );
  const counted = await recompute(grundskolaKind, interventionCountsSql(grundskolaKind));
  expect(countyRows.map(({ origin: _origin, ...row }) => row)).toEqual(counted);
  expect(counted.some((row) => Number(row.total) > 0)).toBe(true);
});

test('the municipalities with the lowest share reached, in one request: ordered by the share and cut', async () => {
  const shape: Shape = { area: 'true', unitKey: 'u.municipality_code::text', interventionKey: null, periods: [Y2025] };
  const all = await recompute(shape, coverageSql(shape));
  const share = (row: Row) => Number(row.schoolsReached) / Number(row.schools);
  const lowest = [...all]
    .sort((a, b) => share(a) - share(b) || a.key.localeCompare(b.key))
    .slice(0, 3)
    .map((row) => ({ key: row.key, schoolsReachedShare: share(row) }));
  const answer = await answered(
    nation,
    'coverageGrouped',
    'groupBy: [MUNICIPALITY], period: { from: "2025-01-01", to: "2025-12-31" }, orderBy: { field: SCHOOLS_REACHED_SHARE }, limit: 3',
    'schoolsReachedShare',
  );
  expect(answer).toEqual(lowest);
  // Not all equal, or the order would prove nothing.
  expect(new Set(all.map(share)).size).toBeGreaterThan(2);

  const highestDeclined = await answered(
    nation,
    'interventionCountsGrouped',
    'groupBy: [OFFICE], period: { from: "2025-01-01", to: "2025-12-31" }, orderBy: { field: DECLINED_SHARE, direction: DESC }, limit: 2',
    'declinedShare',
  );
  const byOffice: Shape = { area: 'true', unitKey: 'm.office_id', interventionKey: null, periods: [Y2025] };
  const shares = (await recompute(byOffice, interventionCountsSql(byOffice)))
    .map((row) => ({ key: row.key, declinedShare: row.declinedShare as number | null }))
    .sort((a, b) => (b.declinedShare ?? -1) - (a.declinedShare ?? -1) || a.key.localeCompare(b.key));
  expect(highestDeclined).toEqual(shares.slice(0, 2));
});

test('a regional manager’s grouped figures are those of their own county, of the nation’s or an organiser’s', async () => {
  // An independent organiser with units in county 12 and in another.
  const { rows } = await client.query<{ organiser_id: string }>(
    `SELECT organiser_id FROM schools.school_unit WHERE organiser_type = 'INDEPENDENT' GROUP BY organiser_id
     HAVING bool_or(left(municipality_code, 2) = '12') AND bool_or(left(municipality_code, 2) <> '12')
     ORDER BY organiser_id LIMIT 1`,
  );
  const organiser = { __typename: 'Organiser', id: rows[0].organiser_id };
  const regional = regionalUser('12');
  const period = 'period: { from: "2025-01-01", to: "2025-12-31" }';
  for (const [field, selection] of [
    ['coverageGrouped', COVERAGE],
    ['followUpStatusGrouped', FOLLOW_UPS],
    ['interventionCountsGrouped', COUNTS],
  ]) {
    const args = `groupBy: [COUNTY, ORGANISER_TYPE], ${period}`;
    const national = await grouped(nation, field, args, selection);
    expect(national.map((row) => row.key.slice(0, 2))).toEqual(expect.arrayContaining(['01', '12', '24']));
    const own = national.filter((row) => row.key.startsWith('12|'));
    expect(own.length).toBeGreaterThan(0);
    expect(await grouped(county('12'), field, args, selection, regional)).toEqual(own);

    // The organiser's units outside county 12 are not theirs to count.
    const byCounty = `groupBy: [COUNTY], ${period}`;
    const all = await grouped(organiser, field, byCounty, selection);
    expect(all.length).toBeGreaterThan(1);
    expect(await grouped(organiser, field, byCounty, selection, regional)).toEqual(
      all.filter((row) => row.key === '12'),
    );
  }
});

test('grouping asks for each dimension once, and a limit within bounds', async () => {
  const ask = async (args: string) =>
    postToSubgraph(
      subgraph.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Nation { coverageGrouped(${args}) { key } } } }`,
      { r: [nation] },
    );
  const twice = await ask('groupBy: [COUNTY, YEAR, COUNTY]');
  expect(twice.errors?.[0]).toMatchObject({
    message: 'groupBy names COUNTY more than once; name each dimension once.',
    extensions: { code: 'BAD_USER_INPUT' },
  });
  const none = await ask('groupBy: []');
  expect(none.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  for (const limit of [0, 501]) {
    const outside = await ask(`groupBy: [COUNTY], limit: ${limit}`);
    expect(outside.errors?.[0]).toMatchObject({
      message: `limit must be between 1 and 500, not ${limit}.`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
});

test('a grouping that could give more than 20,000 combinations is refused, naming its dimensions', async () => {
  const ask = async (field: string, args: string) =>
    postToSubgraph(
      subgraph.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Nation { ${field}(${args}) { key } } } }`,
      { r: [nation] },
    );
  const dimensions =
    'groupBy: [ORIGIN, KIND, SOCIO_ECONOMIC_BAND, MUNICIPALITY], period: { from: "2025-01-01", to: "2025-12-31" }';
  for (const field of ['coverageGrouped', 'followUpStatusGrouped', 'interventionCountsGrouped']) {
    const refused = await ask(field, dimensions);
    expect(refused.errors?.[0]).toMatchObject({
      message:
        'Grouping by MUNICIPALITY, SOCIO_ECONOMIC_BAND, KIND and ORIGIN could give up to 27,840 combinations ' +
        '(290 × 4 × 8 × 3), more than the 20,000 one request may ask for. Group by fewer dimensions, or narrow the ' +
        'request with a filter or a shorter period.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    // A filter that fixes the kind leaves one kind: 3,480 at most, answered.
    const narrowed = await ask(field, `${dimensions}, filter: { kind: ADVICE }`);
    expect(narrowed.errors).toBeUndefined();
  }
  // Years count too: by municipality, band and origin over eight years is 27,840 again.
  const years = await ask(
    'coverageGrouped',
    'groupBy: [MUNICIPALITY, SOCIO_ECONOMIC_BAND, ORIGIN, YEAR], period: { from: "2019-01-01", to: "2026-12-31" }',
  );
  expect(years.errors?.[0]?.message).toMatch(
    /^Grouping by MUNICIPALITY, SOCIO_ECONOMIC_BAND, YEAR and ORIGIN could give up to 27,840/,
  );
});
