import { GraphQLLocalDate } from 'graphql-scalars';
import { AuditRefusals } from '@lagesbild/subgraph-kit';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { InterventionsContext } from '../context';
import { Intervention } from '../entities/intervention.entity';
import { InterventionStatus } from '../entities/interventionEnums';
import { createIntervention, moveIntervention, updateIntervention } from '../services/interventionCommands.service';
import { InterventionChangesInput } from './inputs/interventionChangesInput';
import { NewInterventionInput } from './inputs/newInterventionInput';

// Office staff's mutations on interventions (issue #3). Refusals carry a code (INVALID_VALUE, UNKNOWN_REFERENCE,
// DUPLICATE, LIFECYCLE_VIOLATION, NOT_FOUND, STALE_VERSION) and the field; nothing is written when one is refused.

const EXPECTED_VERSION = {
  nullable: true,
  description:
    'The version the change was prepared on; refused with STALE_VERSION when someone else changed the intervention meanwhile. Left out, no check.',
} as const;

@Resolver()
export class InterventionMutationResolver {
  @Authorized('office', 'regional')
  @UseMiddleware(AuditRefusals)
  @Mutation(() => Intervention, {
    description:
      'Records a newly identified intervention (insats), status IDENTIFIED. The organiser (huvudman) and its targeted school units (skolenheter) are checked with the schools service; the office (samverkanskontor) must exist. Office staff record their own office’s; a regional manager (regionchef) may only plan outreach (origin OUTREACH) for school units in their counties, recorded by the office covering the units’ municipality (FORBIDDEN otherwise).',
  })
  createIntervention(
    @Arg('input', () => NewInterventionInput) input: NewInterventionInput,
    @Ctx() { dataSource, user, today }: InterventionsContext,
  ): Promise<Intervention> {
    return createIntervention(dataSource, user, input, today);
  }

  @Authorized('office')
  @UseMiddleware(AuditRefusals)
  @Mutation(() => Intervention, {
    description: 'Corrects an intervention’s (insats) kind, origin or targeted school units (skolenheter).',
  })
  updateIntervention(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => InterventionChangesInput) input: InterventionChangesInput,
    @Arg('expectedVersion', () => Int, EXPECTED_VERSION) expectedVersion: number | null,
    @Ctx() { dataSource, user }: InterventionsContext,
  ): Promise<Intervention> {
    return updateIntervention(dataSource, user, id, input, expectedVersion ?? null);
  }

  @Authorized('office')
  @UseMiddleware(AuditRefusals)
  @Mutation(() => Intervention, {
    description:
      'Moves an intervention (insats) one step in its lifecycle (e.g. erbjuden → accepterad), dated. Refused with LIFECYCLE_VIOLATION when the step is not allowed, dated before the current step or in the future, or FOLLOWED_UP without a completed follow-up (uppföljning).',
  })
  moveIntervention(
    @Arg('id', () => ID) id: string,
    @Arg('to', () => InterventionStatus, { description: 'The status to move to.' }) to: InterventionStatus,
    @Arg('on', () => GraphQLLocalDate, {
      nullable: true,
      description: 'The day the step happened; today in Sweden when left out.',
    })
    on: string | null,
    @Arg('expectedVersion', () => Int, EXPECTED_VERSION) expectedVersion: number | null,
    @Ctx() { dataSource, user, today }: InterventionsContext,
  ): Promise<Intervention> {
    return moveIntervention(dataSource, user, id, to, on ?? null, today, expectedVersion ?? null);
  }
}
