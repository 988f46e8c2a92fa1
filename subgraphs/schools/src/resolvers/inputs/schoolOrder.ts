import { OrderInput } from '@lagesbild/subgraph-kit';
import { InputType, registerEnumType } from 'type-graphql';
import type { School } from '../../entities/school.entity';

export enum SchoolOrderField {
  NAME = 'NAME',
  UNIT_CODE = 'UNIT_CODE',
  MUNICIPALITY = 'MUNICIPALITY',
}
registerEnumType(SchoolOrderField, {
  name: 'SchoolOrderField',
  description: 'What a list of school units can be ordered by.',
});

export const SCHOOL_ORDER_PROPERTIES: Record<SchoolOrderField, keyof School & string> = {
  NAME: 'name',
  UNIT_CODE: 'unitCode',
  MUNICIPALITY: 'municipalityCode',
};

@InputType({ description: 'The order of a list of school units; ties are broken by id.' })
export class SchoolOrder extends OrderInput<SchoolOrderField>(SchoolOrderField) {}
