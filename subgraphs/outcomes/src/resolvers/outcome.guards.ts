import { areaGuards, publicReferenceData, type EntityGuards } from '@lagesbild/subgraph-kit';

/**
 * The scope rule of each entity this subgraph resolves (issue #5). An indicator's definition is public. Schools and
 * organisers are reached through the schools subgraph, which resolves only those the user may read and cuts an
 * organiser's scope to the user's municipalities; this subgraph does not yet hold their municipalities to check
 * again (see the README, "Access control").
 */
export const outcomeGuards = {
  ...areaGuards,
  Indicator: publicReferenceData,
  School: publicReferenceData,
  Organiser: publicReferenceData,
} satisfies EntityGuards;
