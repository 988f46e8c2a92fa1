import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum OfficeMapBasis {
  SOURCED = 'SOURCED',
  ASSUMED = 'ASSUMED',
}
registerEnumType(OfficeMapBasis, {
  name: 'OfficeMapBasis',
  description: 'Whether the area an office covers is sourced from SPSM’s own publications or assumed.',
  valuesConfig: {
    SOURCED: { description: 'SPSM has published that the office works with this area.' },
    ASSUMED: { description: 'A plausible assumption: SPSM’s office map is not public.' },
  },
});

@ObjectType({
  description: 'Collaboration office (samverkanskontor) of SPSM, reaching out to the organisers of its area.',
})
@Directive('@key(fields: "id")')
@Entity('office')
export class Office {
  @Field(() => ID, { description: 'Short office id, e.g. "UME" for Umeå.' })
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Field({ description: 'Town the office sits in, e.g. "Umeå".' })
  @Column({ type: 'text' })
  town: string;

  @Field({ description: 'Name, e.g. "Samverkanskontor Umeå".' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => OfficeMapBasis, { description: 'Whether the office’s area is sourced or assumed.' })
  @Column({ name: 'map_basis', type: 'text' })
  mapBasis: OfficeMapBasis;

  @Field({ description: 'Where the office’s area comes from, in words.' })
  @Column({ name: 'map_note', type: 'text' })
  mapNote: string;
}
