import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { County, Municipality, Nation, Office } from './areas';

// Entities owned by the schools subgraph, declared here by key alone: interventions point to them and add
// School.interventions and Organiser.interventions. An organiser is also an area that figures are about.

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

/** Any area that figures are about. */
export type AreaEntity = Nation | County | Municipality | Office | Organiser;
