import { Connection } from '@lagesbild/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { FollowUp } from '../entities/followUp.entity';
import { Intervention } from '../entities/intervention.entity';

@ObjectType({ description: 'An overdue follow-up (försenad uppföljning): past due and not done.' })
export class OverdueFollowUp {
  @Field(() => FollowUp, { description: 'The follow-up.' })
  followUp: FollowUp;

  @Field(() => Intervention, { description: 'The intervention (insats) it follows up.' })
  intervention: Intervention;

  @Field(() => Int, { description: 'Days past its due date, as of today (1 or more).' })
  daysOverdue: number;
}

@ObjectType({ description: 'A page of overdue follow-ups (försenade uppföljningar), oldest due date first.' })
export class OverdueFollowUpConnection extends Connection(OverdueFollowUp) {}
