import { testDatabaseUrl, useTestPlatform, type GraphQLResponse } from '@lagesbild/test-utils';
import { Client } from 'pg';

// Follow-up status and the overdue list (issue #4) through the gateway, recomputed here from the interventions
// database's raw rows and each area's scope as the graph gives it, by the definitions in the schema.

const platform = useTestPlatform();

interface Period {
  from: string;
  to: string;
}

interface RawFollowUp {
  id: string;
  due_on: string;
  completed_on: string | null;
  intervention_id: string;
  reference: string;
  kind: string;
  origin: string;
  organiser_id: string;
  office_id: string;
  steps: (string | null)[];
}

interface ScopeSchool {
  organiserId: string;
  organiserType: string;
  schoolForm: string;
}

type Counts = Record<string, unknown> & { total: number; overdue: number };

const COUNTS = 'total notDue dueSoon overdue done ageing { days1To30 days31To90 days91To180 over180Days }';
const SCOPE = 'scope { schools { organiserId organiserType schoolForm } }';

async function rawFollowUps(): Promise<RawFollowUp[]> {
  const client = new Client({ connectionString: testDatabaseUrl('interventions') });
  await client.connect();
  try {
    const { rows } = await client.query<RawFollowUp>(`
      SELECT f.id, f.due_on::text, f.completed_on::text, i.id AS intervention_id, i.reference, i.kind, i.origin,
        i.organiser_id, i.office_id,
        ARRAY[i.identified_on, i.offered_on, i.accepted_on, i.started_on, i.completed_on, i.followed_up_on]::text[]
          AS steps
      FROM follow_up f JOIN intervention i ON i.id = f.intervention_id ORDER BY f.id`);
    return rows;
  } finally {
    await client.end();
  }
}

