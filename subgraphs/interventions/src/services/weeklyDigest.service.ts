import { identityOf, type FigureArea } from '@lagesbild/subgraph-kit';
import { COUNTIES, MUNICIPALITIES, OFFICES, officeAreaById } from '@lagesbild/reference-data';
import type { DataSource } from 'typeorm';
import type { InterventionsContext } from '../context';
import { areaOverdueFollowUps, areaWorkList } from './areaFigures.service';
import { dueSoonFollowUps, type DigestFollowUp } from './digestDueSoon';
import { encodeOverdueCursor } from './overdueCursor';
import { reportPeriod } from './reportPeriod';

// The weekly digest of overdue work (issue 15): for each office and county, its overdue follow-ups, those due in
// the next 14 days and its high-need schools not reached, computed by the same services as the follow-up page and
// the county's work list, and kept per week so that a digest says what stood on the Monday it was built for.

/** Whom the build acts as: a national scope, since it builds every office's and county's digest. */
export const DIGEST_BUILDER = identityOf({
  subject: 'system:weekly-digest',
  name: 'Veckosammanställning',
  role: 'leadership',
  counties: [],
  officeId: null,
});

export interface OverdueDigestFollowUp extends DigestFollowUp {
  daysOverdue: number;
}

/** The Monday of the ISO week a date (YYYY-MM-DD) falls in. */
export function weekStartOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

function digestAreas(): { area: FigureArea; municipalities: string[] }[] {
  return [
    ...OFFICES.map((office) => ({
      area: { kind: 'office' as const, code: office.id },
      municipalities: [...(officeAreaById(office.id)?.municipalityCodes ?? [])],
    })),
    ...COUNTIES.map((county) => ({
      area: { kind: 'county' as const, code: county.code },
      municipalities: MUNICIPALITIES.filter((m) => m.countyCode === county.code).map((m) => m.code),
    })),
  ];
}

/** Every overdue follow-up of an area, page by page through the overdue list itself. */
async function allOverdue(area: FigureArea, ctx: InterventionsContext): Promise<OverdueDigestFollowUp[]> {
  const all: OverdueDigestFollowUp[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await areaOverdueFollowUps(area, { first: 500, after }, null, ctx);
    if (!page) return all;
    for (const { followUp, intervention, daysOverdue } of page.nodes) {
      all.push({
        followUpId: followUp.id,
        interventionId: intervention.id,
        reference: intervention.reference,
        kind: intervention.kind,
        officeId: intervention.officeId,
        organiserId: intervention.organiserId,
        dueOn: followUp.dueOn,
        daysOverdue,
      });
    }
    const last = page.nodes[page.nodes.length - 1];
    if (!page.pageInfo.hasNextPage || !last) return all;
    after = encodeOverdueCursor({ dueOn: last.followUp.dueOn, id: last.followUp.id });
  }
}

export interface DigestBuild {
  weekStart: string;
  /** False when the week's digest was already built (by this process or another replica). */
  built: boolean;
  areas: number;
}

/**
 * Builds this week's digests in the caller's transaction, once: the week's row in digest_week is claimed first, and
 * a concurrent build (another replica, a second trigger) waits on that row and then finds the week taken.
 */
export async function buildWeeklyDigest(ctx: InterventionsContext): Promise<DigestBuild> {
  const today = ctx.today;
  const weekStart = weekStartOf(today);
  const claimed: unknown[] = await ctx.dataSource.query(
    'INSERT INTO digest_week (week_start) VALUES ($1) ON CONFLICT DO NOTHING RETURNING week_start',
    [weekStart],
  );
  if (claimed.length === 0) return { weekStart, built: false, areas: 0 };
  const areas = digestAreas();
  for (const { area, municipalities } of areas) {
    const overdue = await allOverdue(area, ctx);
    const dueSoon = await dueSoonFollowUps(
      ctx.dataSource,
      { area, period: reportPeriod(null, today), filter: null, dimensions: [] },
      today,
    );
    const notReached = (await areaWorkList(area, {}, ctx)).map((school) => school.id);
    await ctx.dataSource.query(
      `INSERT INTO weekly_digest (week_start, area_kind, area_code, municipalities, built_on, overdue_count,
         due_soon_count, high_need_not_reached_count, overdue, due_soon, high_need_not_reached)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        weekStart,
        area.kind,
        area.code,
        municipalities,
        today,
        overdue.length,
        dueSoon.length,
        notReached.length,
        JSON.stringify(overdue),
        JSON.stringify(dueSoon),
        notReached,
      ],
    );
  }
  return { weekStart, built: true, areas: areas.length };
}

export interface StoredDigest {
  weekStart: string;
  builtOn: string;
  overdueCount: number;
  dueSoonCount: number;
  highNeedNotReachedCount: number;
  overdue: OverdueDigestFollowUp[];
  dueSoon: DigestFollowUp[];
  highNeedNotReached: string[];
}

/** An area's digest of a week (the latest when no week is given), as the reader's scope lets them read it. */
export async function storedDigest(
  dataSource: DataSource,
  area: { kind: 'office' | 'county'; code: string },
  weekStart: string | null,
): Promise<StoredDigest | null> {
  const [row] = await dataSource.query(
    `SELECT to_char(week_start, 'YYYY-MM-DD') AS "weekStart", to_char(built_on, 'YYYY-MM-DD') AS "builtOn",
       overdue_count AS "overdueCount", due_soon_count AS "dueSoonCount",
       high_need_not_reached_count AS "highNeedNotReachedCount", overdue, due_soon AS "dueSoon",
       high_need_not_reached AS "highNeedNotReached"
     FROM weekly_digest
     WHERE area_kind = $1 AND area_code = $2 AND ($3::date IS NULL OR week_start = $3::date)
     ORDER BY week_start DESC LIMIT 1`,
    [area.kind, area.code, weekStart],
  );
  return (row as StoredDigest | undefined) ?? null;
}
