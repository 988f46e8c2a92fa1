import {
  assertMunicipalityReadable,
  Connection,
  PageArgs,
  paginate,
  readableMunicipalities,
  sortOf,
} from '@lagesbild/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { OfficesContext } from '../context';
import { County } from '../entities/county.entity';
import { Municipality } from '../entities/municipality.entity';
import { Office } from '../entities/office.entity';
import { MunicipalityFilter } from './inputs/municipalityFilter';
import { MUNICIPALITY_ORDER_PROPERTIES, MunicipalityOrder } from './inputs/municipalityOrder';

@ObjectType({ description: 'A page of municipalities (kommuner).' })
export class MunicipalityConnection extends Connection(Municipality) {}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, {
    nullable: true,
    description:
      'Municipalities (kommuner), in the order asked for (by code by default). Null only when its service is unavailable.',
  })
  municipalities(
    @Args() page: PageArgs,
    @Arg('filter', () => MunicipalityFilter, { nullable: true }) filter: MunicipalityFilter | null,
    @Arg('orderBy', () => MunicipalityOrder, { nullable: true, description: 'The order; by code when left out.' })
    orderBy: MunicipalityOrder | null,
    @Ctx() { dataSource, scope }: OfficesContext,
  ): Promise<MunicipalityConnection> {
    const query = dataSource.getRepository(Municipality).createQueryBuilder('municipality');
    const readable = readableMunicipalities(scope);
    if (readable) query.andWhere('municipality.code = ANY(:readable)', { readable });
    if (filter?.countyCode) query.andWhere('municipality.countyCode = :countyCode', { countyCode: filter.countyCode });
    if (filter?.officeId) query.andWhere('municipality.officeId = :officeId', { officeId: filter.officeId });
    return paginate(query, 'code', page, sortOf(orderBy, MUNICIPALITY_ORDER_PROPERTIES));
  }

  @Query(() => Municipality, { nullable: true, description: 'One municipality (kommun) by its four-digit code.' })
  municipality(
    @Arg('code', () => ID) code: string,
    @Ctx() { loaders, scope }: OfficesContext,
  ): Promise<Municipality | null> {
    assertMunicipalityReadable(scope, code);
    return loaders.municipalityByCode.load(code);
  }

  @FieldResolver(() => County, { description: 'The county (län) the municipality lies in.' })
  async county(@Root() municipality: Municipality, @Ctx() { loaders }: OfficesContext): Promise<County> {
    return (await loaders.countyByCode.load(municipality.countyCode)) as County;
  }

  @FieldResolver(() => Office, { description: 'The office (samverkanskontor) that covers the municipality.' })
  async office(@Root() municipality: Municipality, @Ctx() { loaders }: OfficesContext): Promise<Office> {
    return (await loaders.officeById.load(municipality.officeId)) as Office;
  }
}
