import { queryTestDatabase, testDatabaseUrl, useTestPlatform, type GraphQLResponse } from '@lagesbild/test-utils';
import { Client } from 'pg';
import { rawFirstSupport } from './rawFirstSupport';

// Regional coverage (issue #4) through the gateway: the figures recomputed here from the interventions database's
// raw rows and each area's scope as the graph gives it, by the definitions in the schema's descriptions.

const platform = useTestPlatform();

interface ScopeSchool {
  id: string;
  organiserId: string;
  organiserType: string;
  schoolForm: string;
  municipalityCode: string;
}

interface RawIntervention {
  id: string;
  kind: string;
  origin: string;
  organiser_id: string;
  identified_on: string;
  offered_on: string | null;
  accepted_on: string | null;
  started_on: string | null;
  completed_on: string | null;
  followed_up_on: string | null;
  schools: string[];
}

interface Period {
  from: string;
  to: string;
}

interface Filter {
  schoolForm?: string;
  organiserType?: string;
  kind?: string;
  origin?: string;
}

const COVERAGE = `period { from to } organisers organisersReached organisersReachedByOutreach organisersReachedByRequest
  schools schoolsReached schoolsReachedByOutreach schoolsReachedByRequest highNeedSchools highNeedSchoolsReached
  funnel { organisers contacted offered accepted started followedUp }`;
const SCOPE =
  'scope { schools { id organiserId organiserType schoolForm municipalityCode } } highNeed { schools { id } }';

interface Area {
  scope: { schools: ScopeSchool[] };
  highNeed: { schools: { id: string }[] };
  coverage: Record<string, unknown>;
  highNeedNotReached: { id: string; name: string }[];
}

async function rawInterventions(): Promise<RawIntervention[]> {
  const client = new Client({ connectionString: testDatabaseUrl('interventions') });
  await client.connect();
  try {
    const { rows } = await client.query<RawIntervention>(`
      SELECT i.id, i.kind, i.origin, i.organiser_id, i.identified_on::text, i.offered_on::text,
        i.accepted_on::text, i.started_on::text, i.completed_on::text, i.followed_up_on::text,
        coalesce((SELECT array_agg(t.school_id::text) FROM intervention_school t WHERE t.intervention_id = i.id), '{}')
          AS schools
      FROM intervention i ORDER BY i.id`);
    return rows;
  } finally {
    await client.end();
  }
}

/**
 * The answer to a query and the raw rows it was computed from. Other test files write interventions into the same
 * database meanwhile, so the rows are read before and after, and the query repeated until they agree.
 */
async function consistently<T>(
  query: () => Promise<GraphQLResponse<T>>,
): Promise<{ data: T; rows: RawIntervention[] }> {
  for (let attempt = 0; ; attempt++) {
    const before = await rawInterventions();
    // High need comes to the interventions subgraph by replication: the figure waits for what outcomes published.
    await platform().replicasCaughtUp();
    const answer = await query();
    const after = await rawInterventions();
    expect(answer.errors).toBeUndefined();
    if (JSON.stringify(before) === JSON.stringify(after) || attempt === 4) return { data: answer.data!, rows: after };
  }
}

// The definitions, written again from their descriptions.
const STEPS = ['identified_on', 'offered_on', 'accepted_on', 'started_on', 'completed_on', 'followed_up_on'] as const;
const countsIn = (i: RawIntervention, p: Period) =>
  STEPS.some((s) => i[s] !== null && i[s]! >= p.from && i[s]! <= p.to);
const reached = (
  i: RawIntervention,
  to: string,
  step: 'offered_on' | 'accepted_on' | 'started_on' | 'followed_up_on',
) => i[step] !== null && i[step]! <= to;

