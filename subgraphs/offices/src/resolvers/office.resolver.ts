import { Connection, PageArgs, paginate } from '@lagesbild/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { OfficesContext } from '../context';
import { County } from '../entities/county.entity';
import { Municipality } from '../entities/municipality.entity';
import { Office } from '../entities/office.entity';

@ObjectType({ description: 'A page of offices (samverkanskontor).' })
export class OfficeConnection extends Connection(Office) {}

@Resolver(() => Office)
export class OfficeResolver {
  @Query(() => OfficeConnection, {
    nullable: true,
    description:
      'SPSM’s 16 collaboration offices (samverkanskontor), ordered by id. Null only when its service is unavailable.',
  })
  offices(@Args() page: PageArgs, @Ctx() { dataSource }: OfficesContext): Promise<OfficeConnection> {
    return paginate(dataSource.getRepository(Office).createQueryBuilder('office'), 'id', page);
  }

  @Query(() => Office, { nullable: true, description: 'One office (samverkanskontor) by its id.' })
  office(@Arg('id', () => ID) id: string, @Ctx() { loaders }: OfficesContext): Promise<Office | null> {
    return loaders.officeById.load(id);
  }

  @FieldResolver(() => [Municipality], { description: 'The municipalities (kommuner) the office covers.' })
  municipalities(@Root() office: Office, @Ctx() { loaders }: OfficesContext): Promise<Municipality[]> {
    return loaders.municipalitiesByOffice.load(office.id);
  }

  @FieldResolver(() => [County], { description: 'The counties (län) the office covers, wholly or in part.' })
  counties(@Root() office: Office, @Ctx() { loaders }: OfficesContext): Promise<County[]> {
    return loaders.countiesByOffice.load(office.id);
  }
}
