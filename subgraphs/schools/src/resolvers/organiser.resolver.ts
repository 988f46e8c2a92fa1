import { Connection, PageArgs, paginate, sortOf } from '@lagesbild/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { SchoolsContext } from '../context';
import { Organiser } from '../entities/organiser.entity';
import { School } from '../entities/school.entity';
import { Municipality } from '../external/area';
import { mayReadOrganiser, mayReadSchool, organisersInScope } from '../services/readScope';
import { organiserQuery } from '../services/school.service';
import { OrganiserFilter } from './inputs/organiserFilter';
import { ORGANISER_ORDER_PROPERTIES, OrganiserOrder } from './inputs/organiserOrder';

@ObjectType({ description: 'A page of organisers (huvudmän).' })
export class OrganiserConnection extends Connection(Organiser) {}

@Resolver(() => Organiser)
export class OrganiserResolver {
  @Query(() => OrganiserConnection, {
    nullable: true,
    description:
      'School organisers (huvudmän), in the order asked for (by id by default). Null only when its service is unavailable.',
  })
  organisers(
    @Args() page: PageArgs,
    @Arg('filter', () => OrganiserFilter, { nullable: true }) filter: OrganiserFilter | null,
    @Arg('orderBy', () => OrganiserOrder, { nullable: true, description: 'The order; by id when left out.' })
    orderBy: OrganiserOrder | null,
    @Ctx() { dataSource, scope }: SchoolsContext,
  ): Promise<OrganiserConnection> {
    const query = organisersInScope(organiserQuery(dataSource, filter), scope);
    return paginate(query, 'id', page, sortOf(orderBy, ORGANISER_ORDER_PROPERTIES));
  }

  @Query(() => Organiser, { nullable: true, description: 'One organiser (huvudman) by its id.' })
  async organiser(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders, scope }: SchoolsContext,
  ): Promise<Organiser | null> {
    const organiser = await loaders.organiserById.load(id);
    return organiser && (await mayReadOrganiser(scope, organiser, loaders)) ? organiser : null;
  }

  @FieldResolver(() => Municipality, { description: 'The municipality (kommun) where the organiser has its seat.' })
  municipality(@Root() organiser: Organiser): Municipality {
    return { code: organiser.municipalityCode };
  }

  @FieldResolver(() => [School], { description: 'The school units the organiser runs, by school-unit code.' })
  async schools(@Root() organiser: Organiser, @Ctx() { loaders, scope }: SchoolsContext): Promise<School[]> {
    // An organiser may run schools in several counties; a regional manager sees those in theirs.
    return (await loaders.schoolsByOrganiser.load(organiser.id)).filter((school) => mayReadSchool(scope, school));
  }
}
