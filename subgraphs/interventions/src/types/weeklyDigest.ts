import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Office } from '../external/areas';
import { Organiser, School } from '../external/targets';

@ObjectType({ description: 'A follow-up (uppföljning) in a weekly digest, as it stood when the digest was built.' })
export class DigestFollowUp {
  @Field(() => ID, { description: 'The follow-up’s id.' })
  followUpId: string;

  @Field(() => ID, { description: 'The id of the intervention (insats) it follows up.' })
  interventionId: string;

  @Field({ description: 'The intervention’s case reference (ärendenummer).' })
  reference: string;

  @Field({ description: 'The intervention’s kind (insatstyp).' })
  kind: string;

  @Field(() => Office, { description: 'The office responsible for the intervention.' })
  office: Office;

  @Field(() => Organiser, { description: 'The school organiser (huvudman) the intervention is for.' })
  organiser: Organiser;

  @Field({ description: 'Its due date, YYYY-MM-DD.' })
  dueOn: string;

  @Field(() => Int, { nullable: true, description: 'Days past its due date on the day built; null when not overdue.' })
  daysOverdue: number | null;
}

@ObjectType({
  description:
    'Weekly digest (veckosammanställning) of an office’s or county’s overdue work, built once a week: the overdue follow-ups, those due in the next 14 days, and the high-need schools not reached in the 12 months up to the day built.',
})
export class WeeklyDigest {
  @Field({ description: 'The Monday of the week, YYYY-MM-DD.' })
  weekStart: string;

  @Field({ description: 'The day it was built, YYYY-MM-DD: its figures are as of that day.' })
  builtOn: string;

  @Field(() => Int, { description: 'Overdue follow-ups (försenade uppföljningar).' })
  overdueCount: number;

  @Field(() => Int, { description: 'Follow-ups due within the next 14 days.' })
  dueSoonCount: number;

  @Field(() => Int, { description: 'High-need school units not reached.' })
  highNeedNotReachedCount: number;

  @Field(() => [DigestFollowUp], { description: 'The overdue follow-ups, oldest due date first.' })
  overdue: DigestFollowUp[];

  @Field(() => [DigestFollowUp], { description: 'The follow-ups due within the next 14 days, soonest first.' })
  dueSoon: DigestFollowUp[];

  @Field(() => [School], { description: 'The high-need school units (skolenheter) not reached.' })
  highNeedNotReached: School[];
}

@ObjectType({ description: 'The outcome of a weekly digest build.' })
export class DigestBuildResult {
  @Field({ description: 'The Monday of the week built, YYYY-MM-DD.' })
  weekStart: string;

  @Field({ description: 'False when the week’s digest had been built already: it is built once a week.' })
  built: boolean;

  @Field(() => Int, { description: 'How many offices’ and counties’ digests were built.' })
  areas: number;
}
