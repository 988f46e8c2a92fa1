import type { User } from '@lagesbild/auth';
import { fetchSiblingEntities, type ValidationIssue } from '@lagesbild/subgraph-kit';
import { schoolsOutsideOrganiser, targetIssues } from './interventionRules';

/**
 * Asks the schools subgraph (never its database) whether the organiser exists and runs the targeted schools. The
 * usual answer takes one request; only schools that are not the organiser's are looked up, to say why.
 */
export async function checkTargets(
  user: User,
  organiserId: string,
  schoolIds: readonly string[],
): Promise<ValidationIssue[]> {
  const [organiser] = await fetchSiblingEntities<{ id: string; schools: { id: string }[] }>(
    user,
    'schools',
    'Organiser',
    [{ id: organiserId }],
    'id schools { id }',
  );
  const outside = organiser ? schoolsOutsideOrganiser(organiser, schoolIds) : [];
  const others = await fetchSiblingEntities<{ organiser: { id: string } }>(
    user,
    'schools',
    'School',
    outside.map((id) => ({ id })),
    'organiser { id }',
  );
  return targetIssues(organiserId, schoolIds, {
    organiser,
    otherSchools: new Map(outside.map((id, i) => [id, others[i]])),
  });
}
