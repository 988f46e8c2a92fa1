import { HighNeedSet } from '@lagesbild/reporting';
import { type ClassType, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OutcomesContext } from '../context';
import { County, Municipality, Nation, Office, Organiser, type AreaEntity } from '../external/area';
import { HIGH_NEED_DEFINITION } from '../services/figureDefinitions';
import type { HighNeedArea } from '../services/schoolNeed.service';
import { requiredScope, SCOPE } from './requiredScope';

// highNeed on every kind of area. Only an organiser's needs the scope from the schools subgraph: the others are
// whole municipalities, which this subgraph knows its units by, so the gateway fetches their high need alongside
// the scope instead of after it, and the interventions subgraph's coverage, which requires both, starts sooner.
// Null when the area's units could not be known (an office whose municipalities, or an organiser whose scope, did
// not come).

function highNeedResolver<TArea extends AreaEntity>(
  Area: ClassType<TArea>,
  requires: string | null,
  areaOf: (area: TArea) => HighNeedArea | null,
) {
  const requiresDirective: MethodDecorator = requires ? Directive(requires) : () => undefined;
  @Resolver(() => Area)
  class AreaHighNeedResolver {
    @FieldResolver(() => HighNeedSet, {
      nullable: true,
      description: `The area’s high-need school units (skolor med störst behov). ${HIGH_NEED_DEFINITION}`,
    })
    @requiresDirective
    highNeed(@Root() area: TArea, @Ctx() { loaders }: OutcomesContext): Promise<HighNeedSet> | null {
      const units = areaOf(area);
      return units && loaders.highNeed.load(units);
    }
  }
  return AreaHighNeedResolver;
}

export const highNeedResolvers = [
  highNeedResolver(Nation, null, () => ({ kind: 'nation' })),
  highNeedResolver(County, null, (county) => ({ kind: 'county', code: county.code })),
  highNeedResolver(Municipality, null, (municipality) => ({ kind: 'municipalities', codes: [municipality.code] })),
  highNeedResolver(Office, '@requires(fields: "municipalities { code }")', (office) =>
    office.municipalities ? { kind: 'municipalities', codes: office.municipalities.map((m) => m.code) } : null,
  ),
  highNeedResolver(Organiser, SCOPE, (organiser) => {
    const scope = requiredScope(organiser);
    return scope && { kind: 'units', scope };
  }),
];
