import { mayReadCounty } from '@lagesbild/auth';
import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { OfficesContext } from '../context';
import { County } from '../entities/county.entity';
import { Office } from '../entities/office.entity';
import { Nation, NATION_ID } from '../types/nation';

export const nation = (): Nation => ({ id: NATION_ID, name: 'Sverige' });

@Resolver(() => Nation)
export class NationResolver {
  @Query(() => Nation, {
    description: 'Sweden as a whole (riket), with its counties and offices and the national figures.',
  })
  nation(): Nation {
    return nation();
  }

  @FieldResolver(() => [County], { description: 'All 21 counties (län), by code.' })
  async counties(@Ctx() { dataSource, scope }: OfficesContext): Promise<County[]> {
    // A regional manager's national overview lists their own counties only.
    const counties = await dataSource.getRepository(County).find({ order: { code: 'ASC' } });
    return counties.filter((county) => mayReadCounty(scope, county.code));
  }

  @FieldResolver(() => [Office], { description: 'All 16 offices (samverkanskontor), by id.' })
  offices(@Ctx() { dataSource }: OfficesContext): Promise<Office[]> {
    return dataSource.getRepository(Office).find({ order: { id: 'ASC' } });
  }
}
