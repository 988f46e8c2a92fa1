import { mayReadMunicipality, type DataScope } from '@lagesbild/auth';
import type { AreaScope } from '../types/areaScope';
import { readableMunicipalities } from '@lagesbild/subgraph-kit';
import type { SelectQueryBuilder } from 'typeorm';
import type { Organiser } from '../entities/organiser.entity';
import type { School } from '../entities/school.entity';
import type { SchoolLoaders } from './school.service';

// What of this subgraph's data a user may read (issue #5): school units in their municipalities, and organisers
// with their seat or a school unit there. Every list, entity and scope this subgraph hands out passes here.

export function mayReadSchool(scope: DataScope, school: Pick<School, 'municipalityCode'>): boolean {
  return mayReadMunicipality(scope, school.municipalityCode);
}

export async function mayReadOrganiser(
  scope: DataScope,
  organiser: Pick<Organiser, 'id' | 'municipalityCode'>,
  loaders: SchoolLoaders,
): Promise<boolean> {
  if (scope.all || mayReadMunicipality(scope, organiser.municipalityCode)) return true;
  return (await loaders.schoolsByOrganiser.load(organiser.id)).some((school) => mayReadSchool(scope, school));
}

/** Limits a school query to the user's municipalities. */
export function schoolsInScope(query: SelectQueryBuilder<School>, scope: DataScope): SelectQueryBuilder<School> {
  const municipalities = readableMunicipalities(scope);
  return municipalities
    ? query.andWhere('school.municipalityCode = ANY(:readable)', { readable: municipalities })
    : query;
}

/** Limits an organiser query to organisers seated in, or running a school unit in, the user's municipalities. */
export function organisersInScope(
  query: SelectQueryBuilder<Organiser>,
  scope: DataScope,
): SelectQueryBuilder<Organiser> {
  const municipalities = readableMunicipalities(scope);
  if (!municipalities) return query;
  return query.andWhere(
    `(organiser.municipality_code = ANY(:readable)
      OR EXISTS (SELECT 1 FROM school s WHERE s.organiser_id = organiser.id AND s.municipality_code = ANY(:readable)))`,
    { readable: municipalities },
  );
}

/** An area's scope as the user may see it: its school units in their municipalities, and those units' organisers. */
export function visibleAreaScope(scope: DataScope, area: AreaScope): AreaScope {
  if (scope.all) return area;
  const schools = area.schools.filter((school) => mayReadSchool(scope, school));
  const organisers = new Set(schools.map((school) => school.organiserId));
  return { schools, organisers: area.organisers.filter((organiser) => organisers.has(organiser.id)) };
}
