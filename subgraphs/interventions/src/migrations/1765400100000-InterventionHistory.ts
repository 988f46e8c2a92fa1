import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15: an intervention's page shows its history (who changed what, when) to whoever may read the
 * intervention. The audit log is otherwise for national roles (auditTable.ts); this lets a request read the entries
 * carried out on an intervention it can see under its own policy, matched on the id the entry's summary names.
 * Compared as text, so that no summary can make the policy fail.
 */
export class InterventionHistory1765400100000 implements MigrationInterface {
  name = 'InterventionHistory1765400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE POLICY read_intervention_history ON audit_entry FOR SELECT USING (
        outcome = 'DONE'
        AND substring(summary FROM 'intervention ([0-9a-f-]{36})') IN (SELECT id::text FROM intervention))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP POLICY read_intervention_history ON audit_entry');
  }
}
