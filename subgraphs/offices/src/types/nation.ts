import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The key of the one Nation; other subgraphs add the national figures to it. */
export const NATION_ID = 'SE';

// Not a table: the nation is the root of the area hierarchy, an entity so that other subgraphs can add national
// figures to it (Nation.scope, Nation.coverage, …) the way they add county figures to County.
@ObjectType({ description: 'Sweden as a whole (riket): the national level of every figure.' })
@Directive('@key(fields: "id")')
export class Nation {
  @Field(() => ID, { description: 'Always "SE".' })
  id: string;

  @Field({ description: 'Name, "Sverige".' })
  name: string;
}
