import { SchoolForm } from '@lagesbild/domain';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IndicatorUnit } from './outcomeEnums';

const numeric = { to: (value: number) => value, from: (value: string) => Number(value) };

@ObjectType({
  description: 'Outcome indicator (resultatmått), e.g. the share of year-9 pupils eligible for upper secondary.',
})
@Directive('@key(fields: "code")')
@Entity('indicator')
export class Indicator {
  @Field(() => ID, { description: 'Stable code, e.g. "MERIT_VALUE_17".' })
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field({ description: 'Name in Swedish.' })
  @Column({ name: 'name_sv', type: 'text' })
  nameSv: string;

  @Field({ description: 'Name in English.' })
  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Field(() => IndicatorUnit, { description: 'Unit of the values.' })
  @Column({ type: 'text' })
  unit: IndicatorUnit;

  @Field(() => SchoolForm, { description: 'School form (skolform) whose units report it.' })
  @Column({ name: 'school_form', type: 'text' })
  schoolForm: SchoolForm;

  @Field({ description: 'Whether a higher value is better (false for absence).' })
  @Column({ name: 'higher_is_better', type: 'boolean' })
  higherIsBetter: boolean;

  @Field({ description: 'Where the figures come from (källa).' })
  @Column({ type: 'text' })
  source: string;

  @Field(() => Float, { description: 'Lowest valid value.' })
  @Column({ name: 'min_value', type: 'numeric', transformer: numeric })
  minValue: number;

  @Field(() => Float, { description: 'Highest valid value.' })
  @Column({ name: 'max_value', type: 'numeric', transformer: numeric })
  maxValue: number;
}