function expectedCoverage(area: Area, rows: RawIntervention[], period: Period, filter: Filter = {}) {
  const schools = area.scope.schools.filter(
    (s) =>
      (!filter.schoolForm || s.schoolForm === filter.schoolForm) &&
      (!filter.organiserType || s.organiserType === filter.organiserType),
  );
  const organisers = new Set(schools.map((s) => s.organiserId));
  const counting = rows.filter(
    (i) =>
      organisers.has(i.organiser_id) &&
      countsIn(i, period) &&
      (!filter.kind || i.kind === filter.kind) &&
      (!filter.origin || i.origin === filter.origin),
  );
  const reaching = (s: ScopeSchool) =>
    counting.filter((i) => i.organiser_id === s.organiserId && (i.schools.length === 0 || i.schools.includes(s.id)));
  const of = (organiserId: string) => counting.filter((i) => i.organiser_id === organiserId);
  const highNeed = new Set(area.highNeed.schools.map((school) => school.id));
  const count = <T>(items: Iterable<T>, test: (item: T) => boolean) => [...items].filter(test).length;
  const funnel = (step: Parameters<typeof reached>[2]) =>
    count(organisers, (o) => of(o).some((i) => reached(i, period.to, step)));
  return {
    period,
    organisers: organisers.size,
    organisersReached: count(organisers, (o) => of(o).length > 0),
    organisersReachedByOutreach: count(organisers, (o) => of(o).some((i) => i.origin === 'OUTREACH')),
    organisersReachedByRequest: count(organisers, (o) => of(o).some((i) => i.origin === 'REQUEST')),
    schools: schools.length,
    schoolsReached: count(schools, (s) => reaching(s).length > 0),
    schoolsReachedByOutreach: count(schools, (s) => reaching(s).some((i) => i.origin === 'OUTREACH')),
    schoolsReachedByRequest: count(schools, (s) => reaching(s).some((i) => i.origin === 'REQUEST')),
    highNeedSchools: count(schools, (s) => highNeed.has(s.id)),
    highNeedSchoolsReached: count(schools, (s) => highNeed.has(s.id) && reaching(s).length > 0),
    funnel: {
      organisers: organisers.size,
      contacted: count(organisers, (o) => of(o).length > 0),
      offered: funnel('offered_on'),
      accepted: funnel('accepted_on'),
      started: funnel('started_on'),
      followedUp: funnel('followed_up_on'),
    },
    notReached: schools.filter((s) => highNeed.has(s.id) && reaching(s).length === 0).map((s) => s.id),
  };
}

const YEAR_2024 = { from: '2024-01-01', to: '2024-12-31' };
const COUNTIES = ['01', '12', '25'];

test('counties’ coverage, funnel and work list match the raw rows, in the default period and another', async () => {
  const { data, rows } = await consistently(() =>
    platform().query<{ nation: { counties: (Area & { code: string; y2024: Area['coverage'] })[] } }>(
      `query ($period: PeriodInput) { nation { counties { code ${SCOPE}
        coverage { ${COVERAGE} } y2024: coverage(period: $period) { ${COVERAGE} } highNeedNotReached { id name } } } }`,
      { period: YEAR_2024 },
    ),
  );
  const counties = data.nation.counties.filter((county) => COUNTIES.includes(county.code));
  expect(counties).toHaveLength(COUNTIES.length);
  // The default period is the 12 months up to today, by the Swedish calendar.
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  const [year, month, day] = today.split('-').map(Number);
  const defaultPeriod = {
    from: new Date(Date.UTC(year - 1, month - 1, day + 1)).toISOString().slice(0, 10),
    to: today,
  };
  for (const county of counties) {
    const { notReached, ...expected } = expectedCoverage(county, rows, defaultPeriod);
    expect({ code: county.code, ...county.coverage }).toEqual({ code: county.code, ...expected });
    const { notReached: notReachedIn2024, ...in2024 } = expectedCoverage(county, rows, YEAR_2024);
    expect(county.y2024).toEqual(in2024);
    expect(notReachedIn2024.length).toBeGreaterThan(0);
    // The work list is the high-need schools not reached, each with its name from the schools subgraph.
    expect(county.highNeedNotReached.map((school) => school.id).sort()).toEqual([...notReached].sort());
    for (const school of county.highNeedNotReached) expect(school.name).toEqual(expect.any(String));
  }
  // The figures are not all zeros: the comparison means something.
  const stockholm = counties[0].coverage as ReturnType<typeof expectedCoverage>;
  expect(stockholm.schoolsReached).toBeGreaterThan(0);
  expect(stockholm.funnel.followedUp).toBeGreaterThan(0);
  expect(stockholm.highNeedSchools).toBeGreaterThan(0);
});

