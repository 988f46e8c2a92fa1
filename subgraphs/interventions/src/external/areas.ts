import { Directive, Field, ID, ObjectType } from 'type-graphql';

// The areas that figures are about, owned by the offices subgraph (Nation, County, Municipality, Office) and the
// schools subgraph (Organiser, in targets.ts), declared here by key alone. This subgraph adds its figures to them
// and finds each area's school units, their need and their office in its own replicas of the register, the need
// classification and the office map (issue #13), so that nothing but the key comes through the gateway.

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
