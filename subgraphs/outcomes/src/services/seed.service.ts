import { generateDemoData } from '@lagesbild/demo-data';
import { INDICATORS } from '@lagesbild/reference-data';
import { bulkInsert, type Seeder } from '@lagesbild/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { insertPublishedOutcomeValues } from './pupilSuppression.service';
import { refreshSchoolNeed } from './schoolNeed.service';

/** Loads the indicator catalogue and the outcomes subgraph's part of the synthetic demo data. */
export const outcomesSeeder: Seeder = {
  async isEmpty(manager: EntityManager) {
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM indicator');
    return count === 0;
  },
  async clear(manager: EntityManager) {
    await manager.query('TRUNCATE outcome_value, indicator, school_area');
  },
  async load(manager: EntityManager, scale: number) {
    await bulkInsert(
      manager,
      'indicator',
      [
        { name: 'code', type: 'text', value: (i) => i.code },
        { name: 'name_sv', type: 'text', value: (i) => i.nameSv },
        { name: 'name_en', type: 'text', value: (i) => i.nameEn },
        { name: 'unit', type: 'text', value: (i) => i.unit },
        { name: 'school_form', type: 'text', value: (i) => i.schoolForm },
        { name: 'higher_is_better', type: 'boolean', value: (i) => i.higherIsBetter },
        { name: 'source', type: 'text', value: (i) => i.source },
        { name: 'min_value', type: 'numeric', value: (i) => i.min },
        { name: 'max_value', type: 'numeric', value: (i) => i.max },
      ],
      INDICATORS,
    );
    const { outcomeValues, schools } = generateDemoData({ scale });
    await bulkInsert(
      manager,
      'school_area',
      [
        { name: 'school_id', type: 'uuid', value: (s) => s.id },
        { name: 'municipality_code', type: 'text', value: (s) => s.municipalityCode },
      ],
      schools,
    );
    // The values as generated go to a staging table, and on into outcome_value with the small-number rules applied.
    await manager.query(
      `CREATE TEMPORARY TABLE outcome_value_source ON COMMIT DROP AS
       SELECT school_id, indicator_code, year, "group", pupil_count, source_status, source_value
       FROM outcome_value WITH NO DATA`,
    );
    await bulkInsert(
      manager,
      'outcome_value_source',
      [
        { name: 'school_id', type: 'uuid', value: (v) => v.schoolId },
        { name: 'indicator_code', type: 'text', value: (v) => v.indicatorCode },
        { name: 'year', type: 'smallint', value: (v) => v.year },
        { name: 'group', type: 'text', value: (v) => v.group },
        { name: 'source_status', type: 'text', value: (v) => v.status },
        { name: 'source_value', type: 'numeric', value: (v) => v.value },
        { name: 'pupil_count', type: 'int', value: (v) => v.pupilCount },
      ],
      outcomeValues,
    );
    await insertPublishedOutcomeValues(manager, 'outcome_value_source');
    await refreshSchoolNeed(manager);
    return { rows: INDICATORS.length + schools.length + outcomeValues.length };
  },
};
