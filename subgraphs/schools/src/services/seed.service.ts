import { generateDemoData } from '@lagesbild/demo-data';
import { bulkInsert, type Seeder } from '@lagesbild/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { refreshSchoolScope } from './scope.service';

/** Loads the schools subgraph's part of the synthetic demo data: organisers, school units and their years. */
export const schoolsSeeder: Seeder = {
  async isEmpty(manager: EntityManager) {
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM organiser');
    return count === 0;
  },
  async clear(manager: EntityManager) {
    await manager.query('TRUNCATE school_year, school, organiser');
  },
  async load(manager: EntityManager, scale: number) {
    const data = generateDemoData({ scale });
    await bulkInsert(
      manager,
      'organiser',
      [
        { name: 'id', type: 'uuid', value: (o) => o.id },
        { name: 'name', type: 'text', value: (o) => o.name },
        { name: 'type', type: 'text', value: (o) => o.type },
        { name: 'organisation_number', type: 'text', value: (o) => o.organisationNumber },
        { name: 'municipality_code', type: 'char(4)', value: (o) => o.municipalityCode },
      ],
      data.organisers,
    );
    await bulkInsert(
      manager,
      'school',
      [
        { name: 'id', type: 'uuid', value: (s) => s.id },
        { name: 'unit_code', type: 'text', value: (s) => s.unitCode },
        { name: 'name', type: 'text', value: (s) => s.name },
        { name: 'school_form', type: 'text', value: (s) => s.schoolForm },
        { name: 'municipality_code', type: 'char(4)', value: (s) => s.municipalityCode },
        { name: 'organiser_id', type: 'uuid', value: (s) => s.organiserId },
      ],
      data.schools,
    );
    await bulkInsert(
      manager,
      'school_year',
      [
        { name: 'school_id', type: 'uuid', value: (y) => y.schoolId },
        { name: 'year', type: 'smallint', value: (y) => y.year },
        { name: 'pupil_count', type: 'int', value: (y) => y.pupilCount },
        { name: 'socio_economic_index', type: 'numeric', value: (y) => y.socioEconomicIndex },
      ],
      data.schoolYears,
    );
    await refreshSchoolScope(manager);
    return { rows: data.organisers.length + data.schools.length + data.schoolYears.length };
  },
};
