import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'Municipality (kommun), one of Sweden’s 290; each is covered by one office.' })
@Directive('@key(fields: "code")')
@Entity('municipality')
export class Municipality {
  @Field(() => ID, {
    description: 'Official four-digit municipality code (kommunkod); its first two digits are the county code.',
  })
  @PrimaryColumn({ type: 'char', length: 4 })
  code: string;

  @Field({ description: 'Official name, e.g. "Upplands Väsby".' })
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'county_code', type: 'char', length: 2 })
  countyCode: string;

  @Column({ name: 'office_id', type: 'text' })
  officeId: string;

  @Field(() => Int, { description: 'Approximate population (folkmängd), rounded to hundreds.' })
  @Column({ type: 'int' })
  population: number;
}
