import { areaGuards, guardedByRowLevelSecurity, publicReferenceData, type EntityGuards } from '@lagesbild/subgraph-kit';

/**
 * The scope rule of each entity this subgraph resolves (issue #5). An indicator's definition is public. A school
 * unit's or organiser's outcomes come from outcome_value, whose row-level security shows only the units in the
 * user's municipalities (school_area).
 */
export const outcomeGuards = {
  ...areaGuards,
  Indicator: publicReferenceData,
  School: guardedByRowLevelSecurity,
  Organiser: guardedByRowLevelSecurity,
} satisfies EntityGuards;
