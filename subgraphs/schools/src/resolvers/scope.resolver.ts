import { AreaScope } from '@lagesbild/reporting';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SchoolsContext } from '../context';
import { Organiser } from '../entities/organiser.entity';
import { County, Municipality, Nation, Office } from '../external/area';

// The scope of each kind of area, which the interventions and outcomes subgraphs require for their figures.
// Nullable like every field this subgraph adds to others' entities, so that an answer survives this subgraph
// being down.

const DESCRIPTION = 'The school units and organisers that figures about this area count (underlag).';

@Resolver(() => Nation)
export class NationScopeResolver {
  @FieldResolver(() => AreaScope, { nullable: true, description: DESCRIPTION })
  scope(@Ctx() { loaders }: SchoolsContext): Promise<AreaScope> {
    return loaders.scope.load({ kind: 'nation' });
  }
}

@Resolver(() => County)
export class CountyScopeResolver {
  @FieldResolver(() => AreaScope, { nullable: true, description: DESCRIPTION })
  scope(@Root() county: County, @Ctx() { loaders }: SchoolsContext): Promise<AreaScope> {
    return loaders.scope.load({ kind: 'county', code: county.code });
  }
}

@Resolver(() => Municipality)
export class MunicipalityScopeResolver {
  @FieldResolver(() => AreaScope, { nullable: true, description: DESCRIPTION })
  scope(@Root() municipality: Municipality, @Ctx() { loaders }: SchoolsContext): Promise<AreaScope> {
    return loaders.scope.load({ kind: 'municipalities', codes: [municipality.code] });
  }
}

@Resolver(() => Office)
export class OfficeScopeResolver {
  @FieldResolver(() => AreaScope, { nullable: true, description: DESCRIPTION })
  @Directive('@requires(fields: "municipalities { code }")')
  scope(@Root() office: Office, @Ctx() { loaders }: SchoolsContext): Promise<AreaScope> {
    return loaders.scope.load({ kind: 'municipalities', codes: (office.municipalities ?? []).map((m) => m.code) });
  }
}

@Resolver(() => Organiser)
export class OrganiserScopeResolver {
  @FieldResolver(() => AreaScope, { nullable: true, description: DESCRIPTION })
  scope(@Root() organiser: Organiser, @Ctx() { loaders }: SchoolsContext): Promise<AreaScope> {
    return loaders.scope.load({ kind: 'organiser', id: organiser.id });
  }
}
