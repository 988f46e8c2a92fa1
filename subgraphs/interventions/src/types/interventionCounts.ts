import { DataVersions } from '@lagesbild/subgraph-kit';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { INTERVENTION_COUNTS_DEFINITION } from '../services/figureDefinitions';
import { ReportPeriod } from './coverage';

@ObjectType({ description: `Interventions (insatser) counted by step. ${INTERVENTION_COUNTS_DEFINITION}` })
export class InterventionCounts {
  @Field(() => ReportPeriod, { description: 'The period counted (a YEAR group’s is cut to its year).' })
  period: ReportPeriod;

  @Field(() => DataVersions)
  dataVersions: DataVersions;

  @Field(() => Int, { description: 'Interventions counting in the period: any of their dated steps falls in it.' })
  total: number;

  @Field(() => Int, { description: 'Offered (erbjudna) in the period.' })
  offered: number;

  @Field(() => Int, { description: 'Declined (avböjda) in the period.' })
  declined: number;

  @Field(() => Int, { description: 'Started (påbörjade) in the period.' })
  started: number;

  @Field(() => Int, { description: 'Completed (avslutade) in the period.' })
  completed: number;

  @Field(() => Int, {
    description:
      'With an overdue follow-up (försenad uppföljning) as of today, among the follow-ups counted in the period.',
  })
  overdue: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of declined offers (andel avböjda erbjudanden): of the interventions offered in the period, the share since declined; null when none was offered.',
  })
  declinedShare: number | null;
}
