import { DataVersions } from '@lagesbild/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { School } from '../external/school';

@ObjectType({
  description: 'The high-need school units (skolor med störst behov) of an area, as outcomes define them.',
})
export class HighNeedSet {
  @Field(() => Int, { description: 'How many of the area’s school units have high need.' })
  count: number;

  @Field(() => [School], { description: 'The area’s high-need school units, by id.' })
  schools: School[];

  @Field({ description: 'How high need is defined, in words.' })
  definition: string;

  @Field(() => DataVersions)
  dataVersions: DataVersions;
}
