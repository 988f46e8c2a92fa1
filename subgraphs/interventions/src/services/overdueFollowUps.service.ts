import type { Page } from '@lagesbild/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { FollowUp } from '../entities/followUp.entity';
import { FollowUpStatus } from '../entities/interventionEnums';
import { Intervention } from '../entities/intervention.entity';
import type { OverdueFollowUp } from '../types/overdueFollowUp';
import { byRequest, figureCellsSql, interventionFilterSql, SqlParameters, type FigureRequest } from './figureCells';
import { followUpStatusSql } from './followUpStatus';
import type { InterventionLoaders } from './intervention.service';
import { encodeOverdueCursor, type OverdueCursor } from './overdueCursor';

// The overdue list (issue #4): an area's overdue follow-ups, oldest due date first, paged. Every area's page of one
// request tick comes from one statement, follow-ups and interventions included.

export interface OverdueRequest {
  /** The area's scope and filter; its period is not used, since being overdue is judged today. */
  figure: FigureRequest;
  first: number;
  after: OverdueCursor | null;
}

interface OverdueRow {
  req: number;
  total: number;
  days_overdue: number | null;
  follow_up: Record<string, unknown> | null;
  intervention: Record<string, unknown> | null;
}

function overdueSql(p: SqlParameters, requests: readonly OverdueRequest[], today: string): string {
  const day = p.add(today, 'date');
  const pages = requests.map((request, req) => ({ ...request, req }));
  return `WITH ${figureCellsSql(
    p,
    requests.map((request) => request.figure),
  )},
    overdue AS (
      SELECT c.req, f.id, f.due_on, ${day} - f.due_on AS days_overdue,
        to_jsonb(f) AS follow_up, to_jsonb(i) AS intervention
      FROM cell c
      JOIN cell_organiser o USING (req, group_key)
      JOIN intervention i ON i.organiser_id = o.organiser_id
      JOIN follow_up f ON f.intervention_id = i.id
      WHERE ${interventionFilterSql('i', 'c')} AND ${followUpStatusSql('f', day)} = '${FollowUpStatus.OVERDUE}'
    ),
    page AS (
      SELECT * FROM ${p.unnest('page', pages, {
        req: ['int', (page) => page.req],
        first: ['int', (page) => page.first],
        after_due_on: ['date', (page) => page.after?.dueOn ?? null],
        after_id: ['uuid', (page) => page.after?.id ?? null],
      })}
    ),
    total AS (
      SELECT req, count(*)::int AS total FROM overdue GROUP BY req
    ),
    paged AS (
      SELECT o.*, row_number() OVER (PARTITION BY o.req ORDER BY o.due_on, o.id) AS position
      FROM overdue o JOIN page USING (req)
      WHERE page.after_due_on IS NULL OR (o.due_on, o.id) > (page.after_due_on, page.after_id)
    )
    SELECT page.req, coalesce(total.total, 0) AS total, paged.days_overdue, paged.follow_up, paged.intervention
    FROM page
    LEFT JOIN total USING (req)
    LEFT JOIN paged ON paged.req = page.req AND paged.position <= page.first + 1
    ORDER BY page.req, paged.position`;
}

/** An entity from `to_jsonb(row)`: its columns by their database names, dates as ISO strings. */
function entityFromJson<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  json: Record<string, unknown>,
): T {
  const entity = dataSource.getRepository(target).create();
  for (const column of dataSource.getMetadata(target).columns) {
    (entity as Record<string, unknown>)[column.propertyName] = json[column.databaseName] ?? null;
  }
  return entity;
}

/**
 * Per request: one page of the area's overdue follow-ups. The follow-ups and interventions read are handed to the
 * per-request loaders, so that asking for more of them (followUp { intervention }) costs no statement.
 */
export function createOverdueLoader(dataSource: DataSource, today: string, loaders: InterventionLoaders) {
  return new DataLoader<OverdueRequest, Page<OverdueFollowUp>>(
    async (requests) => {
      const p = new SqlParameters();
      const rows: OverdueRow[] = await dataSource.query(overdueSql(p, requests, today), p.values);
      return byRequest(rows, requests.length).map((pageRows, req) => {
        const items = pageRows
          .filter((row) => row.follow_up && row.intervention)
          .map((row): OverdueFollowUp => {
            const followUp = entityFromJson(dataSource, FollowUp, row.follow_up as Record<string, unknown>);
            const intervention = entityFromJson(dataSource, Intervention, row.intervention as Record<string, unknown>);
            loaders.followUpById.prime(followUp.id, followUp);
            loaders.interventionById.prime(intervention.id, intervention);
            return { followUp, intervention, daysOverdue: row.days_overdue as number };
          });
        const { first } = requests[req];
        const nodes = items.slice(0, first);
        const last = nodes[nodes.length - 1];
        return {
          nodes,
          totalCount: pageRows[0]?.total ?? 0,
          pageInfo: {
            hasNextPage: items.length > first,
            endCursor: last ? encodeOverdueCursor({ dueOn: last.followUp.dueOn, id: last.followUp.id }) : null,
          },
        };
      });
    },
    { cache: false },
  );
}