test('the nation adds up its counties’ schools, and counts an organiser in several counties once', async () => {
  const answer = await platform().query<{
    nation: {
      coverage: Record<string, number>;
      counties: { scope: Area['scope']; coverage: Record<string, number> }[];
    };
  }>(
    `{ nation { coverage { ${COVERAGE} } counties { scope { schools { id organiserId } } coverage { ${COVERAGE} } } } }`,
  );
  expect(answer.errors).toBeUndefined();
  const { nation } = answer.data!;
  const sum = (field: string) => nation.counties.reduce((total, county) => total + county.coverage[field], 0);
  for (const field of [
    'schools',
    'schoolsReached',
    'schoolsReachedByOutreach',
    'highNeedSchools',
    'highNeedSchoolsReached',
  ]) {
    expect({ field, value: nation.coverage[field] }).toEqual({ field, value: sum(field) });
  }
  const organisers = new Set(nation.counties.flatMap((county) => county.scope.schools.map((s) => s.organiserId)));
  expect(nation.coverage.organisers).toBe(organisers.size);
  // Some organisers run schools in several counties, so the counties' organisers add up to more than the nation's.
  expect(sum('organisers')).toBeGreaterThan(nation.coverage.organisers);
  expect(sum('organisersReached')).toBeGreaterThanOrEqual(nation.coverage.organisersReached);
});

test('an office’s coverage is that of its municipalities’ scope', async () => {
  const { data, rows } = await consistently(() =>
    platform().query<{ office: Area & { municipalities: (Area & { code: string })[] } }>(
      `{ office(id: "SOL") { ${SCOPE} coverage { ${COVERAGE} } highNeedNotReached { id }
        municipalities { code ${SCOPE} coverage { ${COVERAGE} } } } }`,
    ),
  );
  const { office } = data;
  const ids = (schools: { id: string }[]) => schools.map((s) => s.id).sort();
  expect(ids(office.scope.schools)).toEqual(ids(office.municipalities.flatMap((m) => m.scope.schools)));
  const { notReached, ...expected } = expectedCoverage(office, rows, office.coverage.period as Period);
  expect(office.coverage).toEqual(expected);
  expect(ids(office.highNeedNotReached)).toEqual([...notReached].sort());
  const sum = (field: string) => office.municipalities.reduce((total, m) => total + (m.coverage[field] as number), 0);
  expect(office.coverage.schools).toBe(sum('schools'));
  expect(office.coverage.schoolsReached).toBe(sum('schoolsReached'));
  expect(office.coverage.organisers).toBeLessThanOrEqual(sum('organisers'));
});

test('filters narrow the scope and the interventions that count', async () => {
  const { data, rows } = await consistently(() =>
    platform().query<{ county: Area & Record<string, Area['coverage']> }>(
      `{ county(code: "01") { ${SCOPE}
        all: coverage { ${COVERAGE} }
        grundskola: coverage(filter: { schoolForm: GRUNDSKOLA }) { ${COVERAGE} }
        independent: coverage(filter: { organiserType: INDEPENDENT }) { ${COVERAGE} }
        advice: coverage(filter: { kind: ADVICE }) { ${COVERAGE} }
        outreach: coverage(filter: { origin: OUTREACH }) { ${COVERAGE} } } }`,
    ),
  );
  const { county } = data;
  const period = county.all.period as Period;
  const filters: Record<string, Filter> = {
    grundskola: { schoolForm: 'GRUNDSKOLA' },
    independent: { organiserType: 'INDEPENDENT' },
    advice: { kind: 'ADVICE' },
    outreach: { origin: 'OUTREACH' },
  };
  for (const [alias, filter] of Object.entries(filters)) {
    const { notReached, ...expected } = expectedCoverage(county, rows, period, filter);
    expect(notReached).toBeDefined();
    expect({ alias, ...county[alias] }).toEqual({ alias, ...expected });
    expect(county[alias].schoolsReached as number).toBeLessThanOrEqual(county.all.schoolsReached as number);
  }
  expect(county.grundskola.schools as number).toBeLessThan(county.all.schools as number);
  expect(county.independent.organisers as number).toBeLessThan(county.all.organisers as number);
  // Only outreach counting: the schools reached are those reached through outreach.
  expect(county.outreach.schoolsReached).toBe(county.all.schoolsReachedByOutreach);
  expect(county.outreach.schoolsReachedByRequest).toBe(0);
});

