import type { PeriodInput } from '../resolvers/inputs/periodInput';
import type { FigureArea, Page, PageArgs } from '@lagesbild/subgraph-kit';
import type { InterventionsContext } from '../context';
import type { School } from '../external/targets';
import type { FigureFilterValues } from '../resolvers/inputs/figureFilter';
import type { Coverage } from '../types/coverage';
import type { RegionFollowUpSummary } from '../types/followUpSummary';
import type { OverdueFollowUp } from '../types/overdueFollowUp';
import type { ReportDimension } from '../types/reportDimension';
import type { FigureRequest } from './figureCells';
import { decodeOverdueCursor, overduePageSize } from './overdueCursor';
import { reportPeriod } from './reportPeriod';

// What the area resolvers call: the figures of one area (Nation, County, Municipality, Office, Organiser), known by
// its key alone; its school units come from this subgraph's replicas (figureCells.ts).

export interface FigureArgs {
  period?: PeriodInput | null;
  filter?: FigureFilterValues | null;
}

export function figureRequest(
  area: FigureArea,
  args: FigureArgs,
  today: string,
  dimensions: readonly ReportDimension[] = [],
): FigureRequest {
  return { area, period: reportPeriod(args.period, today), filter: args.filter ?? null, dimensions };
}

export async function areaCoverage(area: FigureArea, args: FigureArgs, ctx: InterventionsContext) {
  const request = figureRequest(area, args, ctx.today);
  const [cell] = await ctx.figures.coverage.load(request);
  return cell.coverage satisfies Coverage;
}

export async function areaWorkList(area: FigureArea, args: FigureArgs, ctx: InterventionsContext) {
  const request = figureRequest(area, args, ctx.today);
  const schoolIds = await ctx.figures.workList.load(request);
  return schoolIds.map((id): School => ({ id }));
}

export async function areaFollowUpStatus(
  area: FigureArea,
  args: FigureArgs,
  ctx: InterventionsContext,
): Promise<RegionFollowUpSummary | null> {
  const request = figureRequest(area, args, ctx.today);
  const [cell] = await ctx.figures.followUpStatus.load(request);
  return {
    period: cell.period,
    dataVersions: cell.dataVersions,
    ...cell.counts,
    byKind: cell.byKind,
    byOffice: cell.byOffice,
  };
}

export async function areaOverdueFollowUps(
  area: FigureArea,
  page: PageArgs,
  filter: FigureFilterValues | null,
  ctx: InterventionsContext,
): Promise<Page<OverdueFollowUp> | null> {
  const first = overduePageSize(page.first);
  const after = decodeOverdueCursor(page.after);
  const figure = figureRequest(area, { filter, period: { from: ctx.today, to: ctx.today } }, ctx.today);
  return ctx.figures.overdue.load({ figure, first, after });
}
