import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Natural keys (issue #3): an intervention's case reference (ärendenummer), e.g. UME-2024-0007, and a follow-up's
 * intervention and due date. Existing interventions are numbered the way services/caseReference.ts numbers new
 * ones: within office and year identified, by identified_on and then id.
 */
export class NaturalKeys1763900000000 implements MigrationInterface {
  name = 'NaturalKeys1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE intervention ADD COLUMN reference text`);
    // greatest(4, …): lpad would cut a five-digit sequence down to four.
    await queryRunner.query(`
      UPDATE intervention
      SET reference = numbered.office_id || '-' || numbered.year || '-' ||
        lpad(numbered.sequence::text, greatest(4, length(numbered.sequence::text)), '0')
      FROM (
        SELECT id, office_id, extract(year FROM identified_on)::int AS year,
          row_number() OVER (PARTITION BY office_id, extract(year FROM identified_on) ORDER BY identified_on, id)
            AS sequence
        FROM intervention
      ) numbered
      WHERE numbered.id = intervention.id`);
    await queryRunner.query(`ALTER TABLE intervention ALTER COLUMN reference SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE intervention ADD CONSTRAINT intervention_reference_key UNIQUE (reference)`);
    await queryRunner.query(
      `ALTER TABLE follow_up ADD CONSTRAINT follow_up_intervention_id_due_on_key UNIQUE (intervention_id, due_on)`,
    );
    // The unique index leads with intervention_id, so it serves the lookups the old index did.
    await queryRunner.query(`DROP INDEX follow_up_intervention_id_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX follow_up_intervention_id_idx ON follow_up (intervention_id)`);
    await queryRunner.query(`ALTER TABLE follow_up DROP CONSTRAINT follow_up_intervention_id_due_on_key`);
    await queryRunner.query(`ALTER TABLE intervention DROP COLUMN reference`);
  }
}
