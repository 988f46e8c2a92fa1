import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { InterventionsContext } from '../context';
import { FollowUp } from '../entities/followUp.entity';
import { Intervention } from '../entities/intervention.entity';
import { FollowUpStatus } from '../entities/interventionEnums';
import { followUpStatus } from '../services/followUpStatus';

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @FieldResolver(() => FollowUpStatus, {
    description: 'Derived from the dates: not due, due within 30 days, overdue, or done.',
  })
  status(@Root() followUp: FollowUp, @Ctx() { today }: InterventionsContext): FollowUpStatus {
    return followUpStatus(followUp.dueOn, followUp.completedOn, today);
  }

  @FieldResolver(() => Intervention, { description: 'The intervention (insats) followed up.' })
  async intervention(@Root() followUp: FollowUp, @Ctx() { loaders }: InterventionsContext): Promise<Intervention> {
    return (await loaders.interventionById.load(followUp.interventionId)) as Intervention;
  }
}
