import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { FollowUpAssessment } from './interventionEnums';

@ObjectType({ description: 'Follow-up (uppföljning) of an intervention with the organiser.' })
@Directive('@key(fields: "id")')
@Entity('follow_up')
// The natural key: one follow-up per intervention and due date (migration NaturalKeys).
@Unique('follow_up_intervention_id_due_on_key', ['interventionId', 'dueOn'])
export class FollowUp {
  @Field(() => ID, { description: 'Stable id of the follow-up.' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'intervention_id', type: 'uuid' })
  interventionId: string;

  @Field(() => GraphQLLocalDate, { description: 'When the follow-up is due.' })
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it was done; null until then.' })
  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;

  @Field(() => FollowUpAssessment, { nullable: true, description: 'Effect as judged with the organiser.' })
  @Column({ type: 'text', nullable: true })
  assessment: FollowUpAssessment | null;

  @Field(() => String, { nullable: true, description: 'Agreed next step (nästa steg).' })
  @Column({ name: 'next_step', type: 'text', nullable: true })
  nextStep: string | null;

  @Field(() => Int, {
    description:
      'Its version: 1 when planned, one more with every change. Pass it as expectedVersion when completing it, so that a change someone else saved meanwhile is not overwritten.',
  })
  @Column({ type: 'integer', insert: false, update: false, default: 1 })
  version: number;
}
