import { badUserInput, MAX_PAGE_SIZE, SortDirection, type FigureArea } from '@lagesbild/subgraph-kit';
import type { InterventionsContext } from '../context';
import {
  COVERAGE_GROUP_ORDER,
  FOLLOW_UP_GROUP_ORDER,
  INTERVENTION_COUNT_GROUP_ORDER,
  type CoverageGroupOrderField,
  type FollowUpGroupOrderField,
  type InterventionCountGroupOrderField,
} from '../resolvers/inputs/groupOrder';
import type { CoverageGroup, FollowUpGroup, GroupKey, InterventionCountGroup } from '../types/reportGroups';
import type { ReportDimension } from '../types/reportDimension';
import { figureRequest, type FigureArgs } from './areaFigures.service';
import { groupDimensions, type FigureRequest } from './figureCells';
import { groupKey } from './groupKeys';
import { checkCombinations } from './groupSizes';

// Grouped figures (issues #4 and #16): an area's coverage, follow-up status or intervention counts grouped by one
// or more dimensions at once, a row per combination of groups present, with its keys as typed fields. Every
// group is computed in SQL, by the loaders every figure goes through (from the rollups where they cover the shape,
// live otherwise, under the request's row-level security); here the rows are only ordered and cut.

export interface GroupedArgs<Field extends string> extends FigureArgs {
  groupBy: readonly ReportDimension[];
  orderBy?: { field: Field; direction: SortDirection } | null;
  limit?: number | null;
}

/** The dimensions asked for, in key order, after refusing what makes no sense. */
function checkedDimensions(groupBy: readonly ReportDimension[], limit: number | null | undefined): ReportDimension[] {
  if (groupBy.length === 0) throw badUserInput('groupBy must name at least one dimension.', 'groupBy');
  const twice = groupBy.filter((dimension, i) => groupBy.indexOf(dimension) !== i);
  if (twice.length > 0) {
    throw badUserInput(
      `groupBy names ${[...new Set(twice)].join(', ')} more than once; name each dimension once.`,
      'groupBy',
    );
  }
  if (limit != null && (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)) {
    throw badUserInput(`limit must be between 1 and ${MAX_PAGE_SIZE}, not ${limit}.`, 'limit');
  }
  return groupDimensions(groupBy);
}

/** The figure request of a grouped figure, its arguments and its bound on combinations checked. */
function groupedRequest(
  area: FigureArea,
  args: GroupedArgs<string>,
  today: string,
): { dimensions: ReportDimension[]; request: FigureRequest } {
  const dimensions = checkedDimensions(args.groupBy, args.limit);
  const request = figureRequest(area, args, today, dimensions);
  checkCombinations(request);
  return { dimensions, request };
}

/**
 * The rows in the order asked for (by key when none is), the ones without the figure (a share of nothing) last
 * in either direction, ties by key; then the first `limit`.
 */
function orderedRows<Row extends GroupKey, Field extends string>(
  rows: Row[],
  args: GroupedArgs<Field>,
  figures: Record<Field, keyof Row>,
): Row[] {
  const order = args.orderBy;
  if (order) {
    const sign = order.direction === SortDirection.DESC ? -1 : 1;
    const value = (row: Row) => row[figures[order.field]] as number | null;
    rows.sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      if (x === null || y === null) return x === y ? a.key.localeCompare(b.key) : x === null ? 1 : -1;
      return x === y ? a.key.localeCompare(b.key) : sign * (x - y);
    });
  }
  return args.limit == null ? rows : rows.slice(0, args.limit);
}

const share = (part: number | null, whole: number | null) => (whole ? (part ?? 0) / whole : null);

export async function areaCoverageGrouped(
  area: FigureArea,
  args: GroupedArgs<CoverageGroupOrderField>,
  ctx: InterventionsContext,
): Promise<CoverageGroup[]> {
  const { dimensions, request } = groupedRequest(area, args, ctx.today);
  const cells = await ctx.figures.coverage.load(request);
  const rows = cells.map(({ groupKey: key, coverage }) => ({
    ...groupKey(dimensions, key),
    ...coverage,
    schoolsReachedShare: share(coverage.schoolsReached, coverage.schools),
    highNeedSchoolsReachedShare: share(coverage.highNeedSchoolsReached, coverage.highNeedSchools),
    organisersReachedShare: share(coverage.organisersReached, coverage.organisers),
  }));
  return orderedRows(rows, args, COVERAGE_GROUP_ORDER);
}

export async function areaFollowUpStatusGrouped(
  area: FigureArea,
  args: GroupedArgs<FollowUpGroupOrderField>,
  ctx: InterventionsContext,
): Promise<FollowUpGroup[]> {
  const { dimensions, request } = groupedRequest(area, args, ctx.today);
  const cells = await ctx.figures.followUpStatus.load(request);
  const rows = cells.map((cell) => ({
    ...groupKey(dimensions, cell.groupKey),
    period: cell.period,
    dataVersions: cell.dataVersions,
    ...cell.counts,
    overdueShare: share(cell.counts.overdue, cell.counts.total),
  }));
  return orderedRows(rows, args, FOLLOW_UP_GROUP_ORDER);
}

export async function areaInterventionCountsGrouped(
  area: FigureArea,
  args: GroupedArgs<InterventionCountGroupOrderField>,
  ctx: InterventionsContext,
): Promise<InterventionCountGroup[]> {
  const { dimensions, request } = groupedRequest(area, args, ctx.today);
  const cells = await ctx.figures.interventionCounts.load(request);
  const rows = cells.map((cell) => ({ ...groupKey(dimensions, cell.groupKey), ...cell.counts }));
  return orderedRows(rows, args, INTERVENTION_COUNT_GROUP_ORDER);
}
