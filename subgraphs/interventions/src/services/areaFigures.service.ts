import { requiredScopeSchools, type PeriodInput, type SupportStart } from '@lagesbild/reporting';
import type { Page, PageArgs } from '@lagesbild/subgraph-kit';
import type { InterventionsContext } from '../context';
import type { AreaEntity, Nation } from '../external/areas';
import type { School } from '../external/targets';
import type { FigureFilterValues } from '../resolvers/inputs/figureFilter';
import type { Coverage } from '../types/coverage';
import type { RegionFollowUpSummary } from '../types/followUpSummary';
import type { OverdueFollowUp } from '../types/overdueFollowUp';
import type { CoverageGroup, FollowUpGroup } from '../types/reportGroups';
import { ReportDimension } from '../types/reportDimension';
import type { FigureRequest } from './figureCells';
import { groupKey } from './groupKeys';
import { decodeOverdueCursor, overduePageSize } from './overdueCursor';
import { reportPeriod } from './reportPeriod';

// What the area resolvers call: the figures of one area (Nation, County, Municipality, Office, Organiser) from its
// representation, which carries the fields this subgraph requires. An area whose scope did not come (the schools
// service could not say what it holds) has no figures: null, rather than zeros that would look like a fact.

export interface FigureArgs {
  period?: PeriodInput | null;
  filter?: FigureFilterValues | null;
}

function figureRequest(
  area: AreaEntity,
  args: FigureArgs,
  today: string,
  dimension: ReportDimension | null = null,
): FigureRequest | null {
  const schools = requiredScopeSchools(area.scope);
  if (!schools) return null;
  return {
    schools,
    highNeedSchoolIds: area.highNeed?.schoolIds ?? null,
    period: reportPeriod(args.period, today),
    filter: args.filter ?? null,
    dimension,
    officeMap: (area as Nation).officeMap ?? [],
  };
}

export async function areaCoverage(area: AreaEntity, args: FigureArgs, ctx: InterventionsContext) {
  const request = figureRequest(area, args, ctx.today);
  if (!request) return null;
  const [cell] = await ctx.figures.coverage.load(request);
  return cell.coverage satisfies Coverage;
}

export async function areaWorkList(area: AreaEntity, args: FigureArgs, ctx: InterventionsContext) {
  const request = figureRequest(area, args, ctx.today);
  if (!request) return null;
  const schoolIds = await ctx.figures.workList.load(request);
  return schoolIds?.map((id): School => ({ id })) ?? null;
}

export async function areaFollowUpStatus(
  area: AreaEntity,
  args: FigureArgs,
  ctx: InterventionsContext,
): Promise<RegionFollowUpSummary | null> {
  const request = figureRequest(area, args, ctx.today);
  if (!request) return null;
  const [cell] = await ctx.figures.followUpStatus.load(request);
  return { period: cell.period, ...cell.counts, byKind: cell.byKind, byOffice: cell.byOffice };
}

export async function areaOverdueFollowUps(
  area: AreaEntity,
  page: PageArgs,
  filter: FigureFilterValues | null,
  ctx: InterventionsContext,
): Promise<Page<OverdueFollowUp> | null> {
  // Checked before the scope, so that a bad argument is an error even when the scope is missing.
  const first = overduePageSize(page.first);
  const after = decodeOverdueCursor(page.after);
  const figure = figureRequest(area, { filter, period: { from: ctx.today, to: ctx.today } }, ctx.today);
  if (!figure) return null;
  return ctx.figures.overdue.load({ figure, first, after });
}

export async function areaFirstSupport(area: AreaEntity, ctx: InterventionsContext): Promise<SupportStart[] | null> {
  const schools = requiredScopeSchools(area.scope);
  return schools ? ctx.figures.firstSupport.load(schools) : null;
}

/** Grouping by office needs the office map; without it (the offices service is down) there are no groups. */
function groupedRequest(nation: Nation, groupBy: ReportDimension, args: FigureArgs, ctx: InterventionsContext) {
  if (groupBy === ReportDimension.OFFICE && !nation.officeMap?.length) return null;
  return figureRequest(nation, args, ctx.today, groupBy);
}

export async function nationCoverageBy(
  nation: Nation,
  groupBy: ReportDimension,
  args: FigureArgs,
  ctx: InterventionsContext,
): Promise<CoverageGroup[] | null> {
  const request = groupedRequest(nation, groupBy, args, ctx);
  if (!request) return null;
  const cells = await ctx.figures.coverage.load(request);
  return cells.map((cell) => ({ ...groupKey(groupBy, cell.groupKey), ...cell.coverage }));
}

export async function nationFollowUpStatusBy(
  nation: Nation,
  groupBy: ReportDimension,
  args: FigureArgs,
  ctx: InterventionsContext,
): Promise<FollowUpGroup[] | null> {
  const request = groupedRequest(nation, groupBy, args, ctx);
  if (!request) return null;
  const cells = await ctx.figures.followUpStatus.load(request);
  return cells.map((cell) => ({ ...groupKey(groupBy, cell.groupKey), period: cell.period, ...cell.counts }));
}
