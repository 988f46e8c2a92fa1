import { ArgsType, Field, ID, Int } from 'type-graphql';
import { OutcomeGroup } from '../../entities/outcomeEnums';

@ArgsType()
export class OutcomeSelection {
  @Field(() => ID, { nullable: true, description: 'Only this indicator (by code).' })
  indicatorCode?: string | null;

  @Field(() => OutcomeGroup, { nullable: true, description: 'Only this pupil group.' })
  group?: OutcomeGroup | null;

  @Field(() => Int, { nullable: true, description: 'From this year on.' })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Up to and including this year.' })
  toYear?: number | null;
}
