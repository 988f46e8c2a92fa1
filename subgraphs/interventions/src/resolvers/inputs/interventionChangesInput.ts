import { Field, ID, InputType } from 'type-graphql';
import { InterventionKind, InterventionOrigin } from '../../entities/interventionEnums';

@InputType({
  description:
    'Corrections to an intervention (insats); a field left out or null stays as it is. Status moves go through moveIntervention.',
})
export class InterventionChangesInput {
  @Field(() => InterventionKind, { nullable: true, description: 'Kind of support (insatstyp).' })
  kind?: InterventionKind | null;

  @Field(() => InterventionOrigin, { nullable: true, description: 'How it came about.' })
  origin?: InterventionOrigin | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Replaces the targeted school units (skolenheter), each run by the organiser; empty for the whole organiser.',
  })
  schoolIds?: string[] | null;
}
