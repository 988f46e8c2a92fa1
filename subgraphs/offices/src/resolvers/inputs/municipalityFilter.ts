import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows a list of municipalities (kommuner); all given conditions must hold.' })
export class MunicipalityFilter {
  @Field(() => ID, { nullable: true, description: 'Only municipalities in this county (län code).' })
  countyCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only municipalities covered by this office.' })
  officeId?: string | null;
}
