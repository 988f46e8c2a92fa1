import type { User } from '@lagesbild/auth';
import { municipalityByCode, officeIdForMunicipality } from '@lagesbild/reference-data';
import { fetchSiblingEntities, forbidden } from '@lagesbild/subgraph-kit';
import { InterventionOrigin } from '../entities/interventionEnums';

// Issue #15, "from the work list to action": a regional manager may plan outreach for a school on their county's
// work list. That is one write and nothing more: a newly IDENTIFIED intervention (the only status a create
// records) of origin OUTREACH, for schools in their counties, recorded by the office that covers the schools'
// municipality. The office comes from the office map, never from the client's word; row-level security checks the
// same (migration OutreachPlanning1765500700000).

interface PlannedOutreach {
  origin: InterventionOrigin;
  organiserId: string;
  schoolIds: readonly string[];
  officeId: string;
}

/**
 * Refuses with FORBIDDEN whatever a regional manager's create asks beyond planning outreach, and names why. The
 * schools are looked up in the schools subgraph under the manager's own scope, so a school in another county is
 * not found there, and is refused as outside their counties.
 */
export async function assertOutreachPlanning(user: User, planned: PlannedOutreach): Promise<void> {
  if (planned.origin !== InterventionOrigin.OUTREACH) {
    throw forbidden(
      `Regional managers may record only planned outreach (origin OUTREACH), not origin ${planned.origin}; the office records the rest.`,
    );
  }
  if (planned.schoolIds.length === 0) {
    throw forbidden('Regional managers plan outreach for a school on their work list: name the school (schoolIds).');
  }
  const schools = await fetchSiblingEntities<{ id: string; municipality: { code: string } }>(
    user,
    'schools',
    'School',
    planned.schoolIds.map((id) => ({ id })),
    'id municipality { code }',
  );
  const offices = new Set<string>();
  planned.schoolIds.forEach((schoolId, i) => {
    const code = schools[i]?.municipality.code;
    const county = code ? municipalityByCode(code)?.countyCode : undefined;
    if (!code || !county || !user.counties.includes(county)) {
      throw forbidden(
        `School unit ${schoolId} is not in your counties (${user.counties.join(', ')}); you may plan outreach only there.`,
      );
    }
    offices.add(officeIdForMunicipality(code) ?? '');
  });
  const [office] = offices;
  if (offices.size > 1 || !office) {
    throw forbidden(
      'Plan outreach for schools that one office covers: these schools are covered by different offices.',
    );
  }
  if (planned.officeId !== office) {
    throw forbidden(
      `Outreach for these schools is recorded by office ${office}, the office covering their municipality, not by office ${planned.officeId}.`,
    );
  }
}
