import type { HighNeedSet } from '@lagesbild/reporting';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequiredScope } from './areaScope';
import { HIGH_NEED_DEFINITION } from './figureDefinitions';

/**
 * The high-need units of every area asked for in one request tick, in one statement. Need is national and already
 * computed per unit in `school_need`, so an area's set is the lookup of its units there; the statement asks once
 * for the units of all the areas, which overlap (a county and its municipalities), and each area keeps its own.
 */
export function createHighNeedLoader(dataSource: DataSource) {
  return new DataLoader<RequiredScope, HighNeedSet>(
    async (scopes) => {
      const schoolIds = [...new Set(scopes.flatMap((scope) => scope.schools.map((school) => school.id)))];
      const rows: { school_id: string }[] = await dataSource.query(
        'SELECT DISTINCT school_id FROM visible_school_need WHERE fifth = 1 AND school_id = ANY($1::uuid[])',
        [schoolIds],
      );
      const highNeed = new Set(rows.map((row) => row.school_id));
      return scopes.map((scope) => ({
        schoolIds: scope.schools.filter((school) => highNeed.has(school.id)).map((school) => school.id),
        definition: HIGH_NEED_DEFINITION,
      }));
    },
    // Keys are the representations' scope objects, new with every request: batching only, nothing to cache.
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
