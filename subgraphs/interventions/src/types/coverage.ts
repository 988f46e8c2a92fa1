import { DataVersions } from '@lagesbild/subgraph-kit';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { FUNNEL_DEFINITION, PERIOD_DEFINITION, REACHED_DEFINITION } from '../services/figureDefinitions';

@ObjectType({ description: `The period a figure covers (period), both days included. ${PERIOD_DEFINITION}` })
@Directive('@shareable')
export class ReportPeriod {
  @Field(() => GraphQLLocalDate, { description: 'First day.' })
  from: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day.' })
  to: string;
}

@ObjectType({ description: FUNNEL_DEFINITION })
export class OutreachFunnel {
  @Field(() => Int, { description: 'All organisers (huvudmän) in scope.' })
  organisers: number;

  @Field(() => Int, { description: 'Contacted (kontaktade): with any intervention counting in the period.' })
  contacted: number;

  @Field(() => Int, { description: 'Offered support (erbjudna).' })
  offered: number;

  @Field(() => Int, { description: 'Accepted (accepterade), or ongoing or later.' })
  accepted: number;

  @Field(() => Int, { description: 'Started (påbörjade).' })
  started: number;

  @Field(() => Int, { description: 'Followed up (uppföljda).' })
  followedUp: number;
}

@ObjectType({
  description: `Regional coverage (regional täckning): how many of an area’s organisers and school units the support reached in a period. ${REACHED_DEFINITION}`,
})
export class Coverage {
  @Field(() => ReportPeriod, { description: 'The period counted.' })
  period: ReportPeriod;

  @Field(() => DataVersions)
  dataVersions: DataVersions;

  @Field(() => Int, { description: 'Organisers (huvudmän) in scope.' })
  organisers: number;

  @Field(() => Int, { description: 'Organisers reached (nådda huvudmän).' })
  organisersReached: number;

  @Field(() => Int, { description: 'Organisers reached through outreach (uppsökande).' })
  organisersReachedByOutreach: number;

  @Field(() => Int, { description: 'Organisers reached through a request (förfrågan).' })
  organisersReachedByRequest: number;

  @Field(() => Int, { description: 'School units (skolenheter) in scope.' })
  schools: number;

  @Field(() => Int, { description: 'School units reached (nådda skolenheter).' })
  schoolsReached: number;

  @Field(() => Int, { description: 'School units reached through outreach (uppsökande).' })
  schoolsReachedByOutreach: number;

  @Field(() => Int, { description: 'School units reached through a request (förfrågan).' })
  schoolsReachedByRequest: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'High-need school units (skolor med störst behov) in scope, as the outcomes service defines them; null when it cannot say.',
  })
  highNeedSchools: number | null;

  @Field(() => Int, { nullable: true, description: 'High-need school units reached; null when high need is unknown.' })
  highNeedSchoolsReached: number | null;

  @Field(() => OutreachFunnel, { description: 'The outreach funnel over the organisers in scope.' })
  funnel: OutreachFunnel;
}
