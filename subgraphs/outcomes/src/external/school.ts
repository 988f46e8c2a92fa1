import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The schools subgraph's School, declared by key alone so that this subgraph can add School.outcomes. */
@ObjectType({ description: 'School unit (skolenhet).' })
@Directive('@key(fields: "id")')
export class School {
  @Field(() => ID, { description: 'Stable id of the school unit.' })
  id: string;
}
