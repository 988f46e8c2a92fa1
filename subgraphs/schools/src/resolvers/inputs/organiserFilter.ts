import { OrganiserType } from '@lagesbild/domain';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows a list of organisers (huvudmän); all given conditions must hold.' })
export class OrganiserFilter {
  @Field(() => OrganiserType, { nullable: true, description: 'Only municipal or only independent organisers.' })
  type?: OrganiserType | null;

  @Field(() => ID, { nullable: true, description: 'Only organisers seated in this municipality (kommun code).' })
  municipalityCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only organisers seated in this county (län code).' })
  countyCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only organisers whose name holds this text (any case), or whose organisation number (organisationsnummer) starts with these digits.',
  })
  search?: string | null;
}
