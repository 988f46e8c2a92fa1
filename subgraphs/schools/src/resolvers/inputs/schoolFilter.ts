import { OrganiserType, SchoolForm } from '@lagesbild/domain';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows a list of school units; all given conditions must hold.' })
export class SchoolFilter {
  @Field(() => ID, { nullable: true, description: 'Only schools in this county (län code).' })
  countyCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only schools in this municipality (kommun code).' })
  municipalityCode?: string | null;

  @Field(() => SchoolForm, { nullable: true, description: 'Only schools of this school form (skolform).' })
  schoolForm?: SchoolForm | null;

  @Field(() => ID, { nullable: true, description: 'Only schools run by this organiser (huvudman).' })
  organiserId?: string | null;

  @Field(() => OrganiserType, { nullable: true, description: 'Only schools whose organiser is of this kind.' })
  organiserType?: OrganiserType | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only school units whose name holds this text (any case), or whose school-unit code (skolenhetskod) starts with these digits.',
  })
  search?: string | null;
}
