import {
  ADMIN,
  officeUser,
  queryTestDatabase,
  regionalUser,
  useTestPlatform,
  type TestUser,
} from '@lagesbild/test-utils';

// Issue 15: the weekly digest of overdue work, built once a week, against the figures of the follow-up page (the
// overdue list) and the county's work list for the same office and county, read through the gateway.

const platform = useTestPlatform();

const BUILD = 'mutation { buildWeeklyDigest { weekStart built areas } }';

const DIGEST_FIELDS = `weeklyDigest {
  weekStart builtOn overdueCount dueSoonCount highNeedNotReachedCount
  overdue { followUpId reference dueOn daysOverdue office { id } organiser { name } }
  dueSoon { followUpId dueOn daysOverdue }
  highNeedNotReached { id }
}`;

interface Digest {
  weekStart: string;
  builtOn: string;
  overdueCount: number;
  dueSoonCount: number;
  highNeedNotReachedCount: number;
  overdue: { followUpId: string; reference: string; dueOn: string; daysOverdue: number; organiser: { name: string } }[];
  dueSoon: { followUpId: string; dueOn: string; daysOverdue: number | null }[];
  highNeedNotReached: { id: string }[];
}

interface AreaAnswer {
  weeklyDigest: Digest | null;
  overdueFollowUps: {
    totalCount: number;
    nodes: { daysOverdue: number; followUp: { id: string; dueOn: string }; intervention: { reference: string } }[];
  };
  highNeedNotReached: { id: string }[];
}

const AREA_FIELDS = `${DIGEST_FIELDS}
  overdueFollowUps(first: 500) { totalCount nodes { daysOverdue followUp { id dueOn } intervention { reference } } }
  highNeedNotReached { id }`;

async function areaAs(user: TestUser, area: 'office' | 'county', key: string): Promise<AreaAnswer> {
  const query =
    area === 'office'
      ? `query ($key: ID!) { area: office(id: $key) { ${AREA_FIELDS} } }`
      : `query ($key: ID!) { area: county(code: $key) { ${AREA_FIELDS} } }`;
  const answer = await platform().queryAs<{ area: AreaAnswer }>(user, query, { key });
  expect(answer.errors).toBeUndefined();
  return answer.data!.area;
}

/** Builds this week's digest afresh, twice at once, as two replicas turning the day together would. */
async function rebuildTwiceAtOnce() {
  await queryTestDatabase('interventions', 'DELETE FROM digest_week');
  const [first, second] = await Promise.all([platform().queryAs(ADMIN, BUILD), platform().queryAs(ADMIN, BUILD)]);
  return [first, second].map((answer) => {
    expect(answer.errors).toBeUndefined();
    return (answer.data as { buildWeeklyDigest: { weekStart: string; built: boolean; areas: number } })
      .buildWeeklyDigest;
  });
}

test('the week is built once when the build is triggered twice at once, and again later', async () => {
  const builds = await rebuildTwiceAtOnce();
  expect(builds.map((build) => build.built).sort()).toEqual([false, true]);
  // 16 offices and 21 counties, one row each.
  expect(builds.find((build) => build.built)?.areas).toBe(37);
  const again = await platform().queryAs(ADMIN, BUILD);
  expect(again.data).toEqual({ buildWeeklyDigest: { weekStart: builds[0].weekStart, built: false, areas: 0 } });
  const rows = await queryTestDatabase<{ weeks: number; digests: number }>(
    'interventions',
    'SELECT count(DISTINCT week_start)::int AS weeks, count(*)::int AS digests FROM weekly_digest',
  );
  expect(rows).toEqual([{ weeks: 1, digests: 37 }]);
});

test.each([
  { who: 'office staff', user: officeUser('UME'), area: 'office' as const, key: 'UME' },
  { who: 'a regional manager', user: regionalUser('01'), area: 'county' as const, key: '01' },
])('$who read a digest whose figures are the follow-up page’s and the work list’s', async ({ user, area, key }) => {
  await rebuildTwiceAtOnce();
  const answer = await areaAs(user, area, key);
  const digest = answer.weeklyDigest!;
  expect(digest).not.toBeNull();
  // The demo data has overdue work here, so the equalities below compare something.
  expect(answer.overdueFollowUps.totalCount).toBeGreaterThan(0);
  expect(digest.overdueCount).toBe(answer.overdueFollowUps.totalCount);
  expect(digest.overdue.map((row) => [row.followUpId, row.dueOn, row.daysOverdue, row.reference])).toEqual(
    answer.overdueFollowUps.nodes.map((row) => [
      row.followUp.id,
      row.followUp.dueOn,
      row.daysOverdue,
      row.intervention.reference,
    ]),
  );
  // Names come through the gateway from the schools subgraph, by the ids the digest keeps.
  expect(digest.overdue.every((row) => row.organiser.name.length > 0)).toBe(true);
  expect(digest.highNeedNotReachedCount).toBe(answer.highNeedNotReached.length);
  expect(digest.highNeedNotReached.map((school) => school.id).sort()).toEqual(
    answer.highNeedNotReached.map((school) => school.id).sort(),
  );
  // Due in the next 14 days: open, not overdue, within the two weeks from the day built.
  const lastDay = new Date(`${digest.builtOn}T00:00:00Z`);
  lastDay.setUTCDate(lastDay.getUTCDate() + 14);
  expect(digest.dueSoonCount).toBe(digest.dueSoon.length);
  for (const row of digest.dueSoon) {
    expect(row.dueOn >= digest.builtOn && row.dueOn <= lastDay.toISOString().slice(0, 10)).toBe(true);
    expect(row.daysOverdue).toBeNull();
  }
});

test('a digest is read within scope only: another office’s and another county’s come back null', async () => {
  const other = await platform().queryAs<{ office: { weeklyDigest: unknown } | null }>(
    officeUser('UME'),
    '{ office(id: "LUL") { weeklyDigest { overdueCount } } }',
  );
  expect(other.data?.office?.weeklyDigest ?? null).toBeNull();
  const county = await platform().queryAs<{ county: { weeklyDigest: unknown } | null }>(
    regionalUser('17'),
    '{ county(code: "01") { weeklyDigest { overdueCount } } }',
  );
  expect(county.data?.county?.weeklyDigest ?? null).toBeNull();
});

test('only admins may build the digest by hand', async () => {
  const refused = await platform().queryAs(officeUser('UME'), BUILD);
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