/** The answer and the rows it came from, read again until no other test wrote in between. */
async function consistently<T>(query: () => Promise<GraphQLResponse<T>>): Promise<{ data: T; rows: RawFollowUp[] }> {
  for (let attempt = 0; ; attempt++) {
    const before = await rawFollowUps();
    const answer = await query();
    const after = await rawFollowUps();
    expect(answer.errors).toBeUndefined();
    if (JSON.stringify(before) === JSON.stringify(after) || attempt === 4) return { data: answer.data!, rows: after };
  }
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
const daysFrom = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const within = (day: string | null, p: Period) => day !== null && day >= p.from && day <= p.to;

function status(f: RawFollowUp, day: string) {
  if (f.completed_on) return 'done';
  const left = daysFrom(day, f.due_on);
  return left < 0 ? 'overdue' : left <= 30 ? 'dueSoon' : 'notDue';
}

function counts(followUps: RawFollowUp[], day: string) {
  const of = (s: string) => followUps.filter((f) => status(f, day) === s);
  const overdue = of('overdue').map((f) => daysFrom(f.due_on, day));
  const aged = (min: number, max: number) => overdue.filter((d) => d >= min && d <= max).length;
  return {
    total: followUps.length,
    notDue: of('notDue').length,
    dueSoon: of('dueSoon').length,
    overdue: overdue.length,
    done: of('done').length,
    ageing: {
      days1To30: aged(1, 30),
      days31To90: aged(31, 90),
      days91To180: aged(91, 180),
      over180Days: aged(181, 1e9),
    },
  };
}

function groups(followUps: RawFollowUp[], key: (f: RawFollowUp) => string, day: string) {
  const keys = [...new Set(followUps.map(key))].sort();
  return keys.map((k) => ({
    key: k,
    ...counts(
      followUps.filter((f) => key(f) === k),
      day,
    ),
  }));
}

/** The follow-ups an area's figure counts: of its organisers' interventions, counting in the period by either date. */
function counted(schools: ScopeSchool[], rows: RawFollowUp[], period: Period, filter: Record<string, string> = {}) {
  const organisers = new Set(
    schools
      .filter(
        (s) =>
          (!filter.schoolForm || s.schoolForm === filter.schoolForm) &&
          (!filter.organiserType || s.organiserType === filter.organiserType),
      )
      .map((s) => s.organiserId),
  );
  return rows.filter(
    (f) =>
      organisers.has(f.organiser_id) &&
      (!filter.kind || f.kind === filter.kind) &&
      (!filter.origin || f.origin === filter.origin) &&
      (f.steps.some((step) => within(step, period)) || within(f.due_on, period) || within(f.completed_on, period)),
  );
}

interface Summary extends Counts {
  period: Period;
  byKind: (Counts & { kind: string })[];
  byOffice: (Counts & { office: { id: string; town: string } })[];
}

const SUMMARY = `period { from to } ${COUNTS} byKind { kind ${COUNTS} } byOffice { office { id town } ${COUNTS} }`;

test('counties’ follow-up status, ageing, by kind and by office match the raw rows', async () => {
  const { data, rows } = await consistently(() =>
    platform().query<{
      nation: {
        counties: { code: string; scope: { schools: ScopeSchool[] }; followUpStatus: Summary; y2024: Summary }[];
      };
    }>(
      `{ nation { counties { code ${SCOPE} followUpStatus { ${SUMMARY} }
        y2024: followUpStatus(period: { from: "2024-01-01", to: "2024-12-31" }) { ${SUMMARY} } } } }`,
    ),
  );
  const day = today();
  for (const county of data.nation.counties.filter((c) => ['01', '12', '25'].includes(c.code))) {
    for (const summary of [county.followUpStatus, county.y2024]) {
      const followUps = counted(county.scope.schools, rows, summary.period);
      const { period, byKind, byOffice, ...totals } = summary;
      expect({ code: county.code, period, ...totals }).toEqual({
        code: county.code,
        period,
        ...counts(followUps, day),
      });
      expect(byKind.map(({ kind, ...rest }) => ({ key: kind, ...rest }))).toEqual(
        groups(followUps, (f) => f.kind, day),
      );
      expect(byOffice.map(({ office, ...rest }) => ({ key: office.id, ...rest }))).toEqual(
        groups(followUps, (f) => f.office_id, day),
      );
      // Every follow-up has one kind and one responsible office, so both splits add up to the total.
      expect(byKind.reduce((sum, g) => sum + g.total, 0)).toBe(summary.total);
      expect(byOffice.reduce((sum, g) => sum + g.total, 0)).toBe(summary.total);
      for (const group of byOffice) expect(group.office.town).toEqual(expect.any(String));
    }
  }
  const stockholm = data.nation.counties[0].followUpStatus;
  expect(stockholm.total).toBeGreaterThan(0);
  expect(stockholm.overdue).toBeGreaterThan(0);
  expect(stockholm.done).toBeGreaterThan(0);
});

test('the overdue list holds every overdue follow-up in scope, oldest first, page after page', async () => {
  interface Node {
    daysOverdue: number;
    followUp: { id: string; dueOn: string; status: string; intervention: { id: string } };
    intervention: { id: string; reference: string };
  }
  type Connection = { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: Node[] };
  const query = `query ($after: String) { county(code: "01") { ${SCOPE}
    overdueFollowUps(first: 4, after: $after) { totalCount pageInfo { endCursor hasNextPage }
      nodes { daysOverdue followUp { id dueOn status intervention { id } } intervention { id reference } } } } }`;
  type Page = { county: { scope: { schools: ScopeSchool[] }; overdueFollowUps: Connection } };
  /** All pages, one after another, as one answer. */
  async function allPages(): Promise<GraphQLResponse<{ scope: { schools: ScopeSchool[] }; pages: Connection[] }>> {
    const pages: Connection[] = [];
    let answer: GraphQLResponse<Page>;
    do {
      answer = await platform().query<Page>(query, { after: pages[pages.length - 1]?.pageInfo.endCursor ?? null });
      if (answer.errors) return { ...answer, data: null };
      pages.push(answer.data!.county.overdueFollowUps);
    } while (pages[pages.length - 1].pageInfo.hasNextPage);
    return { ...answer, data: { scope: answer.data!.county.scope, pages } };
  }
  const { data, rows } = await consistently(allPages);
  const day = today();
  const organisers = new Set(data.scope.schools.map((s) => s.organiserId));
  const expected = rows
    .filter((f) => organisers.has(f.organiser_id) && status(f, day) === 'overdue')
    .sort((a, b) => (a.due_on === b.due_on ? (a.id < b.id ? -1 : 1) : a.due_on < b.due_on ? -1 : 1));
  expect(expected.length).toBeGreaterThan(4);
  const nodes = data.pages.flatMap((page) => page.nodes);
  expect(data.pages.every((page) => page.totalCount === expected.length)).toBe(true);
  expect(data.pages.slice(0, -1).every((page) => page.nodes.length === 4)).toBe(true);
  expect(nodes.map((node) => node.followUp.id)).toEqual(expected.map((f) => f.id));
  for (const [i, node] of nodes.entries()) {
    expect(node.followUp.status).toBe('OVERDUE');
    expect(node.daysOverdue).toBe(daysFrom(expected[i].due_on, day));
    expect(node.intervention).toEqual({ id: expected[i].intervention_id, reference: expected[i].reference });
    expect(node.followUp.intervention.id).toBe(expected[i].intervention_id);
  }
});

test('the overdue list refuses a page size out of range and a cursor it did not give out', async () => {
  for (const [args, field] of [
    ['first: 0', 'first'],
    ['first: 501', 'first'],
    ['after: "not-a-cursor"', 'after'],
  ]) {
    const answer = await platform().query(`{ county(code: "01") { name overdueFollowUps(${args}) { totalCount } } }`);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    // The rest of the answer survives.
    expect(answer.data).toMatchObject({ county: { name: 'Stockholms län', overdueFollowUps: null } });
  }
});

test('filters narrow, an empty period gives zeros, and the nation’s groups are the nation narrowed to each', async () => {
  const answer = await platform().query<{
    nation: {
      all: Summary;
      advice: Summary;
      independent: Summary;
      empty: Summary;
      byCounty: (Counts & { key: string; county: { code: string } })[];
      byKind: (Counts & { key: string; kind: string })[];
      byYear: (Counts & { key: string; year: number; period: Period })[];
      counties: { code: string; followUpStatus: Summary }[];
    };
  }>(`{ nation {
    all: followUpStatus { ${SUMMARY} }
    advice: followUpStatus(filter: { kind: ADVICE }) { ${SUMMARY} }
    independent: followUpStatus(filter: { organiserType: INDEPENDENT }) { ${SUMMARY} }
    empty: followUpStatus(period: { from: "1990-01-01", to: "1990-12-31" }) { ${SUMMARY} }
    byCounty: followUpStatusBy(groupBy: COUNTY) { key county { code } ${COUNTS} }
    byKind: followUpStatusBy(groupBy: KIND) { key kind ${COUNTS} }
    byYear: followUpStatusBy(groupBy: YEAR, period: { from: "2024-03-01", to: "2025-12-31" }) { key year period { from to } ${COUNTS} }
    counties { code followUpStatus { ${COUNTS} } }
  } }`);
  expect(answer.errors).toBeUndefined();
  const { nation } = answer.data!;
  const countsOf = ({ total, notDue, dueSoon, overdue, done, ageing }: Record<string, unknown>) => ({
    total,
    notDue,
    dueSoon,
    overdue,
    done,
    ageing,
  });
  const advice = nation.all.byKind.find((group) => group.kind === 'ADVICE')!;
  expect(countsOf(nation.advice)).toEqual(countsOf(advice));
  expect(nation.advice.byKind.map((group) => group.kind)).toEqual(['ADVICE']);
  expect(nation.independent.total).toBeLessThan(nation.all.total);
  expect(countsOf(nation.empty)).toEqual({
    total: 0,
    notDue: 0,
    dueSoon: 0,
    overdue: 0,
    done: 0,
    ageing: { days1To30: 0, days31To90: 0, days91To180: 0, over180Days: 0 },
  });
  expect(nation.empty.byKind).toEqual([]);
  expect(nation.byCounty.map((group) => group.county.code)).toEqual(nation.counties.map((county) => county.code));
  for (const [i, group] of nation.byCounty.entries()) {
    expect(countsOf(group)).toEqual(countsOf(nation.counties[i].followUpStatus));
  }
  for (const group of nation.byKind) {
    const ofKind = nation.all.byKind.find((kind) => kind.kind === group.kind);
    expect(countsOf(group)).toEqual(ofKind ? countsOf(ofKind) : countsOf(nation.empty));
  }
  expect(nation.byYear.map((group) => [group.year, group.period])).toEqual([
    [2024, { from: '2024-03-01', to: '2024-12-31' }],
    [2025, { from: '2025-01-01', to: '2025-12-31' }],
  ]);
});
