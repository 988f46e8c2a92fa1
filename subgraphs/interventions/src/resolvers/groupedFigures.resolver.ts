import { figureAreaOf, MAX_GROUP_COMBINATIONS, MAX_PAGE_SIZE } from '@lagesbild/subgraph-kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root, type ClassType } from 'type-graphql';
import type { InterventionsContext } from '../context';
import { County, Municipality, Nation, Office } from '../external/areas';
import { type AreaEntity, Organiser } from '../external/targets';
import { PERIOD_DEFINITION } from '../services/figureDefinitions';
import {
  areaCoverageGrouped,
  areaFollowUpStatusGrouped,
  areaInterventionCountsGrouped,
} from '../services/groupedFigures.service';
import { ReportDimension } from '../types/reportDimension';
import { CoverageGroup, FollowUpGroup, InterventionCountGroup } from '../types/reportGroups';
import { CoverageFilter, FILTER_DESCRIPTION, FollowUpFilter, InterventionCountFilter } from './inputs/figureFilter';
import { CoverageGroupOrder, FollowUpGroupOrder, InterventionCountGroupOrder } from './inputs/groupOrder';
import { PeriodInput } from './inputs/periodInput';

// Grouped figures (issue #16) on every kind of area, made by one factory as the area figures are: coverage,
// follow-up status and intervention counts by one or more dimensions at once, ordered by any figure and cut.

const GROUP_BY = `The dimensions to group by, each once: a row per combination of their groups present in scope. Refused (BAD_USER_INPUT) when they could give more than ${MAX_GROUP_COMBINATIONS.toLocaleString('en-GB')} combinations, counted before the limit as the product of each dimension's most groups in the area, period and filter (a municipality is one county's and one office's; a kind or origin the filter fixes is one group).`;
const LIMIT = `At most this many rows (1 to ${MAX_PAGE_SIZE}), after ordering; all when left out.`;
const ROWS = 'one row per combination of groups present in scope (every year of the period, every kind, every origin)';

const period = () => Arg('period', () => PeriodInput, { nullable: true, description: PERIOD_DEFINITION });
const groupBy = () => Arg('groupBy', () => [ReportDimension], { description: GROUP_BY });
const limit = () => Arg('limit', () => Int, { nullable: true, description: LIMIT });

function groupedFiguresResolver<TArea extends AreaEntity>(area: ClassType<TArea>) {
  @Resolver(() => area)
  class AreaGroupedFiguresResolver {
    @FieldResolver(() => [CoverageGroup], {
      nullable: true,
      description: `Coverage (täckning) grouped by dimensions, ${ROWS}, ordered by key unless orderBy says otherwise. Each row’s figures are those of the area narrowed to its groups.`,
    })
    coverageGrouped(
      @Root() root: TArea,
      @groupBy() dimensions: ReportDimension[],
      @period() period: PeriodInput | null,
      @Arg('filter', () => CoverageFilter, { nullable: true, description: FILTER_DESCRIPTION })
      filter: CoverageFilter | null,
      @Arg('orderBy', () => CoverageGroupOrder, { nullable: true }) orderBy: CoverageGroupOrder | null,
      @limit() rows: number | null,
      @Ctx() ctx: InterventionsContext,
    ): Promise<CoverageGroup[] | null> {
      const args = { groupBy: dimensions, period, filter, orderBy, limit: rows };
      return areaCoverageGrouped(figureAreaOf(area.name, root), args, ctx);
    }

    @FieldResolver(() => [FollowUpGroup], {
      nullable: true,
      description: `Follow-up status (uppföljningsstatus) grouped by dimensions, ${ROWS}, ordered by key unless orderBy says otherwise. Each row’s figures are those of the area narrowed to its groups.`,
    })
    followUpStatusGrouped(
      @Root() root: TArea,
      @groupBy() dimensions: ReportDimension[],
      @period() period: PeriodInput | null,
      @Arg('filter', () => FollowUpFilter, { nullable: true, description: FILTER_DESCRIPTION })
      filter: FollowUpFilter | null,
      @Arg('orderBy', () => FollowUpGroupOrder, { nullable: true }) orderBy: FollowUpGroupOrder | null,
      @limit() rows: number | null,
      @Ctx() ctx: InterventionsContext,
    ): Promise<FollowUpGroup[] | null> {
      const args = { groupBy: dimensions, period, filter, orderBy, limit: rows };
      return areaFollowUpStatusGrouped(figureAreaOf(area.name, root), args, ctx);
    }

    @FieldResolver(() => [InterventionCountGroup], {
      nullable: true,
      description: `Interventions (insatser) offered, declined, started, completed and overdue, grouped by dimensions, ${ROWS}, ordered by key unless orderBy says otherwise.`,
    })
    interventionCountsGrouped(
      @Root() root: TArea,
      @groupBy() dimensions: ReportDimension[],
      @period() period: PeriodInput | null,
      @Arg('filter', () => InterventionCountFilter, { nullable: true, description: FILTER_DESCRIPTION })
      filter: InterventionCountFilter | null,
      @Arg('orderBy', () => InterventionCountGroupOrder, { nullable: true })
      orderBy: InterventionCountGroupOrder | null,
      @limit() rows: number | null,
      @Ctx() ctx: InterventionsContext,
    ): Promise<InterventionCountGroup[] | null> {
      const args = { groupBy: dimensions, period, filter, orderBy, limit: rows };
      return areaInterventionCountsGrouped(figureAreaOf(area.name, root), args, ctx);
    }
  }
  return AreaGroupedFiguresResolver;
}

export const NationGroupedFiguresResolver = groupedFiguresResolver(Nation);
export const CountyGroupedFiguresResolver = groupedFiguresResolver(County);
export const MunicipalityGroupedFiguresResolver = groupedFiguresResolver(Municipality);
export const OfficeGroupedFiguresResolver = groupedFiguresResolver(Office);
export const OrganiserGroupedFiguresResolver = groupedFiguresResolver(Organiser);
