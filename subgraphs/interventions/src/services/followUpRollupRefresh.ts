import { FollowUpStatus } from '../entities/interventionEnums';
import { ageingBucketConditionsSql, countsInPeriodSql } from './figureDefinitions';
import { followUpStatusSql } from './followUpStatus';

// The follow-up rollup (issue #13), kept beside the coverage rollups (rollupRefresh.ts): per window,
// organiser (huvudman), kind, origin and responsible office, the follow-ups (uppföljningar) counted in the window by
// their status and, when overdue, their ageing bucket, as of the rollups' day. Follow-ups add up across kinds,
// origins and offices; an area's organisers are found in organiser_presence at read time, as for coverage.

/** SQL: the ageing bucket of follow-up `f` as of `day` when it is overdue then, '' otherwise. */
export function ageingAsOfSql(f: string, day: string): string {
  const buckets = ageingBucketConditionsSql(`(${day} - ${f}.due_on)`);
  return `CASE WHEN ${followUpStatusSql(f, day)} <> '${FollowUpStatus.OVERDUE}' THEN ''
    ${buckets.map(({ field, condition }) => `WHEN ${condition} THEN '${field}'`).join(' ')} ELSE '' END`;
}

/** SQL: follow-up `f` of intervention `i` counts in the window `w` (the rule of followUpCountsInPeriodSql). */
const countsInWindowSql = (f: string, i: string, w: string) =>
  `(${countsInPeriodSql(i, `${w}.period_from`, `${w}.period_to`)}
    OR ${f}.due_on BETWEEN ${w}.period_from AND ${w}.period_to
    OR ${f}.completed_on BETWEEN ${w}.period_from AND ${w}.period_to)`;

/** SQL statement: those organisers' rows of follow_up_rollup (`organisers`, a uuid[] expression), as of rollup_day. */
export const refreshFollowUpRollupSql = (organisers: string) => `
    DELETE FROM follow_up_rollup WHERE organiser_id = ANY (${organisers});
    INSERT INTO follow_up_rollup (window_key, organiser_id, kind, origin, office_id, status, ageing, follow_ups)
      SELECT w.window_key, i.organiser_id, i.kind, i.origin, i.office_id, ${followUpStatusSql('f', 'd.today')},
        ${ageingAsOfSql('f', 'd.today')}, count(*)
      FROM rollup_day d
      CROSS JOIN rollup_window w
      JOIN intervention i ON i.organiser_id = ANY (${organisers})
      JOIN follow_up f ON f.intervention_id = i.id AND ${countsInWindowSql('f', 'i', 'w')}
      GROUP BY 1, 2, 3, 4, 5, 6, 7`;

/**
 * SQL: the organisers whose follow-up figures a move of the rollups' day from `old_day` to `today` changes (plpgsql
 * variables): an open follow-up whose status or ageing bucket is another on the new day, or one whose own dates
 * enter or leave a window (the windows are `next_window n FULL JOIN rollup_window w`, as in roll_rollup_windows).
 */
export const followUpsMovedByDaySql = (windows: string, within: (day: string, w: string) => string) => `
    SELECT i.organiser_id FROM follow_up f JOIN intervention i ON i.id = f.intervention_id
    WHERE f.completed_on IS NULL AND (old_day IS NULL
      OR (${followUpStatusSql('f', 'old_day')}, ${ageingAsOfSql('f', 'old_day')})
        IS DISTINCT FROM (${followUpStatusSql('f', 'today')}, ${ageingAsOfSql('f', 'today')}))
    UNION
    SELECT i.organiser_id FROM follow_up f JOIN intervention i ON i.id = f.intervention_id
    CROSS JOIN unnest(ARRAY[f.due_on, f.completed_on]) AS d (day)
    JOIN ${windows} ON ${within('d.day', 'n')} IS DISTINCT FROM ${within('d.day', 'w')}
    WHERE d.day IS NOT NULL`;