test('a period in which nothing happened gives zeros, and a period that ends before it begins is refused', async () => {
  const answer = await platform().query<{
    county: { coverage: Record<string, unknown>; highNeedNotReached: unknown[] };
  }>(
    `{ county(code: "12") { coverage(period: { from: "1990-01-01", to: "1990-12-31" }) { ${COVERAGE} }
      highNeedNotReached(period: { from: "1990-01-01", to: "1990-12-31" }) { id } } }`,
  );
  expect(answer.errors).toBeUndefined();
  const { coverage, highNeedNotReached } = answer.data!.county;
  expect(coverage.schools).toBeGreaterThan(0);
  expect(coverage).toMatchObject({
    organisersReached: 0,
    schoolsReached: 0,
    schoolsReachedByOutreach: 0,
    schoolsReachedByRequest: 0,
    highNeedSchoolsReached: 0,
    funnel: { contacted: 0, offered: 0, accepted: 0, started: 0, followedUp: 0 },
  });
  expect(highNeedNotReached).toHaveLength(coverage.highNeedSchools as number);

  const refused = await platform().query(
    `{ county(code: "12") { name coverage(period: { from: "2025-02-01", to: "2025-01-01" }) { schools } } }`,
  );
  expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(refused.errors?.[0].message).toMatch(/period\.from/);
});

test('grouped coverage: each group is the nation narrowed to it, with the entity it names', async () => {
  const answer = await platform().query<{
    nation: {
      byCounty: (Record<string, unknown> & { key: string; county: { code: string; name: string } })[];
      byOffice: (Record<string, unknown> & { key: string; office: { id: string; town: string } })[];
      byYear: (Record<string, unknown> & { key: string; year: number; period: Period })[];
      byKind: (Record<string, unknown> & { key: string; kind: string })[];
      byForm: (Record<string, unknown> & { key: string; schoolForm: string })[];
      counties: { code: string; coverage: Record<string, unknown> }[];
      offices: { id: string; coverage: Record<string, unknown> }[];
      coverage: Record<string, number>;
    };
  }>(`{ nation {
    byCounty: coverageBy(groupBy: COUNTY) { key county { code name } ${COVERAGE} }
    byOffice: coverageBy(groupBy: OFFICE) { key office { id town } ${COVERAGE} }
    byYear: coverageBy(groupBy: YEAR, period: { from: "2023-07-01", to: "2025-06-30" }) { key year ${COVERAGE} }
    byKind: coverageBy(groupBy: KIND) { key kind ${COVERAGE} }
    byForm: coverageBy(groupBy: SCHOOL_FORM) { key schoolForm ${COVERAGE} }
    counties { code coverage { ${COVERAGE} } }
    offices { id coverage { ${COVERAGE} } }
    coverage { ${COVERAGE} }
  } }`);
  expect(answer.errors).toBeUndefined();
  const { nation } = answer.data!;
  const strip = ({ key, county, office, year, kind, schoolForm, ...figures }: Record<string, unknown>) => {
    expect(key).toEqual(expect.any(String));
    expect([county, office, year, kind, schoolForm].filter((v) => v != null)).toHaveLength(1);
    return figures;
  };
  expect(nation.byCounty.map((g) => g.key)).toEqual(nation.counties.map((c) => c.code));
  for (const [i, group] of nation.byCounty.entries()) {
    expect(group.county.code).toBe(group.key);
    expect(group.county.name).toMatch(/län$/);
    expect(strip(group)).toEqual(nation.counties[i].coverage);
  }
  expect(nation.byOffice.map((g) => g.key)).toEqual(nation.offices.map((o) => o.id));
  for (const [i, group] of nation.byOffice.entries()) {
    expect(group.office.town).toEqual(expect.any(String));
    expect(strip(group)).toEqual(nation.offices[i].coverage);
  }
  expect(nation.byYear.map((g) => g.year)).toEqual([2023, 2024, 2025]);
  expect(nation.byYear.map((g) => g.period)).toEqual([
    { from: '2023-07-01', to: '2023-12-31' },
    { from: '2024-01-01', to: '2024-12-31' },
    { from: '2025-01-01', to: '2025-06-30' },
  ]);
  expect(nation.byKind).toHaveLength(8);
  const reachedByKind = nation.byKind.map((g) => g.schoolsReached as number);
  expect(Math.max(...reachedByKind)).toBeLessThanOrEqual(nation.coverage.schoolsReached);
  // Every school unit has one form, so the forms' schools add up to the nation's.
  expect(nation.byForm.reduce((sum, g) => sum + (g.schools as number), 0)).toBe(nation.coverage.schools);
});

