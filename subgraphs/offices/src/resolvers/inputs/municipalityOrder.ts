import { OrderInput } from '@lagesbild/subgraph-kit';
import { InputType, registerEnumType } from 'type-graphql';
import type { Municipality } from '../../entities/municipality.entity';

export enum MunicipalityOrderField {
  NAME = 'NAME',
  POPULATION = 'POPULATION',
}
registerEnumType(MunicipalityOrderField, {
  name: 'MunicipalityOrderField',
  description: 'What a list of municipalities can be ordered by.',
});

export const MUNICIPALITY_ORDER_PROPERTIES: Record<MunicipalityOrderField, keyof Municipality & string> = {
  NAME: 'name',
  POPULATION: 'population',
};

@InputType({ description: 'The order of a list of municipalities (kommuner); ties are broken by code.' })
export class MunicipalityOrder extends OrderInput<MunicipalityOrderField>(MunicipalityOrderField) {}
