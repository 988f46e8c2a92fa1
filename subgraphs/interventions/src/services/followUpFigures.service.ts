import { readDataVersions, type DataVersions } from '@lagesbild/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { FollowUpStatus, type InterventionKind } from '../entities/interventionEnums';
import type {
  FollowUpStatusCounts,
  KindFollowUpStatus,
  OfficeFollowUpStatus,
  OverdueAgeing,
} from '../types/followUpSummary';
import type { ReportPeriod } from '../types/coverage';
import { cellWindowSql, organiserScopeSql } from './coverageRollup';
import {
  cellCteSql,
  figureCellsSql,
  interventionFilterSql,
  requestCteSql,
  SqlParameters,
  type FigureRequest,
} from './figureCells';
import { ageingAsOfSql } from './followUpRollupRefresh';
import { fromRollupsOrLive } from './rollupOrLive';
import { followUpCountsInPeriodSql, OVERDUE_AGEING_BUCKETS } from './figureDefinitions';
import { followUpStatusSql } from './followUpStatus';

// Follow-up status figures (issue #4): follow-ups by derived status, with the ageing of the overdue ones, for each
// cell, and within it by kind and by responsible office. One statement per request tick.

/** One cell's follow-up status: a figure's, or one group's of a grouped figure. */
export interface FollowUpCell {
  groupKey: string;
  period: ReportPeriod;
  dataVersions: DataVersions;
  counts: FollowUpStatusCounts;
  byKind: KindFollowUpStatus[];
  byOffice: OfficeFollowUpStatus[];
}

type CountColumns = Record<'total' | 'notDue' | 'dueSoon' | 'overdue' | 'done', number> &
  Record<keyof OverdueAgeing, number>;

interface FollowUpRow extends Partial<CountColumns> {
  req: number;
  group_key: string;
  period_from: string;
  period_to: string;
  kind: InterventionKind | null;
  office_id: string | null;
  /** GROUPING(kind, office_id): 3 the cell's total, 1 one kind, 2 one office, null a cell without follow-ups. */
  grouping: number | null;
  covered: boolean;
}

const COUNT_COLUMNS: readonly (keyof CountColumns)[] = [
  'total',
  'notDue',
  'dueSoon',
  'overdue',
  'done',
  ...OVERDUE_AGEING_BUCKETS.map((bucket) => bucket.field),
];

const TOTAL = 3;
const BY_KIND = 1;
const BY_OFFICE = 2;

/**
 * The end of both follow-up statements, over a CTE `counted (req, group_key, kind, office_id, status, ageing,
 * follow_ups)`: the counts of each cell, of each kind in it and of each office in it (GROUPING SETS), one row
 * each, after the cell's own; `covered` says whether the rollups held the request's windows and day (live: true).
 */
function talliedSql(covered: string): string {
  const byStatus = (status: FollowUpStatus) => `(sum(follow_ups) FILTER (WHERE status = '${status}'))::int`;
  const ageing = OVERDUE_AGEING_BUCKETS.map(
    ({ field }) => `coalesce(sum(follow_ups) FILTER (WHERE ageing = '${field}'), 0)::int AS "${field}"`,
  );
  return `tallied AS (
      SELECT req, group_key, kind, office_id, GROUPING(kind, office_id) AS grouping, sum(follow_ups)::int AS "total",
        coalesce(${byStatus(FollowUpStatus.NOT_DUE)}, 0) AS "notDue",
        coalesce(${byStatus(FollowUpStatus.DUE_SOON)}, 0) AS "dueSoon",
        coalesce(${byStatus(FollowUpStatus.OVERDUE)}, 0) AS "overdue", coalesce(${byStatus(FollowUpStatus.DONE)}, 0) AS "done",
        ${ageing.join(', ')}
      FROM counted
      GROUP BY GROUPING SETS ((req, group_key), (req, group_key, kind), (req, group_key, office_id))
    )
    SELECT c.req, c.group_key, c.period_from::text AS period_from, c.period_to::text AS period_to, ${covered} AS covered,
      t.kind, t.office_id, t.grouping, ${COUNT_COLUMNS.map((column) => `t."${column}"`).join(', ')}
    FROM cell_window c LEFT JOIN tallied t USING (req, group_key)
    ORDER BY c.req, c.group_key, t.grouping DESC, t.kind, t.office_id`;
}

