import { AuditRefusals, recordAudit } from '@lagesbild/subgraph-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { InterventionsContext } from '../context';
import { FEED_PATH, newFeedSecret, sha256 } from '../services/calendarFeed.service';
import { CalendarFeed } from '../types/calendarFeed';

// A user's calendar feeds (issue 15): office staff and regional managers, whose digests a feed carries. Row-level
// security shows each user their own feeds only.

const FEED_COLUMNS = `id, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt",
  to_char(revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "revokedAt",
  to_char(last_used_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "lastUsedAt"`;

@Resolver()
export class CalendarFeedResolver {
  @Authorized('office', 'regional')
  @Query(() => [CalendarFeed], { description: 'Your calendar feeds, newest first.' })
  calendarFeeds(@Ctx() ctx: InterventionsContext): Promise<CalendarFeed[]> {
    return ctx.dataSource.query(
      `SELECT ${FEED_COLUMNS}, NULL AS path FROM calendar_feed WHERE subject = $1 ORDER BY created_at DESC`,
      [ctx.user.subject],
    );
  }

  @Authorized('office', 'regional')
  @UseMiddleware(AuditRefusals)
  @Mutation(() => CalendarFeed, {
    description:
      'Makes a calendar feed of your weekly digest’s due dates; its secret path is given in this answer only.',
  })
  async createCalendarFeed(@Ctx() ctx: InterventionsContext): Promise<CalendarFeed> {
    const secret = newFeedSecret();
    const { user } = ctx;
    const [feed] = await ctx.dataSource.query(
      `INSERT INTO calendar_feed (token_sha256, subject, name, role, counties, office_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${FEED_COLUMNS}`,
      [sha256(secret), user.subject, user.name, user.role, user.counties, user.officeId],
    );
    await recordAudit(ctx.dataSource, user, { action: 'createCalendarFeed', summary: `feed ${feed.id}`, rows: 1 });
    return { ...feed, path: `${FEED_PATH}/${secret}.ics` };
  }

  @Authorized('office', 'regional')
  @UseMiddleware(AuditRefusals)
  @Mutation(() => CalendarFeed, {
    nullable: true,
    description: 'Revokes one of your calendar feeds: its URL answers no more. Null when you have no feed of that id.',
  })
  async revokeCalendarFeed(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: InterventionsContext,
  ): Promise<CalendarFeed | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const [feed] = await ctx.dataSource.query(
      // As a SELECT over the UPDATE, so that the driver answers with the rows (an UPDATE's answer is rows and a count).
      `WITH revoked AS (
         UPDATE calendar_feed SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 AND subject = $2 RETURNING *
       )
       SELECT ${FEED_COLUMNS}, NULL AS path FROM revoked`,
      [id, ctx.user.subject],
    );
    if (!feed) return null;
    await recordAudit(ctx.dataSource, ctx.user, { action: 'revokeCalendarFeed', summary: `feed ${id}`, rows: 1 });
    return feed;
  }
}
