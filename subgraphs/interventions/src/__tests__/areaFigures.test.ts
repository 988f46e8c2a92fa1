import 'reflect-metadata';
import { OrganiserType, SchoolForm } from '@lagesbild/domain';
import { freePort } from '@lagesbild/launcher';
import { startSubgraph, type RunningSubgraph } from '@lagesbild/subgraph-kit';
import { createEmptyDatabase, postToSubgraph, sqlStatementCount } from '@lagesbild/test-utils';
import { Client } from 'pg';
import { swedishToday } from '@lagesbild/subgraph-kit';
import { interventionsSubgraph } from '../subgraph';

// The definitions of issue #4's figures, case by case: the subgraph over a database of its own holding a few
// interventions chosen to sit on the edges (a step on the period's first or last day, a declined or cancelled one,
// an organiser-wide one, a step taken after the period) and its replicas of a few school units, asked through
// `_entities` with representations as the gateway sends them.

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const A = id(100); // a municipal organiser, three schools in 0114
const B = id(200); // an independent organiser, one school in 0180 and one in 1280
const [a1, a2, a3, b1, b2] = [id(101), id(102), id(103), id(201), id(202)];

// The register, the office map and the need classification as this subgraph's replicas hold them (issue #13),
// written here directly as logical replication would: [school, organiser, municipality, school form, high need].
const UNITS: [string, string, string, SchoolForm, boolean][] = [
  [a1, A, '0114', SchoolForm.GRUNDSKOLA, false],
  [a2, A, '0114', SchoolForm.GRUNDSKOLA, true],
  [a3, A, '0114', SchoolForm.GYMNASIESKOLA, false],
  [b1, B, '0180', SchoolForm.GRUNDSKOLA, true],
  [b2, B, '1280', SchoolForm.GRUNDSKOLA, true],
];
const OFFICE_MAP: [string, string][] = [
  ['0114', 'SOL'],
  ['0180', 'STO'],
  ['1280', 'MAL'],
];
// Figures are asked for by the area's key alone, as the gateway sends it.
const county01 = { __typename: 'County', code: '01' };
const county12 = { __typename: 'County', code: '12' };
const nation = { __typename: 'Nation', id: 'SE' };

type Steps = Partial<
  Record<'offered' | 'accepted' | 'declined' | 'started' | 'completed' | 'followedUp' | 'cancelled', string>
>;
const INTERVENTIONS: [number, string, string[], string, string, string, string, Steps][] = [
  // n, organiser, schools named, origin, kind, office, identified, later steps
  [
    1,
    A,
    [],
    'OUTREACH',
    'ADVICE',
    'SOL',
    '2025-01-10',
    { offered: '2025-02-01', accepted: '2025-02-15', started: '2025-03-01' },
  ],
  [2, A, [a1], 'REQUEST', 'TRAINING', 'SOL', '2024-05-01', { offered: '2024-05-10', declined: '2025-01-05' }],
  [3, B, [b1], 'REQUEST', 'ADVICE', 'STO', '2025-06-01', { offered: '2025-06-10', declined: '2025-07-01' }],
  [
    4,
    B,
    [b2],
    'OUTREACH',
    'QUALITY_DIALOGUE',
    'GBG',
    '2024-01-01',
    {
      offered: '2024-02-01',
      accepted: '2024-03-01',
      started: '2024-04-01',
      completed: '2024-12-01',
      followedUp: '2025-03-01',
    },
  ],
  [5, A, [a3], 'OUTREACH', 'STUDENT_HEALTH', 'SOL', '2025-12-01', { offered: '2025-12-31', accepted: '2026-01-10' }],
  [6, A, [a2], 'REQUEST', 'ADVICE', 'SOL', '2026-01-01', {}],
  [7, B, [], 'PROGRAMME_REFERRAL', 'STATE_GRANT', 'STO', '2024-12-31', { cancelled: '2025-02-01' }],
  [8, B, [b1], 'REQUEST', 'ADVICE', 'STO', '2023-01-01', { offered: '2023-01-10', accepted: '2023-02-01' }],
];

const today = swedishToday();
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const FOLLOW_UPS: [number, number, string, string | null][] = [
  // n, intervention, due, completed
  [1, 1, addDays(today, -30), null],
  [2, 4, '2025-01-15', '2025-03-01'],
  [3, 1, addDays(today, 10), null],
  [4, 1, addDays(today, 100), null],
  [5, 2, '2024-07-01', null],
  [6, 3, addDays(today, -181), null],
  [7, 1, addDays(today, -31), null],
  [8, 1, addDays(today, -180), null],
];

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let subgraph: RunningSubgraph;