/** The live statement: each follow-up of the cells' organisers, judged as of today. */
export function followUpSql(p: SqlParameters, requests: readonly FigureRequest[], today: string): string {
  const day = p.add(today, 'date');
  return `WITH ${figureCellsSql(p, requests)},
    cell_window AS (SELECT * FROM cell),
    counted AS (
      SELECT c.req, c.group_key, i.kind, i.office_id, ${followUpStatusSql('f', day)} AS status,
        ${ageingAsOfSql('f', day)} AS ageing, 1 AS follow_ups
      FROM cell c
      JOIN cell_organiser o USING (req, group_key)
      JOIN intervention i ON i.organiser_id = o.organiser_id
      JOIN follow_up f ON f.intervention_id = i.id
      WHERE ${interventionFilterSql('i', 'c')}
        AND ${followUpCountsInPeriodSql('f', 'i', 'c.period_from', 'c.period_to')}
    ),
    ${talliedSql('true')}`;
}

/** The statement over the rollups, for the shapes they cover (rollupCovers), as of the rollups' day. */
export function followUpRollupSql(p: SqlParameters, requests: readonly FigureRequest[], today: string): string {
  const day = p.add(today, 'date');
  return `WITH ${requestCteSql(p, requests)},
    organiser_scope AS MATERIALIZED (${organiserScopeSql()}),
    ${cellCteSql(p, 'organiser_scope')},
    cell_window AS (${cellWindowSql()}),
    counted AS (
      SELECT c.req, c.group_key, x.kind, x.office_id, x.status, x.ageing, x.follow_ups
      FROM cell_window c
      JOIN organiser_scope o USING (req, scope_group)
      JOIN follow_up_rollup x ON x.window_key = c.window_key AND x.organiser_id = o.organiser_id
      WHERE ${interventionFilterSql('x', 'c')}
    ),
    ${talliedSql(`bool_and(c.window_key IS NOT NULL) OVER (PARTITION BY c.req)
      AND (SELECT d.today FROM rollup_day d) = ${day}`)}`;
}

function toCounts(row: Partial<CountColumns> | undefined): FollowUpStatusCounts {
  const n = (column: keyof CountColumns) => row?.[column] ?? 0;
  const ageing = {} as OverdueAgeing;
  for (const { field } of OVERDUE_AGEING_BUCKETS) ageing[field] = n(field);
  return {
    total: n('total'),
    notDue: n('notDue'),
    dueSoon: n('dueSoon'),
    overdue: n('overdue'),
    done: n('done'),
    ageing,
  };
}

/** The rows of one request, one cell after another, as cells. */
function toCells(rows: FollowUpRow[], dataVersions: DataVersions): FollowUpCell[] {
  const cells = new Map<string, FollowUpCell>();
  for (const row of rows) {
    let cell = cells.get(row.group_key);
    if (!cell) {
      cell = {
        groupKey: row.group_key,
        period: { from: row.period_from, to: row.period_to },
        dataVersions,
        counts: toCounts(undefined),
        byKind: [],
        byOffice: [],
      };
      cells.set(row.group_key, cell);
    }
    if (row.grouping === TOTAL) cell.counts = toCounts(row);
    if (row.grouping === BY_KIND) cell.byKind.push({ kind: row.kind as InterventionKind, ...toCounts(row) });
    if (row.grouping === BY_OFFICE) cell.byOffice.push({ office: { id: row.office_id as string }, ...toCounts(row) });
  }
  return [...cells.values()];
}

/**
 * Per request: the follow-up status of each of its cells, ordered by group key; from the rollups where they hold
 * the request's shape, otherwise live.
 */
export function createFollowUpStatusLoader(dataSource: DataSource, today: string) {
  return new DataLoader<FigureRequest, FollowUpCell[]>(
    async (requests) => {
      const dataVersions = await readDataVersions(dataSource);
      const cells = await fromRollupsOrLive<FollowUpRow>(dataSource, requests, today, {
        rollups: (p, covered) => followUpRollupSql(p, covered, today),
        live: (p, rest) => followUpSql(p, rest, today),
      });
      return cells.map((rows) => toCells(rows, dataVersions));
    },
    { cache: false },
  );
}
