import { registerEnumType } from 'type-graphql';

export enum OrganiserType {
  MUNICIPAL = 'MUNICIPAL',
  INDEPENDENT = 'INDEPENDENT',
}

registerEnumType(OrganiserType, {
  name: 'OrganiserType',
  description: 'Kind of school organiser (huvudman).',
  valuesConfig: {
    MUNICIPAL: { description: 'A municipality (kommunal huvudman).' },
    INDEPENDENT: { description: 'An independent organiser (enskild huvudman), e.g. a company or foundation.' },
  },
});
