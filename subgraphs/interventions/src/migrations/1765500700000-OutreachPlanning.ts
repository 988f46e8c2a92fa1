import type { MigrationInterface, QueryRunner } from 'typeorm';

const READABLE_INTERVENTION = `lagesbild_scope_all() OR office_id = lagesbild_office()
  OR EXISTS (SELECT 1 FROM organiser_area a WHERE a.organiser_id = intervention.organiser_id)`;
const OFFICE_WRITES = 'lagesbild_scope_all() OR office_id = lagesbild_office()';
const OWN_OFFICE_INTERVENTION = (table: string) =>
  `EXISTS (SELECT 1 FROM intervention i WHERE i.id = ${table}.intervention_id
           AND (lagesbild_scope_all() OR i.office_id = lagesbild_office()))`;

/**
 * Issue #15: a regional manager plans outreach from their work list. Until now one policy per table both let a
 * user read a row and write it (`in_scope`, USING = WITH CHECK), and a manager reads their counties' interventions,
 * so only the subgraph's code kept them from writing them. Reading and writing are now separate policies:
 *
 * - everyone reads what they read before (`in_scope_read`);
 * - the national import (scope all) and an office's staff write their office's rows (`office_writes`);
 * - a user of no office (the regional manager; the subgraph lets no other such role write) may only insert a
 *   newly IDENTIFIED intervention of origin OUTREACH for an organiser active in their municipalities, recorded by
 *   an office that covers one of them (the replica of the office map), and name on it school units in their
 *   municipalities that the same office covers. No update or delete, no follow-up.
 *
 * A case reference's next number is the office's whole sequence, of which a manager reads only their counties'
 * part: `next_case_reference` counts it with its owner's rights and answers with the number alone.
 */
export class OutreachPlanning1765500700000 implements MigrationInterface {
  name = 'OutreachPlanning1765500700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['intervention', 'intervention_school', 'follow_up']) {
      await queryRunner.query(`DROP POLICY in_scope ON ${table}`);
    }
    await queryRunner.query(`CREATE POLICY in_scope_read ON intervention FOR SELECT USING (${READABLE_INTERVENTION})`);
    await queryRunner.query(
      `CREATE POLICY office_writes ON intervention USING (${OFFICE_WRITES}) WITH CHECK (${OFFICE_WRITES})`,
    );
    await queryRunner.query(`
      CREATE POLICY outreach_planned ON intervention FOR INSERT WITH CHECK (
        lagesbild_office() IS NULL AND NOT lagesbild_scope_all()
        AND status = 'IDENTIFIED' AND origin = 'OUTREACH'
        AND EXISTS (SELECT 1 FROM organiser_area a WHERE a.organiser_id = intervention.organiser_id)
        AND EXISTS (SELECT 1 FROM offices.municipality_office m
                    WHERE m.office_id = intervention.office_id AND lagesbild_may_read(m.municipality_code)))`);
    for (const table of ['intervention_school', 'follow_up']) {
      await queryRunner.query(
        `CREATE POLICY in_scope_read ON ${table} FOR SELECT
           USING (EXISTS (SELECT 1 FROM intervention i WHERE i.id = ${table}.intervention_id))`,
      );
      await queryRunner.query(
        `CREATE POLICY office_writes ON ${table} USING (${OWN_OFFICE_INTERVENTION(table)})
           WITH CHECK (${OWN_OFFICE_INTERVENTION(table)})`,
      );
    }
    await queryRunner.query(`
      CREATE POLICY outreach_planned ON intervention_school FOR INSERT WITH CHECK (
        lagesbild_office() IS NULL AND NOT lagesbild_scope_all()
        AND EXISTS (
          SELECT 1 FROM intervention i
          JOIN schools.school_unit u ON u.id = intervention_school.school_id
          JOIN offices.municipality_office m ON m.municipality_code = u.municipality_code
          WHERE i.id = intervention_school.intervention_id AND i.status = 'IDENTIFIED' AND i.origin = 'OUTREACH'
            AND m.office_id = i.office_id))`);
    await queryRunner.query(`
      CREATE FUNCTION next_case_reference(prefix text) RETURNS bigint
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT coalesce(max(substring(reference FROM '^[A-Z]{3}-[0-9]{4}-([0-9]+)$')::bigint), 0) + 1
        FROM intervention WHERE reference LIKE prefix || '-%' $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION next_case_reference(text)');
    for (const table of ['intervention', 'intervention_school', 'follow_up']) {
      for (const policy of ['in_scope_read', 'office_writes', 'outreach_planned']) {
        await queryRunner.query(`DROP POLICY IF EXISTS ${policy} ON ${table}`);
      }
    }
    await queryRunner.query(
      `CREATE POLICY in_scope ON intervention USING (${READABLE_INTERVENTION}) WITH CHECK (${READABLE_INTERVENTION})`,
    );
    for (const table of ['intervention_school', 'follow_up']) {
      const using = `EXISTS (SELECT 1 FROM intervention i WHERE i.id = ${table}.intervention_id)`;
      await queryRunner.query(`CREATE POLICY in_scope ON ${table} USING (${using}) WITH CHECK (${using})`);
    }
  }
}
