import { SchoolForm } from '@lagesbild/domain';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'School unit (skolenhet) of one school form, run by one organiser (huvudman).' })
@Directive('@key(fields: "id")')
@Entity('school')
export class School {
  @Field(() => ID, { description: 'Stable id of the school unit.' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field({ description: 'Skolverket’s eight-digit school-unit code (skolenhetskod).' })
  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Field({ description: 'Name of the school unit.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => SchoolForm, { description: 'School form (skolform).' })
  @Column({ name: 'school_form', type: 'text' })
  schoolForm: SchoolForm;

  @Column({ name: 'municipality_code', type: 'char', length: 4 })
  municipalityCode: string;

  /** Derived by PostgreSQL from the municipality code, for county filters without a join. */
  @Column({ name: 'county_code', type: 'char', length: 2, insert: false, update: false })
  countyCode: string;

  @Column({ name: 'organiser_id', type: 'uuid' })
  organiserId: string;
}
