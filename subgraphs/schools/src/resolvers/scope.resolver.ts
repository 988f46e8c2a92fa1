import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DataScope } from '@lagesbild/auth';
import type { SchoolsContext } from '../context';
import { visibleAreaScope } from '../services/readScope';
import { Organiser } from '../entities/organiser.entity';
import { County, Municipality, Nation, Office } from '../external/area';
import { AreaScope } from '../types/areaScope';

/** Every scope handed out is cut to what the user may read, so no figure built on it counts anything else. */
const visible = async (scope: DataScope, area: Promise<AreaScope>) => visibleAreaScope(scope, await area);

// The scope of each kind of area: the readable list of what its figures count. Nullable like every field this
// subgraph adds to others' entities, so that an answer survives this subgraph being down.

const DESCRIPTION = 'The school units and organisers that figures about this area count (underlag).';

@Resolver(() => Nation)
export class NationScopeResolver {
  @FieldResolver(() => AreaScope, { nullable: true, description: DESCRIPTION })
  scope(@Ctx() { loaders, scope }: SchoolsContext): Promise<AreaScope> {
    return visible(scope, loaders.scope.load({ kind: 'nation' }));
  }
}

@Resolver(() => County)
export class CountyScopeResolver {
  @FieldResolver(() => AreaScope, { nullable: true, description: DESCRIPTION })
  scope(@Root() county: County, @Ctx() { loaders, scope }: SchoolsContext): Promise<AreaScope> {
    return visible(scope, loaders.scope.load({ kind: 'county', code: county.code }));
  }
}

@Resolver(() => Municipality)
export class MunicipalityScopeResolver {
  @FieldResolver(() => AreaScope, { nullable: true, description: DESCRIPTION })
  scope(@Root() municipality: Municipality, @Ctx() { loaders, scope }: SchoolsContext): Promise<AreaScope> {
    return visible(scope, loaders.scope.load({ kind: 'municipalities', codes: [municipality.code] }));
  }
}

@Resolver(() => Office)
export class OfficeScopeResolver {
  @FieldResolver(() => AreaScope, { nullable: true, description: DESCRIPTION })
  @Directive('@requires(fields: "municipalities { code }")')
  scope(@Root() office: Office, @Ctx() { loaders, scope }: SchoolsContext): Promise<AreaScope> {
    return visible(
      scope,
      loaders.scope.load({ kind: 'municipalities', codes: (office.municipalities ?? []).map((m) => m.code) }),
    );
  }
}

@Resolver(() => Organiser)
export class OrganiserScopeResolver {
  @FieldResolver(() => AreaScope, { nullable: true, description: DESCRIPTION })
  scope(@Root() organiser: Organiser, @Ctx() { loaders, scope }: SchoolsContext): Promise<AreaScope> {
    return visible(scope, loaders.scope.load({ kind: 'organiser', id: organiser.id }));
  }
}
