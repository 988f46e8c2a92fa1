import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { InterventionKind, InterventionOrigin } from '../../entities/interventionEnums';

@InputType({ description: 'A newly identified intervention (insats), as office staff record it.' })
export class NewInterventionInput {
  @Field(() => InterventionKind, { description: 'Kind of support (insatstyp).' })
  kind: InterventionKind;

  @Field(() => InterventionOrigin, { description: 'How it came about: outreach, request or programme referral.' })
  origin: InterventionOrigin;

  @Field(() => ID, { description: 'The organiser (huvudman) the support is for; must exist.' })
  organiserId: string;

  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description: 'School units (skolenheter) targeted, each run by the organiser; empty for the organiser as a whole.',
  })
  schoolIds?: string[] | null;

  @Field(() => ID, {
    description: 'The responsible office (samverkanskontor), e.g. "UME"; it may be another than the local one.',
  })
  officeId: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'When the need was identified; today in Sweden when left out, and never in the future.',
  })
  identifiedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The office’s case reference (ärendenummer), OFFICE-YEAR-NUMBER with the year identified, e.g. UME-2024-0007; the next free number when left out.',
  })
  reference?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A key (a UUID) the client makes once per form it submits: the same create sent again with it (a double click, a retry) answers with the intervention it already recorded, and records no second one.',
  })
  requestKey?: string | null;
}
