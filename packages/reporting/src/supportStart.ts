import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Provided by the interventions subgraph on every area entity; required by the outcomes subgraph to compare
// supported schools with comparable unsupported ones before and after their first support.

@ObjectType({ description: 'When a school unit’s first support started (första insats).' })
@Directive('@shareable')
export class SupportStart {
  @Field(() => ID, { description: 'The school unit’s id.' })
  schoolId: string;

  @Field(() => GraphQLLocalDate, { description: 'The day its first intervention started (or was accepted).' })
  firstSupportOn: string;
}
