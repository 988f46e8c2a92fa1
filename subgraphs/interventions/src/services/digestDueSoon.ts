import type { DataSource } from 'typeorm';
import { FollowUpStatus } from '../entities/interventionEnums';
import { figureCellsSql, interventionFilterSql, SqlParameters, type FigureRequest } from './figureCells';
import { followUpStatusSql } from './followUpStatus';

/** The weekly digest looks this many days ahead for follow-ups falling due (issue 15). */
export const DIGEST_DAYS_AHEAD = 14;

export interface DigestFollowUp {
  followUpId: string;
  interventionId: string;
  reference: string;
  kind: string;
  officeId: string;
  organiserId: string;
  dueOn: string;
}

/**
 * An area's open follow-ups due from today to DIGEST_DAYS_AHEAD days ahead, soonest first: the same area, the same
 * interventions and the same status rule as the overdue list (overdueFollowUps.service.ts), another date range.
 */
export async function dueSoonFollowUps(
  dataSource: DataSource,
  figure: FigureRequest,
  today: string,
): Promise<DigestFollowUp[]> {
  const p = new SqlParameters();
  const day = p.add(today, 'date');
  const sql = `WITH ${figureCellsSql(p, [figure])}
    SELECT DISTINCT f.id AS "followUpId", i.id AS "interventionId", i.reference, i.kind, i.office_id AS "officeId",
      i.organiser_id AS "organiserId", to_char(f.due_on, 'YYYY-MM-DD') AS "dueOn"
    FROM cell c
    JOIN cell_organiser o USING (req, group_key)
    JOIN intervention i ON i.organiser_id = o.organiser_id
    JOIN follow_up f ON f.intervention_id = i.id
    WHERE ${interventionFilterSql('i', 'c')}
      AND ${followUpStatusSql('f', day)} <> '${FollowUpStatus.DONE}'
      AND f.due_on BETWEEN ${day} AND ${day} + ${DIGEST_DAYS_AHEAD}
    ORDER BY "dueOn", "followUpId"`;
  return dataSource.query(sql, p.values);
}
