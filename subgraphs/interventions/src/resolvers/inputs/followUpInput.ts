import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { FollowUpAssessment } from '../../entities/interventionEnums';

@InputType({ description: 'A follow-up (uppföljning) of an intervention, planned or already done.' })
export class FollowUpInput {
  @Field(() => ID, {
    description: 'The intervention (insats) followed up; it must be ONGOING, COMPLETED or FOLLOWED_UP.',
  })
  interventionId: string;

  @Field(() => GraphQLLocalDate, { description: 'When it is due; one follow-up per intervention and day.' })
  dueOn: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'When it was done, if it was: not in the future, and not before the support started.',
  })
  completedOn?: string | null;

  @Field(() => FollowUpAssessment, {
    nullable: true,
    description: 'Effect as judged with the organiser (bedömd effekt); required with completedOn, and only with it.',
  })
  assessment?: FollowUpAssessment | null;

  @Field(() => String, { nullable: true, description: 'Agreed next step (nästa steg).' })
  nextStep?: string | null;
}