beforeAll(async () => {
  database = await createEmptyDatabase('interventions_figures');
  subgraph = await startSubgraph(interventionsSubgraph, {
    ...process.env,
    INTERVENTIONS_DATABASE_URL: database.url,
    INTERVENTIONS_RUNTIME_DATABASE_URL: database.runtimeUrl,
    PORT: String(await freePort()),
    SEED_DEMO_DATA: 'false',
  });
  const client = new Client({ connectionString: database.url });
  await client.connect();
  for (const [schoolId, organiserId, municipalityCode, schoolForm, highNeed] of UNITS) {
    await client.query(
      `INSERT INTO schools.school_unit (id, organiser_id, organiser_type, school_form, municipality_code)
       VALUES ($1, $2, $3, $4, $5)`,
      [
        schoolId,
        organiserId,
        organiserId === A ? OrganiserType.MUNICIPAL : OrganiserType.INDEPENDENT,
        schoolForm,
        municipalityCode,
      ],
    );
    await client.query(`INSERT INTO outcomes.school_need (school_id, indicator_code, fifth) VALUES ($1, 'MERIT', $2)`, [
      schoolId,
      highNeed ? 1 : 3,
    ]);
  }
  for (const [municipalityCode, officeId] of OFFICE_MAP) {
    await client.query(
      'INSERT INTO offices.municipality_office (municipality_code, county_code, office_id) VALUES ($1, $2, $3)',
      [municipalityCode, municipalityCode.slice(0, 2), officeId],
    );
  }
  for (const [n, organiser, schools, origin, kind, office, identified, steps] of INTERVENTIONS) {
    await client.query(
      `INSERT INTO intervention (id, reference, kind, origin, status, organiser_id, office_id, identified_on, offered_on,
        accepted_on, declined_on, started_on, completed_on, followed_up_on, cancelled_on)
       VALUES ($1, $2, $3, $4, 'IDENTIFIED', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        id(n),
        `${office}-2025-${String(n).padStart(4, '0')}`,
        kind,
        origin,
        organiser,
        office,
        identified,
        steps.offered,
        steps.accepted,
        steps.declined,
        steps.started,
        steps.completed,
        steps.followedUp,
        steps.cancelled,
      ],
    );
    for (const schoolId of schools) {
      await client.query('INSERT INTO intervention_school (intervention_id, school_id) VALUES ($1, $2)', [
        id(n),
        schoolId,
      ]);
    }
  }
  for (const [n, intervention, dueOn, completedOn] of FOLLOW_UPS) {
    await client.query(
      `INSERT INTO follow_up (id, intervention_id, due_on, completed_on, assessment) VALUES ($1, $2, $3, $4, $5)`,
      [id(1000 + n), id(intervention), dueOn, completedOn, completedOn ? 'SOME_EFFECT' : null],
    );
  }
  await client.end();
}, 60_000);

afterAll(async () => {
  await subgraph?.stop();
  await database?.drop();
});

async function entities<T>(representations: object[], selection: string): Promise<T[]> {
  const answer = await postToSubgraph<{ _entities: T[] }>(
    subgraph.url,
    `query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`,
    { representations },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!._entities;
}

const COVERAGE = `period { from to } organisers organisersReached organisersReachedByOutreach organisersReachedByRequest
  schools schoolsReached schoolsReachedByOutreach schoolsReachedByRequest highNeedSchools highNeedSchoolsReached
  funnel { organisers contacted offered accepted started followedUp }`;
const Y2025 = '{ from: "2025-01-01", to: "2025-12-31" }';

test('reached: named schools, or all the organiser’s for organiser-wide support; declined and cancelled steps do not count', async () => {
  const [c01, c12] = await entities<{ coverage: object }>(
    [county01, county12],
    `... on County { coverage(period: ${Y2025}) { ${COVERAGE} } }`,
  );
  // 1 (organiser-wide, A), 3 (b1, B), 4 (b2, B; followed up in 2025) and 5 (offered on the period's last day)
  // count; 2 was declined in 2025 but no counting step falls in it, 6 begins the day after, 7 the day before.
  expect(c01.coverage).toEqual({
    period: { from: '2025-01-01', to: '2025-12-31' },
    organisers: 2,
    organisersReached: 2,
    organisersReachedByOutreach: 2, // A by 1, B by 4 (for B, though about a school in another county)
    organisersReachedByRequest: 1, // B by 3
    schools: 4,
    schoolsReached: 4, // a1, a2 and a3 by 1, b1 by 3
    schoolsReachedByOutreach: 3,
    schoolsReachedByRequest: 1,
    highNeedSchools: 2,
    highNeedSchoolsReached: 2,
    // A got furthest with 1 (started), B with 4 (followed up in the period); 5 is only offered by 31 December.
    funnel: { organisers: 2, contacted: 2, offered: 2, accepted: 2, started: 2, followedUp: 1 },
  });
  expect(c12.coverage).toMatchObject({
    schools: 1,
    schoolsReached: 1,
    schoolsReachedByOutreach: 1,
    schoolsReachedByRequest: 0,
  });
});

test('the funnel counts the steps reached by the period’s end, cumulatively', async () => {
  const [c01] = await entities<{ coverage: { funnel: object } }>(
    [county01],
    `... on County { coverage(period: { from: "2024-01-01", to: "2024-12-31" }) { funnel { organisers contacted offered accepted started followedUp } } }`,
  );
  // A: 2 (offered, then declined). B: 7 (identified on 31 December) and 4 (started; followed up only in 2025).
  expect(c01.coverage.funnel).toEqual({
    organisers: 2,
    contacted: 2,
    offered: 2,
    accepted: 1,
    started: 1,
    followedUp: 0,
  });
});

test('the work list is the high-need schools not reached; an area without school units counts zeros', async () => {
  const [c01, c03] = await entities<{
    highNeedNotReached: { id: string }[] | null;
    coverage: { schools: number; highNeedSchools: number } | null;
  }>(
    [county01, { __typename: 'County', code: '03' }],
    `... on County { highNeedNotReached(period: { from: "2026-01-01", to: "2026-12-31" }) { id } coverage { schools highNeedSchools } }`,
  );
  // In 2026, 5 (a3) and 6 (a2) count: of the high-need a2 and b1, b1 is left.
  expect(c01.highNeedNotReached).toEqual([{ id: b1 }]);
  expect(c03).toEqual({ highNeedNotReached: [], coverage: { schools: 0, highNeedSchools: 0 } });
});

test('school form and organiser type narrow the school units counted', async () => {
  const [c01] = await entities<Record<'gymnasium' | 'independent', { schools: number; schoolsReached: number }>>(
    [county01],
    `... on County {
      gymnasium: coverage(period: ${Y2025}, filter: { schoolForm: GYMNASIESKOLA }) { schools schoolsReached }
      independent: coverage(period: ${Y2025}, filter: { organiserType: INDEPENDENT }) { schools schoolsReached }
    }`,
  );
  expect(c01).toEqual({ gymnasium: { schools: 1, schoolsReached: 1 }, independent: { schools: 1, schoolsReached: 1 } });
});

test('follow-up status, ageing on the buckets’ edges, by kind and by responsible office', async () => {
  const counts = 'total notDue dueSoon overdue done ageing { days1To30 days31To90 days91To180 over180Days }';
  const [c01] = await entities<{ followUpStatus: object }>(
    [county01],
    `... on County { followUpStatus(period: ${Y2025}) { ${counts} byKind { kind total } byOffice { office { id } total overdue } } }`,
  );
  // 5 is left out: its intervention (2, declined) has no counting step in 2025 and it fell due in 2024.
  expect(c01.followUpStatus).toEqual({
    total: 7,
    notDue: 1,
    dueSoon: 1,
    overdue: 4,
    done: 1,
    ageing: { days1To30: 1, days31To90: 1, days91To180: 1, over180Days: 1 },
    byKind: [
      { kind: 'ADVICE', total: 6 },
      { kind: 'QUALITY_DIALOGUE', total: 1 },
    ],
    byOffice: [
      { office: { id: 'GBG' }, total: 1, overdue: 0 },
      { office: { id: 'SOL' }, total: 5, overdue: 3 },
      { office: { id: 'STO' }, total: 1, overdue: 1 },
    ],
  });
});

test('the overdue list: oldest first whenever its intervention ran, paged, filtered', async () => {
  type Page = {
    totalCount: number;
    pageInfo: { endCursor: string; hasNextPage: boolean };
    nodes: { daysOverdue: number; followUp: { id: string }; intervention: { id: string } }[];
  };
  const list =
    'totalCount pageInfo { endCursor hasNextPage } nodes { daysOverdue followUp { id } intervention { id } }';
  const pages: Page[] = [];
  do {
    const after = pages.length ? `, after: "${pages[pages.length - 1].pageInfo.endCursor}"` : '';
    const [c01] = await entities<{ overdueFollowUps: Page }>(
      [county01],
      `... on County { overdueFollowUps(first: 2${after}) { ${list} } }`,
    );
    pages.push(c01.overdueFollowUps);
  } while (pages[pages.length - 1].pageInfo.hasNextPage);
  expect(pages.map((page) => page.nodes.length)).toEqual([2, 2, 1]);
  expect(pages.every((page) => page.totalCount === 5)).toBe(true);
  const nodes = pages.flatMap((page) => page.nodes);
  expect(nodes.map((node) => node.followUp.id)).toEqual([5, 6, 8, 7, 1].map((n) => id(1000 + n)));
  expect(nodes.map((node) => node.intervention.id)).toEqual([2, 3, 1, 1, 1].map(id));
  expect(nodes.slice(1).map((node) => node.daysOverdue)).toEqual([181, 180, 31, 30]);

  const [advice] = await entities<{ overdueFollowUps: Page }>(
    [county01],
    `... on County { overdueFollowUps(filter: { kind: ADVICE }) { ${list} } }`,
  );
  expect(advice.overdueFollowUps.totalCount).toBe(4);
});

test('first support is published: the earliest start, or acceptance when not started, per organiser and named unit', async () => {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const organisers = await client.query(
    'SELECT organiser_id, first_support_on::text FROM interventions.organiser_support ORDER BY organiser_id',
  );
  const units = await client.query(
    'SELECT school_id, organiser_id, first_support_on::text FROM interventions.unit_support ORDER BY school_id',
  );
  await client.end();
  // Organiser-wide: 1 (A, started); 7 (B) was cancelled before any support. Named: 4 (b2, started), 5 (a3,
  // accepted, not started), 8 (b1, accepted); 2 and 3 were declined and 6 never offered.
  expect(organisers.rows).toEqual([{ organiser_id: A, first_support_on: '2025-03-01' }]);
  expect(units.rows).toEqual([
    { school_id: a3, organiser_id: A, first_support_on: '2026-01-10' },
    { school_id: b1, organiser_id: B, first_support_on: '2023-02-01' },
    { school_id: b2, organiser_id: B, first_support_on: '2024-04-01' },
  ]);
});

test('grouped figures are the figures of each group, all in one statement', async () => {
  const before = await sqlStatementCount(subgraph.url);
  const [grouped, c01, c12] = await entities<
    Record<string, { key: string; schools?: number; schoolsReached?: number; total?: number }[]> & {
      coverage: { schools: number; schoolsReached: number };
    }
  >(
    [nation, county01, county12],
    `... on Nation {
      county: coverageBy(groupBy: COUNTY, period: ${Y2025}) { key schools schoolsReached }
      office: coverageBy(groupBy: OFFICE, period: ${Y2025}) { key schools schoolsReached }
      type: coverageBy(groupBy: ORGANISER_TYPE, period: ${Y2025}) { key schools schoolsReached }
      kind: coverageBy(groupBy: KIND, period: ${Y2025}) { key schoolsReached }
      year: followUpStatusBy(groupBy: YEAR, period: { from: "2024-06-01", to: "2025-12-31" }) { key total }
    }
    ... on County { coverage(period: ${Y2025}) { schools schoolsReached } }`,
  );
  // Coverage for three representations and five groupings, and the follow-ups: two statements, each after one
  // read of the data versions.
  expect((await sqlStatementCount(subgraph.url)) - before).toBe(4);
  expect(grouped.county).toEqual([
    { key: '01', ...c01.coverage },
    { key: '12', ...c12.coverage },
  ]);
  expect(grouped.office).toEqual([
    { key: 'MAL', schools: 1, schoolsReached: 1 },
    { key: 'SOL', schools: 3, schoolsReached: 3 },
    { key: 'STO', schools: 1, schoolsReached: 1 },
  ]);
  expect(grouped.type).toEqual([
    { key: 'INDEPENDENT', schools: 2, schoolsReached: 2 },
    { key: 'MUNICIPAL', schools: 3, schoolsReached: 3 },
  ]);
  expect(grouped.kind.find((group) => group.key === 'ADVICE')).toEqual({ key: 'ADVICE', schoolsReached: 4 });
  expect(grouped.kind.find((group) => group.key === 'TRAINING')).toEqual({ key: 'TRAINING', schoolsReached: 0 });
  expect(grouped.year.map((group) => group.key)).toEqual(['2024', '2025']);
});
