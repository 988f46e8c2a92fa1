import { areaGuards, type EntityGuards } from '@lagesbild/subgraph-kit';
import type { SchoolsContext } from '../context';
import type { Organiser } from '../entities/organiser.entity';
import type { School } from '../entities/school.entity';
import { mayReadOrganiser, mayReadSchool } from '../services/readScope';

/** The scope rule of each entity this subgraph resolves (issue #5); buildFederatedSchema applies them. */
export const schoolGuards = {
  ...areaGuards,
  School: (school: School, { scope }: SchoolsContext) => mayReadSchool(scope, school),
  Organiser: (organiser: Organiser, { scope, loaders }: SchoolsContext) => mayReadOrganiser(scope, organiser, loaders),
} satisfies EntityGuards;
