import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SchoolsContext } from '../context';
import { mayReadSchool } from '../services/readScope';
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
  async schools(@Root() municipality: Municipality, @Ctx() { loaders, scope }: SchoolsContext): Promise<School[]> {
    const schools = await loaders.schoolsByMunicipality.load(municipality.code);
    return schools.filter((school) => mayReadSchool(scope, school));
  }
}

@Resolver(() => County)
export class CountySchoolsResolver {
  @FieldResolver(() => [School], {
    nullable: true,
    description: 'School units (skolenheter) in the county, by unit code.',
  })
  async schools(@Root() county: County, @Ctx() { loaders, scope }: SchoolsContext): Promise<School[]> {
    // An office covering part of a county sees that part.
    const schools = await loaders.schoolsByCounty.load(county.code);
    return schools.filter((school) => mayReadSchool(scope, school));
  }
}
