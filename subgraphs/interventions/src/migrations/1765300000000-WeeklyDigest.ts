import { protectTable } from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The weekly digest of overdue work (issue 15): one row per week claims the week's build, so that of several
 * replicas starting or turning the day together exactly one builds it (the others' INSERT waits for its commit and
 * then finds the week taken); one row per week and office or county holds what was built.
 */
export class WeeklyDigest1765300000000 implements MigrationInterface {
  name = 'WeeklyDigest1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE digest_week (
        week_start date PRIMARY KEY CHECK (extract(isodow FROM week_start) = 1),
        built_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Only a national scope (the build itself, admins) sees or claims a week: it says nothing of any school.
    await protectTable(queryRunner, 'digest_week', { using: 'lagesbild_scope_all()' });
    await queryRunner.query(`
      CREATE TABLE weekly_digest (
        week_start date NOT NULL REFERENCES digest_week ON DELETE CASCADE,
        area_kind text NOT NULL CHECK (area_kind IN ('office', 'county')),
        area_code text NOT NULL,
        municipalities text[] NOT NULL,
        built_on date NOT NULL,
        overdue_count int NOT NULL,
        due_soon_count int NOT NULL,
        high_need_not_reached_count int NOT NULL,
        overdue jsonb NOT NULL,
        due_soon jsonb NOT NULL,
        high_need_not_reached text[] NOT NULL,
        PRIMARY KEY (week_start, area_kind, area_code)
      )`);
    // Readable by whoever may read the whole area, as an office's figures are (mayReadOffice): an office's digest by
    // its staff, a county's by its managers and every office wholly within it, everything by the national roles.
    await protectTable(queryRunner, 'weekly_digest', {
      using: 'NOT EXISTS (SELECT 1 FROM unnest(municipalities) AS m(code) WHERE NOT lagesbild_may_read(m.code))',
      check: 'lagesbild_scope_all()',
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE weekly_digest');
    await queryRunner.query('DROP TABLE digest_week');
  }
}
