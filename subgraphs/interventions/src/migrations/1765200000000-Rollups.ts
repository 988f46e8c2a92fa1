import { protectDerivedTable, protectReferenceTable } from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ROLLUP_FUNCTIONS_SQL } from '../services/rollupRefresh';
import { COUNTING_STEP_COLUMNS } from '../services/figureDefinitions';

const IN_SCOPE = 'lagesbild_may_read(municipality_code)';

/** The columns whose change can change an intervention's reach: its organiser, kind, origin and dated steps. */
const REACH_COLUMNS = ['organiser_id', 'kind', 'origin', ...COUNTING_STEP_COLUMNS];

/**
 * The additive rollups that answer the default shapes of coverage and follow-up status (issue #13), kept in the transaction of every
 * change they sum: see services/rollupRefresh.ts. The replicas' triggers are ENABLE ALWAYS, so that the
 * apply worker of logical replication fires them too, for its initial copy and for every change after.
 */
export class Rollups1765200000000 implements MigrationInterface {
  name = 'Rollups1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rollup_window (
        window_key text PRIMARY KEY,
        period_from date NOT NULL,
        period_to date NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE rollup_pending (
        txid bigint NOT NULL,
        kind text NOT NULL CHECK (kind IN ('organiser', 'municipality')),
        key text NOT NULL,
        PRIMARY KEY (txid, kind, key)
      )`);
    await queryRunner.query(`
      CREATE TABLE area_municipality (
        area_kind text NOT NULL,
        area_code text NOT NULL,
        municipality_code char(4) NOT NULL,
        office_id text,
        PRIMARY KEY (area_kind, area_code, municipality_code)
      )`);
    await queryRunner.query('CREATE INDEX area_municipality_municipality_idx ON area_municipality (municipality_code)');
    await queryRunner.query(`
      CREATE TABLE unit_rollup (
        municipality_code char(4) NOT NULL,
        school_form text NOT NULL,
        organiser_type text NOT NULL,
        schools int NOT NULL,
        high_need int NOT NULL,
        PRIMARY KEY (municipality_code, school_form, organiser_type)
      )`);
    await queryRunner.query(`
      CREATE TABLE coverage_rollup (
        window_key text NOT NULL,
        municipality_code char(4) NOT NULL,
        school_form text NOT NULL,
        organiser_type text NOT NULL,
        kind text NOT NULL,
        origin text NOT NULL,
        schools_reached int NOT NULL,
        schools_by_outreach int NOT NULL,
        schools_by_request int NOT NULL,
        high_need_reached int NOT NULL,
        -- Led by what a figure's area gives, so that a read finds its rows by area first.
        PRIMARY KEY (municipality_code, school_form, organiser_type, window_key, kind, origin)
      )`);
    await queryRunner.query(`
      CREATE TABLE organiser_presence (
        organiser_id uuid NOT NULL,
        municipality_code char(4) NOT NULL,
        school_form text NOT NULL,
        organiser_type text NOT NULL,
        PRIMARY KEY (municipality_code, organiser_id, school_form)
      )`);
    await queryRunner.query('CREATE INDEX organiser_presence_organiser_idx ON organiser_presence (organiser_id)');
    await queryRunner.query(`
      CREATE TABLE organiser_reach (
        window_key text NOT NULL,
        organiser_id uuid NOT NULL,
        kind text NOT NULL,
        origin text NOT NULL,
        by_outreach boolean NOT NULL,
        by_request boolean NOT NULL,
        step int NOT NULL,
        PRIMARY KEY (organiser_id, window_key, kind, origin)
      )`);
    await queryRunner.query(`
      CREATE TABLE rollup_day (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        today date NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE follow_up_rollup (
        window_key text NOT NULL,
        organiser_id uuid NOT NULL,
        kind text NOT NULL,
        origin text NOT NULL,
        office_id text NOT NULL,
        status text NOT NULL,
        ageing text NOT NULL,
        follow_ups int NOT NULL,
        PRIMARY KEY (organiser_id, window_key, kind, origin, office_id, status, ageing)
      )`);

    await protectReferenceTable(queryRunner, 'rollup_window');
    await protectReferenceTable(queryRunner, 'rollup_day');
    await protectReferenceTable(queryRunner, 'area_municipality');
    for (const table of ['unit_rollup', 'coverage_rollup', 'organiser_presence']) {
      await protectDerivedTable(queryRunner, table, IN_SCOPE);
    }
    for (const table of ['organiser_reach', 'follow_up_rollup']) {
      await protectDerivedTable(
        queryRunner,
        table,
        `EXISTS (SELECT 1 FROM organiser_presence p WHERE p.organiser_id = ${table}.organiser_id)`,
      );
    }

    for (const sql of ROLLUP_FUNCTIONS_SQL) {
      await queryRunner.query(sql);
    }
    const watched: [table: string, note: string, events: string][] = [
      ['intervention', 'note_intervention_change', `INSERT OR DELETE OR UPDATE OF ${REACH_COLUMNS.join(', ')}`],
      ['intervention_school', 'note_intervention_row_change', 'INSERT OR UPDATE OR DELETE'],
      [
        'follow_up',
        'note_intervention_row_change',
        'INSERT OR DELETE OR UPDATE OF intervention_id, due_on, completed_on',
      ],
      ['schools.school_unit', 'note_unit_change', 'INSERT OR UPDATE OR DELETE'],
      ['outcomes.school_need', 'note_need_change', 'INSERT OR UPDATE OR DELETE'],
      ['offices.municipality_office', 'note_office_change', 'INSERT OR UPDATE OR DELETE'],
    ];
    for (const [table, note, events] of watched) {
      await queryRunner.query(
        `CREATE TRIGGER ${note} AFTER ${events} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${note}()`,
      );
      await queryRunner.query(`
        CREATE CONSTRAINT TRIGGER refresh_rollups AFTER ${events} ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refresh_rollups()`);
      if (table.includes('.')) {
        await queryRunner.query(`ALTER TABLE ${table} ENABLE ALWAYS TRIGGER ${note}`);
        await queryRunner.query(`ALTER TABLE ${table} ENABLE ALWAYS TRIGGER refresh_rollups`);
      }
    }

    // A database that already holds interventions and replicas gets its rollups now.
    await queryRunner.query(`SELECT roll_rollup_windows((now() AT TIME ZONE 'Europe/Stockholm')::date)`);
    await queryRunner.query('SELECT rebuild_rollups()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'intervention',
      'intervention_school',
      'follow_up',
      'schools.school_unit',
      'outcomes.school_need',
    ]) {
      await queryRunner.query(`DROP TRIGGER refresh_rollups ON ${table}`);
    }
    await queryRunner.query('DROP TRIGGER note_intervention_change ON intervention');
    await queryRunner.query('DROP TRIGGER note_intervention_row_change ON intervention_school');
    await queryRunner.query('DROP TRIGGER note_intervention_row_change ON follow_up');
    await queryRunner.query('DROP TRIGGER note_unit_change ON schools.school_unit');
    await queryRunner.query('DROP TRIGGER note_need_change ON outcomes.school_need');
    await queryRunner.query('DROP TRIGGER note_office_change ON offices.municipality_office');
    for (const fn of [
      'rebuild_rollups()',
      'roll_rollup_windows(date)',
      'refresh_rollups()',
      'note_intervention_change()',
      'note_intervention_row_change()',
      'note_unit_change()',
      'note_need_change()',
      'note_office_change()',
      'refresh_organiser_rollups(uuid[])',
      'refresh_unit_rollups(text[])',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    for (const table of [
      'follow_up_rollup',
      'rollup_day',
      'organiser_reach',
      'organiser_presence',
      'coverage_rollup',
      'unit_rollup',
      'area_municipality',
      'rollup_pending',
      'rollup_window',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
