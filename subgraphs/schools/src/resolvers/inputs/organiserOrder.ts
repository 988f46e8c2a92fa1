import { OrderInput } from '@lagesbild/subgraph-kit';
import { InputType, registerEnumType } from 'type-graphql';
import type { Organiser } from '../../entities/organiser.entity';

export enum OrganiserOrderField {
  NAME = 'NAME',
  ORGANISATION_NUMBER = 'ORGANISATION_NUMBER',
}
registerEnumType(OrganiserOrderField, {
  name: 'OrganiserOrderField',
  description: 'What a list of organisers can be ordered by.',
});

export const ORGANISER_ORDER_PROPERTIES: Record<OrganiserOrderField, keyof Organiser & string> = {
  NAME: 'name',
  ORGANISATION_NUMBER: 'organisationNumber',
};

@InputType({ description: 'The order of a list of organisers (huvudmän); ties are broken by id.' })
export class OrganiserOrder extends OrderInput<OrganiserOrderField>(OrganiserOrderField) {}
