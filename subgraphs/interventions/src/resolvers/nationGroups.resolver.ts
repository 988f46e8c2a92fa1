import { PeriodInput } from './inputs/periodInput';
import { Arg, Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { InterventionsContext } from '../context';
import { Nation } from '../external/areas';
import { areaCoverageGrouped, areaFollowUpStatusGrouped } from '../services/groupedFigures.service';
import { PERIOD_DEFINITION } from '../services/figureDefinitions';
import { CoverageGroup, FollowUpGroup } from '../types/reportGroups';
import { ReportDimension } from '../types/reportDimension';
import { CoverageFilter, FILTER_DESCRIPTION, FollowUpFilter } from './inputs/figureFilter';

// The nation's figures by one dimension (issue #4), as the dashboard's CoverageTrend asks for them: the grouped
// figures of issue #16 (groupedFigures.resolver.ts) with one dimension, ordered by key.

const GROUP_BY = 'What to group by.';
const NATION = { kind: 'nation', code: 'SE' } as const;

@Resolver(() => Nation)
export class NationGroupsResolver {
  @FieldResolver(() => [CoverageGroup], {
    nullable: true,
    description:
      'Coverage (täckning) grouped by a dimension, one group per key present in scope (every year of the period, every kind), ordered by key; coverageGrouped with one dimension.',
  })
  coverageBy(
    @Arg('groupBy', () => ReportDimension, { description: GROUP_BY }) groupBy: ReportDimension,
    @Arg('period', () => PeriodInput, { nullable: true, description: PERIOD_DEFINITION }) period: PeriodInput | null,
    @Arg('filter', () => CoverageFilter, { nullable: true, description: FILTER_DESCRIPTION })
    filter: CoverageFilter | null,
    @Ctx() ctx: InterventionsContext,
  ): Promise<CoverageGroup[] | null> {
    return areaCoverageGrouped(NATION, { groupBy: [groupBy], period, filter }, ctx);
  }

  @FieldResolver(() => [FollowUpGroup], {
    nullable: true,
    description:
      'Follow-up status (uppföljningsstatus) grouped by a dimension, one group per key present in scope (every year of the period, every kind), ordered by key; followUpStatusGrouped with one dimension.',
  })
  followUpStatusBy(
    @Arg('groupBy', () => ReportDimension, { description: GROUP_BY }) groupBy: ReportDimension,
    @Arg('period', () => PeriodInput, { nullable: true, description: PERIOD_DEFINITION }) period: PeriodInput | null,
    @Arg('filter', () => FollowUpFilter, { nullable: true, description: FILTER_DESCRIPTION })
    filter: FollowUpFilter | null,
    @Ctx() ctx: InterventionsContext,
  ): Promise<FollowUpGroup[] | null> {
    return areaFollowUpStatusGrouped(NATION, { groupBy: [groupBy], period, filter }, ctx);
  }
}
