import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  description: 'A school unit’s size and conditions in one school year (läsår, named by its spring year).',
})
@Entity('school_year')
export class SchoolYear {
  @PrimaryColumn({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @Field(() => Int, { description: 'The year, e.g. 2025 for the school year 2024/25.' })
  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @Field(() => Int, { description: 'Number of pupils (elever).' })
  @Column({ name: 'pupil_count', type: 'int' })
  pupilCount: number;

  @Field(() => Float, {
    description:
      'Socio-economic index (socioekonomiskt index) in the spirit of Skolverket’s: about 100 nationally; higher means tougher conditions.',
  })
  @Column({
    name: 'socio_economic_index',
    type: 'numeric',
    precision: 6,
    scale: 2,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  socioEconomicIndex: number;
}
