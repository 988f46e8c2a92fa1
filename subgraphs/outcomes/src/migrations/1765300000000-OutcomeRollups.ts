import { protectDerivedTable } from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { OUTCOME_ROLLUP_FUNCTIONS, OUTCOME_ROLLUP_FUNCTIONS_SQL } from '../services/outcomeRollupRefresh';

/** What each write of a watched table notes: [table, note function, events, statement trigger's transition tables]. */
const WATCHED: [table: string, note: string, events: string, transition: string | null][] = [
  ['outcome_value', 'note_values_inserted', 'INSERT', 'NEW TABLE AS new_values'],
  ['outcome_value', 'note_values_deleted', 'DELETE', 'OLD TABLE AS old_values'],
  ['outcome_value', 'note_values_updated', 'UPDATE', 'OLD TABLE AS old_values NEW TABLE AS new_values'],
  ['indicator', 'note_indicator_change', 'INSERT OR DELETE OR UPDATE OF code, school_form', null],
  [
    'schools.school_unit',
    'note_unit_change',
    'INSERT OR DELETE OR UPDATE OF municipality_code, school_form, socio_economic_band',
    null,
  ],
];

/**
 * The additive rollups that answer the equity trends of areas made of whole municipalities (issue #13), kept in
 * the transaction of every change they sum: see services/outcomeRollupRefresh.ts. The replica's triggers are
 * ENABLE ALWAYS, so that the apply worker of logical replication fires them too, for its initial copy and for
 * every change after.
 */
export class OutcomeRollups1765300000000 implements MigrationInterface {
  name = 'OutcomeRollups1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rollup_pending (
        txid bigint NOT NULL,
        municipality_code text NOT NULL,
        year int NOT NULL,
        PRIMARY KEY (txid, municipality_code, year)
      )`);
    await queryRunner.query(`
      CREATE TABLE outcome_rollup (
        indicator_code text NOT NULL,
        "group" text NOT NULL,
        -- text, as the areas' codes come in, so that a comparison with them can use the key.
        county_code text NOT NULL,
        municipality_code text NOT NULL,
        year smallint NOT NULL,
        band smallint NOT NULL,
        reported int NOT NULL,
        value_sum numeric NOT NULL,
        value_square_sum numeric NOT NULL,
        suppressed int NOT NULL,
        missing int NOT NULL,
        -- Led by what a trend asks for, then its area, so that a county's or a municipality's rows are one range.
        PRIMARY KEY (indicator_code, "group", county_code, municipality_code, year, band)
      )`);
    await queryRunner.query('CREATE INDEX outcome_rollup_municipality_idx ON outcome_rollup (municipality_code)');
    // A refresh finds a municipality's units in the replica of the register.
    await queryRunner.query('CREATE INDEX school_unit_municipality_idx ON schools.school_unit (municipality_code)');
    await protectDerivedTable(queryRunner, 'outcome_rollup', 'lagesbild_may_read(municipality_code)');

    for (const sql of OUTCOME_ROLLUP_FUNCTIONS_SQL) await queryRunner.query(sql);
    for (const [table, note, events, transition] of WATCHED) {
      await queryRunner.query(
        transition
          ? `CREATE TRIGGER ${note} AFTER ${events} ON ${table} REFERENCING ${transition}
             FOR EACH STATEMENT EXECUTE FUNCTION ${note}()`
          : `CREATE TRIGGER ${note} AFTER ${events} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${note}()`,
      );
    }
    for (const [table, events] of [
      ['outcome_value', 'INSERT OR UPDATE OR DELETE'],
      ['indicator', 'INSERT OR DELETE OR UPDATE OF code, school_form'],
      ['schools.school_unit', 'INSERT OR DELETE OR UPDATE OF municipality_code, school_form, socio_economic_band'],
    ]) {
      await queryRunner.query(`
        CREATE CONSTRAINT TRIGGER refresh_rollups AFTER ${events} ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refresh_rollups()`);
    }
    for (const table of ['outcome_value', 'indicator']) {
      await queryRunner.query(
        `CREATE TRIGGER clear_outcome_rollups AFTER TRUNCATE ON ${table} EXECUTE FUNCTION clear_outcome_rollups()`,
      );
    }
    await queryRunner.query('ALTER TABLE schools.school_unit ENABLE ALWAYS TRIGGER note_unit_change');
    await queryRunner.query('ALTER TABLE schools.school_unit ENABLE ALWAYS TRIGGER refresh_rollups');

    // A database that already holds values and a replica gets its rollups now.
    await queryRunner.query('SELECT rebuild_rollups()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, note] of WATCHED) await queryRunner.query(`DROP TRIGGER ${note} ON ${table}`);
    for (const table of ['outcome_value', 'indicator', 'schools.school_unit']) {
      await queryRunner.query(`DROP TRIGGER refresh_rollups ON ${table}`);
    }
    for (const table of ['outcome_value', 'indicator']) {
      await queryRunner.query(`DROP TRIGGER clear_outcome_rollups ON ${table}`);
    }
    for (const fn of OUTCOME_ROLLUP_FUNCTIONS) await queryRunner.query(`DROP FUNCTION ${fn}`);
    await queryRunner.query('DROP INDEX schools.school_unit_municipality_idx');
    await queryRunner.query('DROP TABLE outcome_rollup');
    await queryRunner.query('DROP TABLE rollup_pending');
  }
}
