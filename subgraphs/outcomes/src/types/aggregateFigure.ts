import { Field, Float, Int, ObjectType } from 'type-graphql';
import { OutcomeStatus } from '../entities/outcomeEnums';
import { SUPPRESSION_DEFINITION } from '../services/figureDefinitions';

@ObjectType({
  description: `A figure computed over school units (skolenheter), with the number of units it rests on. ${SUPPRESSION_DEFINITION}`,
})
export class AggregateFigure {
  @Field(() => Float, {
    nullable: true,
    description: 'The figure; null unless the status is REPORTED, never 0 in its place.',
  })
  value: number | null;

  @Field(() => OutcomeStatus, {
    description: 'REPORTED, SUPPRESSED (fewer than 3 school units behind it) or MISSING (no reported value behind it).',
  })
  status: OutcomeStatus;

  @Field(() => Int, {
    description:
      'The school units with a reported value that the figure rests on (for a difference: the units on both sides).',
  })
  schoolCount: number;
}
