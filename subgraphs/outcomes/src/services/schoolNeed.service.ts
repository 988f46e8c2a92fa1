import { areaParameters, areaUnitsSql, readDataVersions, type FigureArea } from '@lagesbild/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import type { HighNeedSet } from '../types/highNeedSet';
import { HIGH_NEED_DEFINITION } from './figureDefinitions';

/**
 * The high-need units of every area asked for in one request tick, in one statement. Need is national and already
 * computed per unit in `school_need`; each area's units come from the replica of the register, under the request's
 * county scope, as every figure's do.
 */
export function createHighNeedLoader(dataSource: DataSource) {
  return new DataLoader<FigureArea, HighNeedSet>(
    async (areas) => {
      const dataVersions = await readDataVersions(dataSource);
      const rows: { area: number; school_id: string }[] = await dataSource.query(
        `SELECT DISTINCT scope.area, scope.school_id
         FROM (${areaUnitsSql('$1::text[]', '$2::text[]')}) scope
         JOIN visible_school_need n ON n.school_id = scope.school_id AND n.fifth = 1
         ORDER BY scope.area, scope.school_id`,
        areaParameters(areas),
      );
      return areas.map((_, index) => {
        const schools = rows.filter((row) => row.area === index).map((row) => ({ id: row.school_id }));
        return { count: schools.length, schools, definition: HIGH_NEED_DEFINITION, dataVersions };
      });
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
