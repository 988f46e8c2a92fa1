import { FollowUpStatus } from '../entities/interventionEnums';

/** A follow-up due within this many days counts as due soon (issue #3). */
export const DUE_SOON_DAYS = 30;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The status is derived from the dates, never stored, so that it cannot go stale. */
export function followUpStatus(dueOn: string, completedOn: string | null, today: string): FollowUpStatus {
  if (completedOn) return FollowUpStatus.DONE;
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return FollowUpStatus.OVERDUE;
  if (daysLeft <= DUE_SOON_DAYS) return FollowUpStatus.DUE_SOON;
  return FollowUpStatus.NOT_DUE;
}

/**
 * The same rule as followUpStatus, in SQL, for the figures that count follow-ups by status in the database:
 * follow-up `f` (an alias) judged against `today` (an SQL date expression).
 */
export function followUpStatusSql(f: string, today: string): string {
  return `CASE WHEN ${f}.completed_on IS NOT NULL THEN '${FollowUpStatus.DONE}'
    WHEN ${f}.due_on < ${today} THEN '${FollowUpStatus.OVERDUE}'
    WHEN ${f}.due_on <= ${today} + ${DUE_SOON_DAYS} THEN '${FollowUpStatus.DUE_SOON}'
    ELSE '${FollowUpStatus.NOT_DUE}' END`;
}
