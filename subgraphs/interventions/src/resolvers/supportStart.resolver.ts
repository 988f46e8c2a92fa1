import { SupportStart } from '@lagesbild/reporting';
import { Ctx, Directive, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { InterventionsContext } from '../context';
import { County, Municipality, Nation, Office, type AreaEntity } from '../external/areas';
import { Organiser } from '../external/targets';
import { areaFirstSupport } from '../services/areaFigures.service';
import { SUPPORT_START_DEFINITION } from '../services/figureDefinitions';
import { AREA_FIGURE_REQUIRES } from './figureRequires';

// firstSupport on every kind of area: the outcomes subgraph requires it to compare schools before and after their
// first support. It reads the same scope as the other figures, so the gateway fetches that once per area.

function supportStartResolver<TArea extends AreaEntity>(area: ClassType<TArea>) {
  @Resolver(() => area)
  class AreaSupportStartResolver {
    @FieldResolver(() => [SupportStart], { nullable: true, description: SUPPORT_START_DEFINITION })
    @Directive(AREA_FIGURE_REQUIRES)
    firstSupport(@Root() root: TArea, @Ctx() ctx: InterventionsContext): Promise<SupportStart[] | null> {
      return areaFirstSupport(root, ctx);
    }
  }
  return AreaSupportStartResolver;
}

export const NationSupportStartResolver = supportStartResolver(Nation);
export const CountySupportStartResolver = supportStartResolver(County);
export const MunicipalitySupportStartResolver = supportStartResolver(Municipality);
export const OfficeSupportStartResolver = supportStartResolver(Office);
export const OrganiserSupportStartResolver = supportStartResolver(Organiser);
