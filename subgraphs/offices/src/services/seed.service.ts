import { COUNTIES, MUNICIPALITIES, OFFICES, officeAreaById, officeForMunicipality } from '@lagesbild/reference-data';
import { bulkInsert, type Seeder } from '@lagesbild/subgraph-kit';
import type { EntityManager } from 'typeorm';

/**
 * The offices subgraph owns real reference data (counties, municipalities) and the assumed office map; none of it
 * depends on the demo scale.
 */
export const officesSeeder: Seeder = {
  async isEmpty(manager: EntityManager) {
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM county');
    return count === 0;
  },
  async clear(manager: EntityManager) {
    await manager.query('TRUNCATE municipality, office, county');
  },
  async load(manager: EntityManager) {
    await bulkInsert(
      manager,
      'county',
      [
        { name: 'code', type: 'char(2)', value: (c) => c.code },
        { name: 'name', type: 'text', value: (c) => c.name },
        { name: 'short_name', type: 'text', value: (c) => c.shortName },
      ],
      COUNTIES,
    );
    await bulkInsert(
      manager,
      'office',
      [
        { name: 'id', type: 'text', value: (o) => o.id },
        { name: 'town', type: 'text', value: (o) => o.town },
        { name: 'name', type: 'text', value: (o) => o.name },
        { name: 'map_basis', type: 'text', value: (o) => officeAreaById(o.id)?.basis.toUpperCase() },
        { name: 'map_note', type: 'text', value: (o) => officeAreaById(o.id)?.note },
      ],
      OFFICES,
    );
    await bulkInsert(
      manager,
      'municipality',
      [
        { name: 'code', type: 'char(4)', value: (m) => m.code },
        { name: 'name', type: 'text', value: (m) => m.name },
        { name: 'county_code', type: 'char(2)', value: (m) => m.countyCode },
        { name: 'office_id', type: 'text', value: (m) => officeForMunicipality(m.code).id },
        { name: 'population', type: 'int', value: (m) => m.population },
      ],
      MUNICIPALITIES,
    );
    // The office map as the figure subgraphs replicate it (issue #13), in the seed's transaction.
    await manager.query('SELECT publish_office_map()');
    return { rows: COUNTIES.length + OFFICES.length + MUNICIPALITIES.length };
  },
};
