import type { EntityManager } from 'typeorm';

// Where an organiser is active: its seat and the municipalities of its school units. The schools subgraph owns
// these facts; this subgraph keeps its own copy (organiser_area), written when it records support for the
// organiser, because its row-level security decides by them who may read an intervention (issue #5).

/** The fields to ask the schools subgraph for, on an Organiser. */
export const ORGANISER_AREA_FIELDS = 'municipality { code } schools { municipality { code } }';

export interface OrganiserAreaAnswer {
  municipality: { code: string };
  schools: { municipality: { code: string } }[];
}

export function municipalitiesOf(organiser: OrganiserAreaAnswer): string[] {
  return [...new Set([organiser.municipality.code, ...organiser.schools.map((school) => school.municipality.code)])];
}

/** Adds what is not yet known; an organiser's past municipalities are kept, so old interventions stay readable. */
export async function recordOrganiserAreas(manager: EntityManager, areas: Map<string, string[]>): Promise<void> {
  const pairs = [...areas].flatMap(([organiserId, codes]) => codes.map((code) => [organiserId, code]));
  if (pairs.length === 0) return;
  await manager.query(
    `INSERT INTO organiser_area (organiser_id, municipality_code)
     SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING`,
    [pairs.map(([id]) => id), pairs.map(([, code]) => code)],
  );
}
