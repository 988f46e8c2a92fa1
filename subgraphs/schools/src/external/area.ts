import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Entities owned by the offices subgraph, declared here by key alone so that this subgraph can add its fields
// (Municipality.schools, County.schools) and point to them (School.municipality).

@ObjectType({ description: 'Municipality (kommun).' })
@Directive('@key(fields: "code")')
export class Municipality {
  @Field(() => ID, { description: 'Official four-digit municipality code (kommunkod).' })
  code: string;
}

@ObjectType({ description: 'County (län).' })
@Directive('@key(fields: "code")')
export class County {
  @Field(() => ID, { description: 'Official two-digit county code (länskod).' })
  code: string;
}

@ObjectType({ description: 'Collaboration office (samverkanskontor).' })
@Directive('@key(fields: "id")')
export class Office {
  @Field(() => ID, { description: 'Short office id, e.g. "UME".' })
  id: string;

  // Owned by the offices subgraph: which municipalities the office covers decides which schools it counts.
  @Field(() => [Municipality], { description: 'The municipalities (kommuner) the office covers.' })
  @Directive('@external')
  municipalities?: Municipality[];
}

@ObjectType({ description: 'Sweden as a whole (riket).' })
@Directive('@key(fields: "id")')
export class Nation {
  @Field(() => ID, { description: 'Always "SE".' })
  id: string;
}
