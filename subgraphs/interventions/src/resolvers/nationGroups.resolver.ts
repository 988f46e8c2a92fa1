import { PeriodInput } from './inputs/periodInput';
import { Arg, Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { InterventionsContext } from '../context';
import { Nation } from '../external/areas';
import { nationCoverageBy, nationFollowUpStatusBy } from '../services/areaFigures.service';
import { PERIOD_DEFINITION } from '../services/figureDefinitions';
import { CoverageGroup, FollowUpGroup } from '../types/reportGroups';
import { ReportDimension } from '../types/reportDimension';
import { CoverageFilter, FILTER_DESCRIPTION, FollowUpFilter } from './inputs/figureFilter';

// Analysts' aggregates (issue #4): the nation's figures grouped by a dimension chosen at query time, all groups in
// the one statement that computes the figure, from this subgraph's replicas of the register and the office map.

const GROUP_BY = 'What to group by.';

@Resolver(() => Nation)
export class NationGroupsResolver {
  @FieldResolver(() => [CoverageGroup], {
    nullable: true,
    description:
      'Coverage (täckning) grouped by a dimension, one group per key present in scope (every year of the period, every kind), ordered by key. Each group’s figures are those of the nation narrowed to it.',
  })
  coverageBy(
    @Arg('groupBy', () => ReportDimension, { description: GROUP_BY }) groupBy: ReportDimension,
    @Arg('period', () => PeriodInput, { nullable: true, description: PERIOD_DEFINITION }) period: PeriodInput | null,
    @Arg('filter', () => CoverageFilter, { nullable: true, description: FILTER_DESCRIPTION })
    filter: CoverageFilter | null,
    @Ctx() ctx: InterventionsContext,
  ): Promise<CoverageGroup[] | null> {
    return nationCoverageBy(groupBy, { period, filter }, ctx);
  }

  @FieldResolver(() => [FollowUpGroup], {
    nullable: true,
    description:
      'Follow-up status (uppföljningsstatus) grouped by a dimension, one group per key present in scope (every year of the period, every kind), ordered by key. Each group’s figures are those of the nation narrowed to it.',
  })
  followUpStatusBy(
    @Arg('groupBy', () => ReportDimension, { description: GROUP_BY }) groupBy: ReportDimension,
    @Arg('period', () => PeriodInput, { nullable: true, description: PERIOD_DEFINITION }) period: PeriodInput | null,
    @Arg('filter', () => FollowUpFilter, { nullable: true, description: FILTER_DESCRIPTION })
    filter: FollowUpFilter | null,
    @Ctx() ctx: InterventionsContext,
  ): Promise<FollowUpGroup[] | null> {
    return nationFollowUpStatusBy(groupBy, { period, filter }, ctx);
  }
}
