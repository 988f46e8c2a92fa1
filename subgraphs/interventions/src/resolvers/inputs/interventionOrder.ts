import { OrderInput } from '@lagesbild/subgraph-kit';
import { InputType, registerEnumType } from 'type-graphql';
import type { Intervention } from '../../entities/intervention.entity';

export enum InterventionOrderField {
  IDENTIFIED_ON = 'IDENTIFIED_ON',
  REFERENCE = 'REFERENCE',
  STATUS = 'STATUS',
  KIND = 'KIND',
}
registerEnumType(InterventionOrderField, {
  name: 'InterventionOrderField',
  description: 'What a list of interventions (insatser) can be ordered by.',
});

export const INTERVENTION_ORDER_PROPERTIES: Record<InterventionOrderField, keyof Intervention & string> = {
  IDENTIFIED_ON: 'identifiedOn',
  REFERENCE: 'reference',
  STATUS: 'status',
  KIND: 'kind',
};

@InputType({ description: 'The order of a list of interventions (insatser); ties are broken by id.' })
export class InterventionOrder extends OrderInput<InterventionOrderField>(InterventionOrderField) {}
