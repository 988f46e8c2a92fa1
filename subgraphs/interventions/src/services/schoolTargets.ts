import type { User } from '@lagesbild/auth';
import { fetchSiblingEntities, type ValidationIssue } from '@lagesbild/subgraph-kit';
import { schoolsOutsideOrganiser, targetIssues } from './interventionRules';
import { municipalitiesOf, ORGANISER_AREA_FIELDS, type OrganiserAreaAnswer } from './organiserArea';

/**
 * Asks the schools subgraph (never its database) whether the organiser exists and runs the targeted schools. The
 * usual answer takes one request; only schools that are not the organiser's are looked up, to say why.
 */
export async function checkTargets(
  user: User,
  organiserId: string,
  schoolIds: readonly string[],
): Promise<{ issues: ValidationIssue[]; municipalities: string[] }> {
  const [organiser] = await fetchSiblingEntities<{ id: string; schools: { id: string }[] } & OrganiserAreaAnswer>(
    user,
    'schools',
    'Organiser',
    [{ id: organiserId }],
    `id schools { id } ${ORGANISER_AREA_FIELDS}`,
  );
  const outside = organiser ? schoolsOutsideOrganiser(organiser, schoolIds) : [];
  const others = await fetchSiblingEntities<{ organiser: { id: string } }>(
    user,
    'schools',
    'School',
    outside.map((id) => ({ id })),
    'organiser { id }',
  );
  return {
    issues: targetIssues(organiserId, schoolIds, {
      organiser,
      otherSchools: new Map(outside.map((id, i) => [id, others[i]])),
    }),
    municipalities: organiser ? municipalitiesOf(organiser) : [],
  };
}
