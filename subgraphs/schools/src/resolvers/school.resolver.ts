import { Connection, PageArgs, paginate, sortOf } from '@lagesbild/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { SchoolsContext } from '../context';
import { Organiser } from '../entities/organiser.entity';
import { School } from '../entities/school.entity';
import { SchoolYear } from '../entities/schoolYear.entity';
import { County, Municipality } from '../external/area';
import { mayReadSchool, schoolsInScope } from '../services/readScope';
import { schoolQuery } from '../services/school.service';
import { SchoolFilter } from './inputs/schoolFilter';
import { SCHOOL_ORDER_PROPERTIES, SchoolOrder } from './inputs/schoolOrder';

@ObjectType({ description: 'A page of school units (skolenheter).' })
export class SchoolConnection extends Connection(School) {}

@Resolver(() => School)
export class SchoolResolver {
  @Query(() => SchoolConnection, {
    nullable: true,
    description:
      'School units (skolenheter), in the order asked for (by id by default). Null only when its service is unavailable.',
  })
  schools(
    @Args() page: PageArgs,
    @Arg('filter', () => SchoolFilter, { nullable: true }) filter: SchoolFilter | null,
    @Arg('orderBy', () => SchoolOrder, { nullable: true, description: 'The order; by id when left out.' })
    orderBy: SchoolOrder | null,
    @Ctx() { dataSource, scope }: SchoolsContext,
  ): Promise<SchoolConnection> {
    const query = schoolsInScope(schoolQuery(dataSource, filter), scope);
    return paginate(query, 'id', page, sortOf(orderBy, SCHOOL_ORDER_PROPERTIES));
  }

  @Query(() => School, { nullable: true, description: 'One school unit by its id.' })
  async school(@Arg('id', () => ID) id: string, @Ctx() { loaders, scope }: SchoolsContext): Promise<School | null> {
    const school = await loaders.schoolById.load(id);
    return school && mayReadSchool(scope, school) ? school : null;
  }

  @Query(() => School, { nullable: true, description: 'One school unit by its school-unit code (skolenhetskod).' })
  async schoolByUnitCode(
    @Arg('unitCode') unitCode: string,
    @Ctx() { dataSource, scope }: SchoolsContext,
  ): Promise<School | null> {
    const school = await dataSource.getRepository(School).findOneBy({ unitCode });
    return school && mayReadSchool(scope, school) ? school : null;
  }

  @FieldResolver(() => Municipality, { description: 'The municipality (kommun) the school lies in.' })
  municipality(@Root() school: School): Municipality {
    return { code: school.municipalityCode };
  }

  @FieldResolver(() => County, { description: 'The county (län) the school lies in.' })
  county(@Root() school: School): County {
    return { code: school.municipalityCode.slice(0, 2) };
  }

  @FieldResolver(() => Organiser, { description: 'The organiser (huvudman) that runs the school.' })
  async organiser(@Root() school: School, @Ctx() { loaders }: SchoolsContext): Promise<Organiser> {
    return (await loaders.organiserById.load(school.organiserId)) as Organiser;
  }

  @FieldResolver(() => [SchoolYear], { description: 'Pupils and socio-economic index per year, oldest first.' })
  years(@Root() school: School, @Ctx() { loaders }: SchoolsContext): Promise<SchoolYear[]> {
    return loaders.yearsBySchool.load(school.id);
  }
}
