import { mayReadMunicipality } from '@lagesbild/auth';
import { assertCountyReadable, Connection, PageArgs, paginate } from '@lagesbild/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { OfficesContext } from '../context';
import { County } from '../entities/county.entity';
import { Municipality } from '../entities/municipality.entity';
import { Office } from '../entities/office.entity';

@ObjectType({ description: 'A page of counties (län).' })
export class CountyConnection extends Connection(County) {}

@Resolver(() => County)
export class CountyResolver {
  @Query(() => CountyConnection, {
    nullable: true,
    description: 'Sweden’s counties (län), ordered by code. Null only when its service is unavailable.',
  })
  counties(@Args() page: PageArgs, @Ctx() { dataSource, scope }: OfficesContext): Promise<CountyConnection> {
    const query = dataSource.getRepository(County).createQueryBuilder('county');
    if (!scope.all) query.andWhere('county.code = ANY(:readable)', { readable: scope.counties });
    return paginate(query, 'code', page);
  }

  @Query(() => County, { nullable: true, description: 'One county (län) by its two-digit code.' })
  county(@Arg('code', () => ID) code: string, @Ctx() { loaders, scope }: OfficesContext): Promise<County | null> {
    assertCountyReadable(scope, code);
    return loaders.countyByCode.load(code);
  }

  @FieldResolver(() => [Municipality], { description: 'The county’s municipalities (kommuner), ordered by code.' })
  async municipalities(@Root() county: County, @Ctx() { loaders, scope }: OfficesContext): Promise<Municipality[]> {
    // A county split between offices (Stockholms län) lists, for each office's staff, their own part.
    const municipalities = await loaders.municipalitiesByCounty.load(county.code);
    return municipalities.filter((municipality) => mayReadMunicipality(scope, municipality.code));
  }

  @FieldResolver(() => [Office], { description: 'The offices (samverkanskontor) covering some of the county.' })
  offices(@Root() county: County, @Ctx() { loaders }: OfficesContext): Promise<Office[]> {
    return loaders.officesByCounty.load(county.code);
  }
}
