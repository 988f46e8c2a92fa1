import { OrganiserType } from '@lagesbild/domain';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'School organiser (huvudman): a municipality or an independent organiser.' })
@Directive('@key(fields: "id")')
@Entity('organiser')
export class Organiser {
  @Field(() => ID, { description: 'Stable id of the organiser.' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field({ description: 'Name, e.g. "Uppsala kommun".' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => OrganiserType, { description: 'Municipal (kommunal) or independent (enskild) organiser.' })
  @Column({ type: 'text' })
  type: OrganiserType;

  @Field({ description: 'Organisation number (organisationsnummer), NNNNNN-NNNN.' })
  @Column({ name: 'organisation_number', type: 'text' })
  organisationNumber: string;

  @Column({ name: 'municipality_code', type: 'char', length: 4 })
  municipalityCode: string;
}
