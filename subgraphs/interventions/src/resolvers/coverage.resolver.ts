import { PeriodInput } from './inputs/periodInput';
import { figureAreaOf } from '@lagesbild/subgraph-kit';
import { Arg, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { InterventionsContext } from '../context';
import { County, Municipality, Nation, Office } from '../external/areas';
import { type AreaEntity, Organiser, School } from '../external/targets';
import { areaCoverage, areaWorkList } from '../services/areaFigures.service';
import { PERIOD_DEFINITION } from '../services/figureDefinitions';
import { Coverage } from '../types/coverage';
import { CoverageFilter, FILTER_DESCRIPTION } from './inputs/figureFilter';

// Coverage (issue #4) on every kind of area. One class per area type, made by one factory, since type-graphql
// resolves fields per type; the logic is the service's. Nullable, like every field this subgraph adds to others'
// entities, so that an answer survives this subgraph being down.

function coverageResolver<TArea extends AreaEntity>(area: ClassType<TArea>) {
  @Resolver(() => area)
  class AreaCoverageResolver {
    @FieldResolver(() => Coverage, {
      nullable: true,
      description:
        'Regional coverage (regional täckning) in a period: the organisers and school units reached, high-need schools reached, and the outreach funnel.',
    })
    coverage(
      @Root() root: TArea,
      @Arg('period', () => PeriodInput, { nullable: true, description: PERIOD_DEFINITION }) period: PeriodInput | null,
      @Arg('filter', () => CoverageFilter, { nullable: true, description: FILTER_DESCRIPTION })
      filter: CoverageFilter | null,
      @Ctx() ctx: InterventionsContext,
    ): Promise<Coverage | null> {
      return areaCoverage(figureAreaOf(area.name, root), { period, filter }, ctx);
    }

    @FieldResolver(() => [School], {
      nullable: true,
      description:
        'The work list (arbetslista): high-need school units in scope that nothing counting in the period reached, by municipality. Null when high need is unknown.',
    })
    highNeedNotReached(
      @Root() root: TArea,
      @Arg('period', () => PeriodInput, { nullable: true, description: PERIOD_DEFINITION }) period: PeriodInput | null,
      @Arg('filter', () => CoverageFilter, { nullable: true, description: FILTER_DESCRIPTION })
      filter: CoverageFilter | null,
      @Ctx() ctx: InterventionsContext,
    ): Promise<School[] | null> {
      return areaWorkList(figureAreaOf(area.name, root), { period, filter }, ctx);
    }
  }
  return AreaCoverageResolver;
}

export const NationCoverageResolver = coverageResolver(Nation);
export const CountyCoverageResolver = coverageResolver(County);
export const MunicipalityCoverageResolver = coverageResolver(Municipality);
export const OfficeCoverageResolver = coverageResolver(Office);
export const OrganiserCoverageResolver = coverageResolver(Organiser);
