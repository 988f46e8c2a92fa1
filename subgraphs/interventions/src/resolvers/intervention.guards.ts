import { areaGuards, guardedByRowLevelSecurity, type EntityGuards } from '@lagesbild/subgraph-kit';
import type { InterventionsContext } from '../context';
import type { FollowUp } from '../entities/followUp.entity';
import type { Intervention } from '../entities/intervention.entity';
import { mayReadIntervention } from '../services/interventionAccess';

/**
 * The scope rule of each entity this subgraph resolves (issue #5). A school unit's or organiser's interventions come
 * from tables whose row-level security shows only what the user may read (organiser_area).
 */
export const interventionGuards = {
  ...areaGuards,
  Intervention: (intervention: Intervention, identity: InterventionsContext) =>
    mayReadIntervention(identity, intervention),
  FollowUp: async (followUp: FollowUp, context: InterventionsContext) => {
    const intervention = await context.loaders.interventionById.load(followUp.interventionId);
    return !!intervention && mayReadIntervention(context, intervention);
  },
  School: guardedByRowLevelSecurity,
  Organiser: guardedByRowLevelSecurity,
} satisfies EntityGuards;
