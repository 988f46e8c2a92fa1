import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { OutcomesContext } from '../context';
import { Indicator } from '../entities/indicator.entity';
import { OutcomeStatus } from '../entities/outcomeEnums';
import { OutcomeValue } from '../entities/outcomeValue.entity';
import { School } from '../external/school';

@Resolver(() => OutcomeValue)
export class OutcomeValueResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator the value is of.' })
  async indicator(@Root() outcome: OutcomeValue, @Ctx() { loaders }: OutcomesContext): Promise<Indicator> {
    return (await loaders.indicatorByCode.load(outcome.indicatorCode)) as Indicator;
  }

  @FieldResolver(() => School, { description: 'The school unit the value is for.' })
  school(@Root() outcome: OutcomeValue): School {
    return { id: outcome.schoolId };
  }

  // A suppressed group's size is itself revealing (it says "fewer than 10"), so it is shown only with the value.
  @FieldResolver(() => Int, { nullable: true, description: 'Pupils behind the value; null unless it is reported.' })
  pupilCount(@Root() outcome: OutcomeValue): number | null {
    return outcome.status === OutcomeStatus.REPORTED ? outcome.pupilCount : null;
  }
}
