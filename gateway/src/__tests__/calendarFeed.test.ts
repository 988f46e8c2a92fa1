import {
  ADMIN,
  officeUser,
  queryTestDatabase,
  regionalUser,
  testToken,
  useTestPlatform,
  type TestUser,
} from '@lagesbild/test-utils';

// Issue 15: the calendar feed of the weekly digest's due dates, behind a secret per feed that its owner makes and
// revokes; checked against the digest the same user reads through the gateway.

const platform = useTestPlatform();

// The scheduled build may still be under way after start: building now waits for it, or builds the week itself.
beforeAll(async () => {
  const build = await platform().queryAs(ADMIN, 'mutation { buildWeeklyDigest { built } }');
  expect(build.errors).toBeUndefined();
});

const CREATE = 'mutation { createCalendarFeed { id path revokedAt } }';
const REVOKE = 'mutation ($id: ID!) { revokeCalendarFeed(id: $id) { id revokedAt } }';

interface Feed {
  id: string;
  path: string;
  revokedAt: string | null;
}

async function createFeed(user: TestUser): Promise<Feed> {
  const answer = await platform().queryAs<{ createCalendarFeed: Feed }>(user, CREATE);
  expect(answer.errors).toBeUndefined();
  return answer.data!.createCalendarFeed;
}

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${platform().gatewayUrl}${path}`, { headers });

/** Each event's UID and all-day date (YYYY-MM-DD), from the feed's text. */
function eventsOf(ics: string): { uid: string; date: string }[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((event) => {
      const uid = /\r\nUID:([^\r\n]+)/.exec(event)?.[1] ?? '';
      const day = /\r\nDTSTART;VALUE=DATE:(\d{8})/.exec(event)?.[1] ?? '';
      return { uid, date: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}` };
    });
}

test.each([
  { who: 'office staff', user: officeUser('UME'), area: '{ office(id: "UME") { weeklyDigest { ...D } } }' },
  { who: 'a regional manager', user: regionalUser('01'), area: '{ county(code: "01") { weeklyDigest { ...D } } }' },
])('$who subscribe to a feed holding their digest’s due dates', async ({ user, area }) => {
  const feed = await createFeed(user);
  expect(feed.path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const digestAnswer = await platform().queryAs<{
    office?: { weeklyDigest: DigestDates };
    county?: { weeklyDigest: DigestDates };
  }>(user, `${area} fragment D on WeeklyDigest { overdue { followUpId dueOn } dueSoon { followUpId dueOn } }`);
  expect(digestAnswer.errors).toBeUndefined();
  const digest = (digestAnswer.data!.office ?? digestAnswer.data!.county)!.weeklyDigest;
  const response = await get(feed.path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  const ics = await response.text();
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  const expected = [...digest.overdue, ...digest.dueSoon];
  expect(expected.length).toBeGreaterThan(0);
  const events = eventsOf(ics);
  expect(events.map((event) => [event.uid.split('-').slice(0, 5).join('-'), event.date]).sort()).toEqual(
    expected.map((row) => [row.followUpId, row.dueOn]).sort(),
  );
});

interface DigestDates {
  overdue: { followUpId: string; dueOn: string }[];
  dueSoon: { followUpId: string; dueOn: string }[];
}

test('a feed is refused without its secret, with a wrong one, with a sign-in token, and once revoked', async () => {
  const user = officeUser('UME');
  const feed = await createFeed(user);
  expect((await get(feed.path)).status).toBe(200);
  expect((await get('/calendar/.ics')).status).toBe(401);
  const wrong = feed.path.replace(/^\/calendar\/.{5}/, '/calendar/AAAAA');
  expect((await get(wrong)).status).toBe(401);
  // The normal sign-in token opens no feed, in the URL or as the bearer of a wrong secret.
  const token = await testToken(user);
  expect((await get(`/calendar/${token}.ics`)).status).toBe(401);
  const withBearer = await get(wrong, { authorization: `Bearer ${token}` });
  expect(withBearer.status).toBe(401);
  expect(await withBearer.text()).toContain('does not exist or was revoked');
  // Nobody else revokes it; its owner does, and then it answers no more.
  const other = await platform().queryAs<{ revokeCalendarFeed: Feed | null }>(officeUser('LUL'), REVOKE, {
    id: feed.id,
  });
  expect(other.data?.revokeCalendarFeed).toBeNull();
  expect((await get(feed.path)).status).toBe(200);
  const revoked = await platform().queryAs<{ revokeCalendarFeed: Feed }>(user, REVOKE, { id: feed.id });
  expect(revoked.errors).toBeUndefined();
  expect(revoked.data?.revokeCalendarFeed.revokedAt).toEqual(expect.any(String));
  expect((await get(feed.path)).status).toBe(401);
  // The owner's list shows it revoked, and never its secret again.
  const list = await platform().queryAs<{ calendarFeeds: Feed[] }>(user, '{ calendarFeeds { id path revokedAt } }');
  const listed = list.data?.calendarFeeds.find((row) => row.id === feed.id);
  expect(listed).toEqual({ id: feed.id, path: null, revokedAt: revoked.data?.revokeCalendarFeed.revokedAt });
});

test('a fetch is recorded as the feed’s last use, at most once an hour, for its owner to see', async () => {
  const user = officeUser('UME');
  const feed = await createFeed(user);
  const lastUse = async () => {
    const list = await platform().queryAs<{ calendarFeeds: { id: string; lastUsedAt: string | null }[] }>(
      user,
      '{ calendarFeeds { id lastUsedAt } }',
    );
    expect(list.errors).toBeUndefined();
    return list.data!.calendarFeeds.find((row) => row.id === feed.id)!.lastUsedAt;
  };
  expect(await lastUse()).toBeNull();
  const before = Date.now();
  expect((await get(feed.path)).status).toBe(200);
  const first = await lastUse();
  expect(first).toEqual(expect.any(String));
  // Recorded to the second, so compared with the second the fetch began in.
  expect(Date.parse(first!)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
  expect(Date.parse(first!)).toBeLessThanOrEqual(Date.now());
  // A second fetch within the hour writes nothing.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  expect((await get(feed.path)).status).toBe(200);
  expect(await lastUse()).toBe(first);
  // A fetch more than an hour after the one recorded is recorded.
  await queryTestDatabase(
    'interventions',
    "UPDATE calendar_feed SET last_used_at = now() - interval '2 hours' WHERE id = $1",
    [feed.id],
  );
  const aged = await lastUse();
  expect((await get(feed.path)).status).toBe(200);
  const later = await lastUse();
  expect(Date.parse(later!)).toBeGreaterThan(Date.parse(aged!) + 3600_000);
  // Another user's list never shows it.
  const others = await platform().queryAs<{ calendarFeeds: { id: string }[] }>(
    officeUser('LUL'),
    '{ calendarFeeds { id } }',
  );
  expect(others.data!.calendarFeeds.map((row) => row.id)).not.toContain(feed.id);
});

test('only office staff and regional managers make feeds: the others have no digest of their own', async () => {
  const refused = await platform().queryAs({ role: 'analyst' }, CREATE);
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
