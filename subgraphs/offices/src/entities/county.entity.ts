import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'County (län), one of Sweden’s 21.' })
@Directive('@key(fields: "code")')
@Entity('county')
export class County {
  @Field(() => ID, { description: 'Official two-digit county code (länskod), e.g. "01" for Stockholms län.' })
  @PrimaryColumn({ type: 'char', length: 2 })
  code: string;

  @Field({ description: 'Official name, e.g. "Stockholms län".' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Short name without "län", e.g. "Stockholm".' })
  @Column({ name: 'short_name', type: 'text' })
  shortName: string;
}
