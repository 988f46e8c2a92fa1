import { AreaScope, HighNeedSet, MunicipalityOffice } from '@lagesbild/reporting';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

// The areas that figures are about, owned by the offices subgraph (Nation, County, Municipality, Office) and the
// schools subgraph (Organiser, in targets.ts), declared here by key. This subgraph adds its figures to them and
// requires what it cannot know: the area's scope (schools subgraph), its high-need schools (outcomes subgraph) and,
// on the nation, the office map (offices subgraph). The representations carry those fields in.

/** The fields every area brings to this subgraph's figures through @requires. */
@ObjectType()
export abstract class AreaEntity {
  @Field(() => AreaScope, {
    nullable: true,
    description: 'The school units and organisers that figures about this area count (underlag).',
  })
  @Directive('@external')
  scope?: AreaScope | null;

  // No description here: the outcomes subgraph owns the field and its definition of high need.
  @Field(() => HighNeedSet, { nullable: true })
  @Directive('@external')
  highNeed?: HighNeedSet | null;
}

@ObjectType({ description: 'Sweden as a whole (riket).' })
@Directive('@key(fields: "id")')
export class Nation extends AreaEntity {
  @Field(() => ID, { description: 'Always "SE".' })
  id: string;

  @Field(() => [MunicipalityOffice], { description: 'The office map: which office covers each municipality.' })
  @Directive('@external')
  officeMap?: MunicipalityOffice[];
}

@ObjectType({ description: 'County (län).' })
@Directive('@key(fields: "code")')
export class County extends AreaEntity {
  @Field(() => ID, { description: 'Official two-digit county code (länskod).' })
  code: string;
}

@ObjectType({ description: 'Municipality (kommun).' })
@Directive('@key(fields: "code")')
export class Municipality extends AreaEntity {
  @Field(() => ID, { description: 'Official four-digit municipality code (kommunkod).' })
  code: string;
}

@ObjectType({ description: 'Collaboration office (samverkanskontor).' })
@Directive('@key(fields: "id")')
export class Office extends AreaEntity {
  @Field(() => ID, { description: 'Short office id, e.g. "UME".' })
  id: string;
}
