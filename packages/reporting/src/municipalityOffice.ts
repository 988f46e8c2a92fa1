// Provided by the offices subgraph on Nation (officeMap); required by others to group figures by office.

import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'Which office (samverkanskontor) covers a municipality (kommun): one row of the office map.',
})
@Directive('@shareable')
export class MunicipalityOffice {
  @Field(() => ID, { description: 'The municipality code.' })
  municipalityCode: string;

  @Field(() => ID, { description: 'The office that covers it.' })
  officeId: string;
}
