import { Connection, PageArgs, paginate } from '@lagesbild/subgraph-kit';
import { Arg, Args, Ctx, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { OutcomesContext } from '../context';
import { Indicator } from '../entities/indicator.entity';

@ObjectType({ description: 'A page of outcome indicators (resultatmått).' })
export class IndicatorConnection extends Connection(Indicator) {}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => IndicatorConnection, {
    nullable: true,
    description: 'The outcome indicators (resultatmått), ordered by code. Null only when its service is unavailable.',
  })
  indicators(@Args() page: PageArgs, @Ctx() { dataSource }: OutcomesContext): Promise<IndicatorConnection> {
    return paginate(dataSource.getRepository(Indicator).createQueryBuilder('indicator'), 'code', page);
  }

  @Query(() => Indicator, { nullable: true, description: 'One indicator by its code.' })
  indicator(@Arg('code', () => ID) code: string, @Ctx() { loaders }: OutcomesContext): Promise<Indicator | null> {
    return loaders.indicatorByCode.load(code);
  }
}
