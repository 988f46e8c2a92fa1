import { userFromClaims, type User } from '@lagesbild/auth';
import { beginScopedRequest, identityOf } from '@lagesbild/subgraph-kit';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { storedDigest, type StoredDigest } from './weeklyDigest.service';

// The calendar feed of the weekly digest's due dates (issue 15): each overdue follow-up and each one due within 14
// days as an all-day event on its due date, for the areas whose digest the feed's owner reads.

/** Where the gateway serves a feed: /calendar/<secret>.ics (the subgraph answers the same path). */
export const FEED_PATH = '/calendar';

export const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A new feed's secret: 32 random bytes, URL-safe; only its SHA-256 is stored. */
export const newFeedSecret = () => randomBytes(32).toString('base64url');

/** The digests a feed's owner follows: their office's, or each of their counties'. */
function feedAreas(user: User): { kind: 'office' | 'county'; code: string }[] {
  if (user.role === 'office' && user.officeId) return [{ kind: 'office', code: user.officeId }];
  return user.counties.map((code) => ({ kind: 'county', code }));
}

function calendarOf(digests: { area: string; digest: StoredDigest }[]): string {
  const calendar = ical({ name: 'Lägesbild: uppföljningar', method: ICalCalendarMethod.PUBLISH, ttl: 6 * 3600 });
  for (const { area, digest } of digests) {
    for (const [list, overdue] of [
      [digest.overdue, true],
      [digest.dueSoon, false],
    ] as const) {
      for (const followUp of list) {
        calendar.createEvent({
          id: `${followUp.followUpId}-${area}@lagesbild`,
          start: new Date(`${followUp.dueOn}T00:00:00Z`),
          allDay: true,
          summary: `${overdue ? 'Försenad uppföljning' : 'Uppföljning'}: ${followUp.reference}`,
          description: `Uppföljning av insats ${followUp.reference} (${followUp.kind}), kontor ${followUp.officeId}. Veckosammanställning ${digest.weekStart}.`,
        });
      }
    }
  }
  return calendar.toString();
}

export type FeedAnswer = { status: 200; body: string } | { status: 401; body: string };

/**
 * A feed's calendar, or why not. The secret is the only credential: a sign-in token in its place is simply an
 * unknown secret. The digests are read under the owner's scope, as their own requests would read them.
 */
export async function calendarFeed(dataSource: DataSource, secret: string): Promise<FeedAnswer> {
  const refused = {
    status: 401 as const,
    body: 'This calendar feed does not exist or was revoked. Create a new one on the digest page.',
  };
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(secret)) return refused;
  // Also notes the fetch as the feed's last use (migration CalendarFeedLastUse), for its owner to see.
  const [owner] = await dataSource.query('SELECT * FROM use_calendar_feed($1)', [sha256(secret)]);
  if (!owner) return refused;
  const user = userFromClaims({
    sub: owner.subject,
    name: owner.name,
    role: owner.role,
    counties: owner.counties,
    office: owner.office_id ?? undefined,
  });
  const request = await beginScopedRequest(dataSource, identityOf(user), 10_000);
  try {
    const digests: { area: string; digest: StoredDigest }[] = [];
    for (const area of feedAreas(user)) {
      const digest = await storedDigest(request.dataSource, area, null);
      if (digest) digests.push({ area: `${area.kind}-${area.code}`, digest });
    }
    await request.finish(true);
    return { status: 200, body: calendarOf(digests) };
  } catch (error) {
    await request.finish(false);
    throw error;
  }
}
