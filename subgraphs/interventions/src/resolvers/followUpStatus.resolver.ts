import { PeriodInput } from './inputs/periodInput';
import { figureAreaOf, PageArgs } from '@lagesbild/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { InterventionsContext } from '../context';
import { County, Municipality, Nation, Office } from '../external/areas';
import { type AreaEntity, Organiser } from '../external/targets';
import { areaFollowUpStatus, areaOverdueFollowUps } from '../services/areaFigures.service';
import { PERIOD_DEFINITION } from '../services/figureDefinitions';
import { FollowUpSummary, RegionFollowUpSummary } from '../types/followUpSummary';
import { OverdueFollowUpConnection } from '../types/overdueFollowUp';
import { FILTER_DESCRIPTION, FollowUpFilter } from './inputs/figureFilter';

// Follow-up status and the overdue list (issue #4) on every kind of area, made by one factory as coverage is. The
// nation and counties answer with RegionFollowUpSummary, which adds the split by responsible office.

function followUpStatusResolver<TArea extends AreaEntity>(area: ClassType<TArea>, summary: ClassType<FollowUpSummary>) {
  @Resolver(() => area)
  class AreaFollowUpStatusResolver {
    @FieldResolver(() => summary, {
      nullable: true,
      description: 'Follow-up status (uppföljningsstatus): follow-ups by status, the ageing of the overdue, by kind.',
    })
    followUpStatus(
      @Root() root: TArea,
      @Arg('period', () => PeriodInput, { nullable: true, description: PERIOD_DEFINITION }) period: PeriodInput | null,
      @Arg('filter', () => FollowUpFilter, { nullable: true, description: FILTER_DESCRIPTION })
      filter: FollowUpFilter | null,
      @Ctx() ctx: InterventionsContext,
    ): Promise<FollowUpSummary | null> {
      return areaFollowUpStatus(figureAreaOf(area.name, root), { period, filter }, ctx);
    }

    @FieldResolver(() => OverdueFollowUpConnection, {
      nullable: true,
      description:
        'The overdue list (försenade uppföljningar): follow-ups past due and not done, of interventions for organisers in scope, oldest due date first, whenever their intervention ran.',
    })
    overdueFollowUps(
      @Root() root: TArea,
      @Args() page: PageArgs,
      @Arg('filter', () => FollowUpFilter, { nullable: true, description: FILTER_DESCRIPTION })
      filter: FollowUpFilter | null,
      @Ctx() ctx: InterventionsContext,
    ): Promise<OverdueFollowUpConnection | null> {
      return areaOverdueFollowUps(figureAreaOf(area.name, root), page, filter, ctx);
    }
  }
  return AreaFollowUpStatusResolver;
}

export const NationFollowUpStatusResolver = followUpStatusResolver(Nation, RegionFollowUpSummary);
export const CountyFollowUpStatusResolver = followUpStatusResolver(County, RegionFollowUpSummary);
export const MunicipalityFollowUpStatusResolver = followUpStatusResolver(Municipality, FollowUpSummary);
export const OfficeFollowUpStatusResolver = followUpStatusResolver(Office, FollowUpSummary);
export const OrganiserFollowUpStatusResolver = followUpStatusResolver(Organiser, FollowUpSummary);
