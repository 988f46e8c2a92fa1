import { testDatabaseUrl, withDatabaseClient } from '@lagesbild/test-utils';

// First support (första insats) written again from its definition, over the interventions database's raw rows:
// a unit's first support is the earliest day an intervention reaching it (naming it, or naming none and for its
// organiser) started, or was accepted when it has not started.

interface Supported {
  organiser_id: string;
  day: string;
  schools: string[];
}

/** Each unit's first day of support, by id; units never supported are left out. */
export async function rawFirstSupport(
  schools: readonly { id: string; organiserId: string }[],
): Promise<Map<string, string>> {
  const rows = await withDatabaseClient(testDatabaseUrl('interventions'), async (client) => {
    const answer = await client.query<Supported>(`
      SELECT i.organiser_id, coalesce(i.started_on, i.accepted_on)::text AS day,
        coalesce((SELECT array_agg(t.school_id::text) FROM intervention_school t WHERE t.intervention_id = i.id), '{}')
          AS schools
      FROM intervention i WHERE coalesce(i.started_on, i.accepted_on) IS NOT NULL`);
    return answer.rows;
  });
  const first = new Map<string, string>();
  for (const school of schools) {
    const days = rows
      .filter((i) => i.organiser_id === school.organiserId && (i.schools.length === 0 || i.schools.includes(school.id)))
      .map((i) => i.day)
      .sort();
    if (days.length > 0) first.set(school.id, days[0]);
  }
  return first;
}
