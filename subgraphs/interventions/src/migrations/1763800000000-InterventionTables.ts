import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InterventionTables1763800000000 implements MigrationInterface {
  name = 'InterventionTables1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE intervention (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('QUALITY_DIALOGUE', 'ADVICE', 'TRAINING', 'STATE_GRANT',
          'ACCESSIBLE_LEARNING_ENVIRONMENT', 'STUDENT_HEALTH', 'SCHOOL_ATTENDANCE', 'LOW_RESULTS_PROGRAMME')),
        origin text NOT NULL CHECK (origin IN ('OUTREACH', 'REQUEST', 'PROGRAMME_REFERRAL')),
        status text NOT NULL CHECK (status IN ('IDENTIFIED', 'OFFERED', 'ACCEPTED', 'DECLINED', 'ONGOING',
          'COMPLETED', 'FOLLOWED_UP', 'CANCELLED')),
        organiser_id uuid NOT NULL,
        office_id text NOT NULL,
        identified_on date NOT NULL,
        offered_on date,
        accepted_on date,
        declined_on date,
        started_on date,
        completed_on date,
        followed_up_on date,
        cancelled_on date
      )`);
    await queryRunner.query(`CREATE INDEX intervention_organiser_id_idx ON intervention (organiser_id)`);
    await queryRunner.query(`CREATE INDEX intervention_office_id_idx ON intervention (office_id)`);
    await queryRunner.query(`
      CREATE TABLE intervention_school (
        intervention_id uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
        school_id uuid NOT NULL,
        PRIMARY KEY (intervention_id, school_id)
      )`);
    await queryRunner.query(`CREATE INDEX intervention_school_school_id_idx ON intervention_school (school_id)`);
    await queryRunner.query(`
      CREATE TABLE follow_up (
        id uuid PRIMARY KEY,
        intervention_id uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
        due_on date NOT NULL,
        completed_on date,
        assessment text CHECK (assessment IN ('NO_EFFECT', 'SOME_EFFECT', 'CLEAR_EFFECT')),
        next_step text
      )`);
    await queryRunner.query(`CREATE INDEX follow_up_intervention_id_idx ON follow_up (intervention_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE follow_up`);
    await queryRunner.query(`DROP TABLE intervention_school`);
    await queryRunner.query(`DROP TABLE intervention`);
  }
}