test('first support as the outcomes subgraph’s replica holds it is each unit’s first day, from the raw rows', async () => {
  const answer = await platform().query<{ county: { scope: { schools: ScopeSchool[] } } }>(
    '{ county(code: "01") { scope { schools { id organiserId } } } }',
  );
  const schools = answer.data!.county.scope.schools;
  await platform().replicasCaughtUp();
  // What the outcomes subgraph compares by (supportComparison.service.ts): the earlier of a unit's own first
  // support and its organiser's as a whole.
  const replicated = await queryTestDatabase<{ school_id: string; first_support_on: string }>(
    'outcomes',
    `SELECT s.id AS school_id, least(u.first_support_on, o.first_support_on)::text AS first_support_on
     FROM unnest($1::uuid[], $2::uuid[]) AS s (id, organiser_id)
     LEFT JOIN interventions.unit_support u ON u.school_id = s.id AND u.organiser_id = s.organiser_id
     LEFT JOIN interventions.organiser_support o ON o.organiser_id = s.organiser_id
     WHERE coalesce(u.first_support_on, o.first_support_on) IS NOT NULL`,
    [schools.map((s) => s.id), schools.map((s) => s.organiserId)],
  );
  const expected = await rawFirstSupport(schools);
  expect(expected.size).toBeGreaterThan(0);
  expect(new Map(replicated.map((row) => [row.school_id, row.first_support_on]))).toEqual(expected);
});

test('a municipality and an organiser have the same figures, from their own scopes', async () => {
  const organisers = await platform().query<{ organisers: { nodes: { id: string; schools: { id: string }[] }[] } }>(
    '{ organisers(first: 500) { nodes { id schools { id } } } }',
  );
  const biggest = organisers.data!.organisers.nodes.sort((a, b) => b.schools.length - a.schools.length)[0];
  const { data, rows } = await consistently(() =>
    platform().query<{ organiser: Area; municipality: Area }>(
      `query ($id: ID!) {
        organiser(id: $id) { ${SCOPE} coverage { ${COVERAGE} } highNeedNotReached { id } }
        municipality(code: "1480") { ${SCOPE} coverage { ${COVERAGE} } highNeedNotReached { id } } }`,
      { id: biggest.id },
    ),
  );
  for (const area of [data.organiser, data.municipality]) {
    const { notReached, ...expected } = expectedCoverage(area, rows, area.coverage.period as Period);
    expect(area.coverage).toEqual(expected);
    expect(area.highNeedNotReached.map((school) => school.id).sort()).toEqual([...notReached].sort());
  }
  expect(data.organiser.coverage.organisers).toBe(1);
  expect(data.organiser.coverage.schools).toBe(biggest.schools.length);
});
