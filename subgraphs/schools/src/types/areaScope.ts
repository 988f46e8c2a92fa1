import { OrganiserType, SchoolForm } from '@lagesbild/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';

// An area's scope: the school units and organisers a figure about the area counts, as a readable list for analysts
// on every area entity (Nation, County, Office, Municipality, Organiser). The subgraphs that compute figures find
// the same units in their replicas of the register (issue #13); nothing travels between subgraphs through it.

@ObjectType({ description: 'A school unit as the reporting figures count it (skolenhet i underlaget).' })
export class ScopeSchool {
  @Field(() => ID, { description: 'The school unit’s id.' })
  id: string;

  @Field(() => ID, { description: 'Its organiser’s (huvudman) id.' })
  organiserId: string;

  @Field(() => OrganiserType, { description: 'Whether its organiser is municipal or independent.' })
  organiserType: OrganiserType;

  @Field(() => SchoolForm, { description: 'Its school form (skolform).' })
  schoolForm: SchoolForm;

  @Field(() => ID, { description: 'Its municipality (kommunkod).' })
  municipalityCode: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Socio-economic band (socioekonomisk kvartil), 1 to 4: the quartile of its latest socio-economic index among schools of its form nationally; 4 is the toughest conditions. Null without an index.',
  })
  socioEconomicBand: number | null;
}

@ObjectType({ description: 'An organiser (huvudman) as the reporting figures count it.' })
export class ScopeOrganiser {
  @Field(() => ID, { description: 'The organiser’s id.' })
  id: string;

  @Field(() => OrganiserType, { description: 'Municipal or independent.' })
  type: OrganiserType;
}

@ObjectType({ description: 'What a figure about an area counts: its school units and organisers (underlag).' })
export class AreaScope {
  @Field(() => [ScopeSchool], { description: 'The school units in the area.' })
  schools: ScopeSchool[];

  @Field(() => [ScopeOrganiser], {
    description: 'The organisers running at least one school unit in the area.',
  })
  organisers: ScopeOrganiser[];
}
