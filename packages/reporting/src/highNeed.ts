import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Provided by the outcomes subgraph on every area entity (it owns the results that define need); required by the
// interventions subgraph to say how many high-need schools its support reached.

@ObjectType({
  description: 'The high-need school units (skolor med störst behov) of an area, as outcomes define them.',
})
@Directive('@shareable')
export class HighNeedSet {
  @Field(() => [ID], { description: 'Ids of the area’s high-need school units.' })
  schoolIds: string[];

  @Field({ description: 'How high need is defined, in words.' })
  definition: string;
}
