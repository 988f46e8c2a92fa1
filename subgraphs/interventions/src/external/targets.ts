import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Entities owned by other subgraphs, declared here by key alone: interventions point to them and add
// School.interventions and Organiser.interventions.

@ObjectType({ description: 'School organiser (huvudman).' })
@Directive('@key(fields: "id")')
export class Organiser {
  @Field(() => ID, { description: 'Stable id of the organiser.' })
  id: string;
}

@ObjectType({ description: 'School unit (skolenhet).' })
@Directive('@key(fields: "id")')
export class School {
  @Field(() => ID, { description: 'Stable id of the school unit.' })
  id: string;
}

@ObjectType({ description: 'Collaboration office (samverkanskontor).' })
@Directive('@key(fields: "id")')
export class Office {
  @Field(() => ID, { description: 'Short office id, e.g. "UME".' })
  id: string;
}
