import type { AreaScope, ScopeOrganiser, ScopeSchool } from '../types/areaScope';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';

/** Which schools an area holds: the whole nation, a county, a set of municipalities, or one organiser's. */
export type AreaFilter =
  | { kind: 'nation' }
  | { kind: 'county'; code: string }
  | { kind: 'municipalities'; codes: readonly string[] }
  | { kind: 'organiser'; id: string };

interface ScopeRow {
  id: string;
  organiser_id: string;
  organiser_type: ScopeSchool['organiserType'];
  school_form: ScopeSchool['schoolForm'];
  municipality_code: string;
  county_code: string;
  socio_economic_band: number | null;
}

function toScope(rows: ScopeRow[]): AreaScope {
  const organisers = new Map<string, ScopeOrganiser>();
  const schools = rows.map((row): ScopeSchool => {
    organisers.set(row.organiser_id, { id: row.organiser_id, type: row.organiser_type });
    return {
      id: row.id,
      organiserId: row.organiser_id,
      organiserType: row.organiser_type,
      schoolForm: row.school_form,
      municipalityCode: row.municipality_code,
      socioEconomicBand: row.socio_economic_band,
    };
  });
  return { schools, organisers: [...organisers.values()] };
}

const matches = (filter: AreaFilter, row: ScopeRow): boolean =>
  filter.kind === 'nation' ||
  (filter.kind === 'county' && row.county_code === filter.code) ||
  (filter.kind === 'municipalities' && filter.codes.includes(row.municipality_code)) ||
  (filter.kind === 'organiser' && row.organiser_id === filter.id);

/**
 * The scopes asked for in one request tick, read in one statement: the rows of every area asked for, sorted out
 * per area in memory (an area's scope is at most the nation's 7,000 school units).
 */
export function createScopeLoader(dataSource: DataSource) {
  return new DataLoader<AreaFilter, AreaScope, string>(
    async (filters) => {
      const nation = filters.some((filter) => filter.kind === 'nation');
      const counties = filters.flatMap((filter) => (filter.kind === 'county' ? [filter.code] : []));
      const municipalities = filters.flatMap((filter) => (filter.kind === 'municipalities' ? filter.codes : []));
      const organisers = filters.flatMap((filter) => (filter.kind === 'organiser' ? [filter.id] : []));
      const rows: ScopeRow[] = await dataSource.query(
        `SELECT * FROM visible_school_scope
         WHERE $1 OR county_code = ANY($2) OR municipality_code = ANY($3) OR organiser_id = ANY($4::uuid[])
         ORDER BY id`,
        [nation, counties, municipalities, organisers],
      );
      return filters.map((filter) => toScope(rows.filter((row) => matches(filter, row))));
    },
    { cacheKeyFn: (filter) => JSON.stringify(filter) },
  );
}

/**
 * Brings the scope up to date after the schools or their years change (seeding, imports). The runtime role does
 * not own the view, so it refreshes it through the owner's function (see the RowLevelSecurity migration).
 */
export async function refreshSchoolScope(manager: EntityManager): Promise<void> {
  await manager.query('SELECT refresh_school_scope()');
}
