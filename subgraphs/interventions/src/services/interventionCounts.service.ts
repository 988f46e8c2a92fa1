import { readDataVersions } from '@lagesbild/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { FollowUpStatus } from '../entities/interventionEnums';
import type { InterventionCounts } from '../types/interventionCounts';
import { byRequest, figureCellsSql, interventionFilterSql, SqlParameters, type FigureRequest } from './figureCells';
import { countsInPeriodSql, followUpCountsInPeriodSql } from './figureDefinitions';
import { followUpStatusSql } from './followUpStatus';

// Interventions counted by step (issue #16: "the share of declined offers per office" in one request), in the cells
// every figure is computed over (figureCells.ts), so by the same dimensions and filters as coverage and follow-up
// status. No rollup keeps these counts: always live, one statement per request tick, counted in SQL.

/** One cell's counts: a figure's, or one group's of a grouped figure. */
export interface InterventionCountCell {
  groupKey: string;
  counts: InterventionCounts;
}

type CountColumn = 'total' | 'offered' | 'declined' | 'started' | 'completed' | 'overdue' | 'offers_declined';

type InterventionCountRow = {
  req: number;
  group_key: string;
  period_from: string;
  period_to: string;
} & Record<CountColumn, number>;

const inPeriod = (column: string) => `i.${column} BETWEEN c.period_from AND c.period_to`;

/** The live statement: each cell's interventions, those of its scope group's organisers after its filter. */
export function interventionCountsSql(p: SqlParameters, requests: readonly FigureRequest[], today: string): string {
  const day = p.add(today, 'date');
  const counts = (column: CountColumn, condition: string) =>
    `coalesce(count(*) FILTER (WHERE ${condition}), 0)::int AS ${column}`;
  return `WITH ${figureCellsSql(p, requests)},
    stepped AS (
      SELECT c.req, c.group_key, ${countsInPeriodSql('i', 'c.period_from', 'c.period_to')} AS counts,
        ${inPeriod('offered_on')} AS offered, ${inPeriod('declined_on')} AS declined,
        ${inPeriod('started_on')} AS started, ${inPeriod('completed_on')} AS completed,
        i.declined_on IS NOT NULL AS since_declined,
        EXISTS (SELECT 1 FROM follow_up f WHERE f.intervention_id = i.id
          AND ${followUpStatusSql('f', day)} = '${FollowUpStatus.OVERDUE}'
          AND ${followUpCountsInPeriodSql('f', 'i', 'c.period_from', 'c.period_to')}) AS overdue
      FROM cell c
      JOIN group_organiser o USING (req, scope_group)
      JOIN intervention i ON i.organiser_id = o.organiser_id
      WHERE ${interventionFilterSql('i', 'c')}
    ),
    counted AS (
      SELECT req, group_key, ${counts('total', 'counts')}, ${counts('offered', 'offered')},
        ${counts('declined', 'declined')}, ${counts('started', 'started')}, ${counts('completed', 'completed')},
        ${counts('overdue', 'overdue')}, ${counts('offers_declined', 'offered AND since_declined')}
      FROM stepped WHERE counts OR declined OR overdue
      GROUP BY req, group_key
    )
    SELECT c.req, c.group_key, c.period_from::text AS period_from, c.period_to::text AS period_to,
      coalesce(n.total, 0) AS total, coalesce(n.offered, 0) AS offered, coalesce(n.declined, 0) AS declined,
      coalesce(n.started, 0) AS started, coalesce(n.completed, 0) AS completed, coalesce(n.overdue, 0) AS overdue,
      coalesce(n.offers_declined, 0) AS offers_declined
    FROM cell c LEFT JOIN counted n USING (req, group_key)
    ORDER BY c.req, c.group_key`;
}

/** Per request: the intervention counts of each of its cells, ordered by group key. */
export function createInterventionCountsLoader(dataSource: DataSource, today: string) {
  return new DataLoader<FigureRequest, InterventionCountCell[]>(
    async (requests) => {
      const dataVersions = await readDataVersions(dataSource);
      const p = new SqlParameters();
      const rows: InterventionCountRow[] = await dataSource.query(interventionCountsSql(p, requests, today), p.values);
      return byRequest(rows, requests.length).map((cells) =>
        cells.map((row) => ({
          groupKey: row.group_key,
          counts: {
            period: { from: row.period_from, to: row.period_to },
            dataVersions,
            total: row.total,
            offered: row.offered,
            declined: row.declined,
            started: row.started,
            completed: row.completed,
            overdue: row.overdue,
            declinedShare: row.offered > 0 ? row.offers_declined / row.offered : null,
          },
        })),
      );
    },
    { cache: false },
  );
}
