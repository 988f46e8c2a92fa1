import { areaGuards, publicReferenceData, type EntityGuards } from '@lagesbild/subgraph-kit';
import type { InterventionsContext } from '../context';
import type { FollowUp } from '../entities/followUp.entity';
import type { Intervention } from '../entities/intervention.entity';
import { mayReadIntervention } from '../services/interventionAccess';

/**
 * The scope rule of each entity this subgraph resolves (issue #5). Schools and organisers are reached through the
 * schools subgraph, which resolves only those the user may read; this subgraph does not yet hold their
 * municipalities to check again (see the README, "Access control").
 */
export const interventionGuards = {
  ...areaGuards,
  Intervention: (intervention: Intervention, identity: InterventionsContext) =>
    mayReadIntervention(identity, intervention),
  FollowUp: async (followUp: FollowUp, context: InterventionsContext) => {
    const intervention = await context.loaders.interventionById.load(followUp.interventionId);
    return !!intervention && mayReadIntervention(context, intervention);
  },
  School: publicReferenceData,
  Organiser: publicReferenceData,
} satisfies EntityGuards;
