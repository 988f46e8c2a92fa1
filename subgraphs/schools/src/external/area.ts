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
