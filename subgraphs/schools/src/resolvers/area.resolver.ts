import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SchoolsContext } from '../context';
import { School } from '../entities/school.entity';
import { County, Municipality } from '../external/area';

// The fields this subgraph adds to the offices subgraph's entities. They are nullable so that
// when this subgraph is down the rest of an answer survives, with an error naming this subgraph.

@Resolver(() => Municipality)
export class MunicipalitySchoolsResolver {
  @FieldResolver(() => [School], {
    nullable: true,
    description: 'School units (skolenheter) in the municipality, by unit code.',
  })
  schools(@Root() municipality: Municipality, @Ctx() { loaders }: SchoolsContext): Promise<School[]> {
    return loaders.schoolsByMunicipality.load(municipality.code);
  }
}

@Resolver(() => County)
export class CountySchoolsResolver {
  @FieldResolver(() => [School], {
    nullable: true,
    description: 'School units (skolenheter) in the county, by unit code.',
  })
  schools(@Root() county: County, @Ctx() { loaders }: SchoolsContext): Promise<School[]> {
    return loaders.schoolsByCounty.load(county.code);
  }
}
