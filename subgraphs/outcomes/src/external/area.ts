import { AreaScope, SupportStart } from '@lagesbild/reporting';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

// The areas that outcome figures are about, owned by the offices subgraph (Nation, County, Municipality, Office)
// and the schools subgraph (Organiser), declared here by key. This subgraph adds high need and the equity figures
// to them, and requires what it cannot know: which school units the area holds, with their form and
// socio-economic band (the schools subgraph's scope), and when each was first supported (the interventions
// subgraph's firstSupport). The representations carry those fields in.

/** The fields every area brings to this subgraph's figures through @requires. */
@ObjectType()
export abstract class AreaEntity {
  @Field(() => AreaScope, {
    nullable: true,
    description: 'The school units and organisers that figures about this area count (underlag).',
  })
  @Directive('@external')
  scope?: AreaScope | null;

  @Field(() => [SupportStart], {
    nullable: true,
    description:
      'The first day each school unit in scope had support (första insats); units never supported are left out.',
  })
  @Directive('@external')
  firstSupport?: SupportStart[] | null;
}

@ObjectType({ description: 'Sweden as a whole (riket).' })
@Directive('@key(fields: "id")')
export class Nation extends AreaEntity {
  @Field(() => ID, { description: 'Always "SE".' })
  id: string;
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

  // Owned by the offices subgraph: the municipalities the office covers are the units its high need is among.
  @Field(() => [Municipality], { description: 'The municipalities (kommuner) the office covers.' })
  @Directive('@external')
  municipalities?: Municipality[];
}

@ObjectType({ description: 'School organiser (huvudman).' })
@Directive('@key(fields: "id")')
export class Organiser extends AreaEntity {
  @Field(() => ID, { description: 'Stable id of the organiser.' })
  id: string;
}

/** Every area entity, for the resolvers and the schema's orphaned types. */
export const AREA_ENTITIES = [Nation, County, Municipality, Office, Organiser] as const;
