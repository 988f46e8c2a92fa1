import { Directive, Field, ID, ObjectType } from 'type-graphql';

// The areas that outcome figures are about, owned by the offices subgraph (Nation, County, Municipality, Office)
// and the schools subgraph (Organiser), declared here by key alone. This subgraph adds high need and the equity
// figures to them, and finds each area's school units in its own replicas of the register and the office map
// (issue #13), so that nothing but the key comes through the gateway.

@ObjectType({ description: 'Sweden as a whole (riket).' })
@Directive('@key(fields: "id")')
export class Nation {
  @Field(() => ID, { description: 'Always "SE".' })
  id: string;
}

@ObjectType({ description: 'County (län).' })
@Directive('@key(fields: "code")')
export class County {
  @Field(() => ID, { description: 'Official two-digit county code (länskod).' })
  code: string;
}

@ObjectType({ description: 'Municipality (kommun).' })
@Directive('@key(fields: "code")')
export class Municipality {
  @Field(() => ID, { description: 'Official four-digit municipality code (kommunkod).' })
  code: string;
}

@ObjectType({ description: 'Collaboration office (samverkanskontor).' })
@Directive('@key(fields: "id")')
export class Office {
  @Field(() => ID, { description: 'Short office id, e.g. "UME".' })
  id: string;
}

@ObjectType({ description: 'School organiser (huvudman).' })
@Directive('@key(fields: "id")')
export class Organiser {
  @Field(() => ID, { description: 'Stable id of the organiser.' })
  id: string;
}

export type AreaEntity = Nation | County | Municipality | Office | Organiser;

/** Every area entity, for the resolvers and the schema's orphaned types. */
export const AREA_ENTITIES = [Nation, County, Municipality, Office, Organiser] as const;
