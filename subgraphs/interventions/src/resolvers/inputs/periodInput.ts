import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A period (period), both days included.' })
export class PeriodInput {
  @Field(() => GraphQLLocalDate, { description: 'First day.' })
  from: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day.' })
  to: string;
}
