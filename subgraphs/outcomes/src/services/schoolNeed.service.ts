import type { HighNeedSet } from '@lagesbild/reporting';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequiredScope } from './areaScope';
import { HIGH_NEED_DEFINITION } from './figureDefinitions';

/**
 * Which units an area's high need is looked up among. An area made of whole municipalities (the nation, a county,
 * an office, a municipality) is known here by the municipality each unit with results is in (`school_area`), so its
 * high need needs nothing from another service and the gateway can fetch it alongside the scope rather than after.
 * An organiser's units are known only from its scope.
 */
export type HighNeedArea =
  | { kind: 'nation' }
  | { kind: 'county'; code: string }
  | { kind: 'municipalities'; codes: readonly string[] }
  | { kind: 'units'; scope: RequiredScope };

interface NeedRow {
  school_id: string;
  municipality_code: string;
}

function holds(area: HighNeedArea, row: NeedRow, units: ReadonlySet<string> | null): boolean {
  switch (area.kind) {
    case 'nation':
      return true;
    case 'county':
      return row.municipality_code.startsWith(area.code);
    case 'municipalities':
      return area.codes.includes(row.municipality_code);
    case 'units':
      return units!.has(row.school_id);
  }
}

/**
 * The high-need units of every area asked for in one request tick, in one statement. Need is national and already
 * computed per unit in `school_need`; the statement reads the high-need units of all the areas at once (they
 * overlap: a county and its municipalities), by id, and each area keeps its own.
 */
export function createHighNeedLoader(dataSource: DataSource) {
  return new DataLoader<HighNeedArea, HighNeedSet>(
    async (areas) => {
      const unitSets = areas.map((area) =>
        area.kind === 'units' ? new Set(area.scope.schools.map((school) => school.id)) : null,
      );
      const rows: NeedRow[] = await dataSource.query(
        `SELECT DISTINCT n.school_id, a.municipality_code
         FROM visible_school_need n JOIN school_area a USING (school_id)
         WHERE n.fifth = 1 AND ($1 OR left(a.municipality_code, 2) = ANY($2) OR a.municipality_code = ANY($3)
           OR n.school_id = ANY($4::uuid[]))
         ORDER BY n.school_id`,
        [
          areas.some((area) => area.kind === 'nation'),
          areas.flatMap((area) => (area.kind === 'county' ? [area.code] : [])),
          areas.flatMap((area) => (area.kind === 'municipalities' ? area.codes : [])),
          unitSets.flatMap((units) => (units ? [...units] : [])),
        ],
      );
      return areas.map((area, index) => ({
        schoolIds: rows.filter((row) => holds(area, row, unitSets[index])).map((row) => row.school_id),
        definition: HIGH_NEED_DEFINITION,
      }));
    },
    // Keys are new objects with every request: batching only, nothing to cache.
    { cache: false },
  );
}

/**
 * Brings `school_need` up to date after the outcome values change (seeding, every import), inside the writer's
 * transaction so that readers see the values and the need they imply change together. CONCURRENTLY, so that
 * readers keep the old need until then instead of waiting for the import to commit.
 */
export async function refreshSchoolNeed(manager: EntityManager): Promise<void> {
  // Through the owner's function: the runtime role does not own the view (see the RowLevelSecurity migration).
  await manager.query('SELECT refresh_school_need()');
}
