import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InterventionKind, InterventionOrigin, InterventionStatus } from './interventionEnums';

@ObjectType({
  description: 'Intervention (insats): support an office gives an organiser (huvudman) and maybe some of its schools.',
})
@Directive('@key(fields: "id")')
@Entity('intervention')
export class Intervention {
  @Field(() => ID, { description: 'Stable id of the intervention.' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => String, {
    description:
      'The office’s case reference (ärendenummer): office, year identified and a sequence, e.g. UME-2024-0007.',
  })
  @Column({ type: 'text', unique: true })
  reference: string;

  @Field(() => InterventionKind, { description: 'Kind of support (insatstyp).' })
  @Column({ type: 'text' })
  kind: InterventionKind;

  @Field(() => InterventionOrigin, { description: 'How it came about: outreach, request or programme referral.' })
  @Column({ type: 'text' })
  origin: InterventionOrigin;

  @Field(() => InterventionStatus, { description: 'Where it is in its lifecycle.' })
  @Column({ type: 'text' })
  status: InterventionStatus;

  @Column({ name: 'organiser_id', type: 'uuid' })
  organiserId: string;

  @Column({ name: 'office_id', type: 'text' })
  officeId: string;

  @Field(() => GraphQLLocalDate, { description: 'When the need was identified.' })
  @Column({ name: 'identified_on', type: 'date' })
  identifiedOn: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When support was offered.' })
  @Column({ name: 'offered_on', type: 'date', nullable: true })
  offeredOn: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the organiser accepted.' })
  @Column({ name: 'accepted_on', type: 'date', nullable: true })
  acceptedOn: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the organiser declined.' })
  @Column({ name: 'declined_on', type: 'date', nullable: true })
  declinedOn: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the support started.' })
  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the support was completed.' })
  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the effect was followed up.' })
  @Column({ name: 'followed_up_on', type: 'date', nullable: true })
  followedUpOn: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it was cancelled.' })
  @Column({ name: 'cancelled_on', type: 'date', nullable: true })
  cancelledOn: string | null;

  @Field(() => Int, {
    description:
      'Its version: 1 when recorded, one more with every change. Pass it as expectedVersion when changing it, so that a change someone else saved meanwhile is not overwritten.',
  })
  @Column({ type: 'integer', insert: false, update: false, default: 1 })
  version: number;

  /** The client's key for the create that made it, so that the same create sent twice makes one intervention. */
  @Column({ name: 'request_key', type: 'uuid', nullable: true })
  requestKey: string | null;
}
