import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { InterventionKind, InterventionOrigin, InterventionStatus } from '../../entities/interventionEnums';

@InputType({ description: 'Narrows a list of interventions (insatser); all given conditions must hold.' })
export class InterventionFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only the intervention with this case reference (ärendenummer), e.g. UME-2024-0007.',
  })
  reference?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this office’s interventions.' })
  officeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only interventions for this organiser (huvudman).' })
  organiserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only interventions that target this school unit.' })
  schoolId?: string | null;

  @Field(() => InterventionKind, { nullable: true, description: 'Only this kind of support.' })
  kind?: InterventionKind | null;

  @Field(() => InterventionStatus, { nullable: true, description: 'Only interventions in this status.' })
  status?: InterventionStatus | null;

  @Field(() => InterventionOrigin, { nullable: true, description: 'Only interventions of this origin.' })
  origin?: InterventionOrigin | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Identified on or after this date.' })
  identifiedFrom?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Identified on or before this date.' })
  identifiedTo?: string | null;
}
