import { protectTable } from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar feeds of the weekly digest's due dates (issue 15). A calendar program subscribes to a URL and cannot send
 * a sign-in token, so each feed has a secret of its own in its URL; only its SHA-256 is kept. A feed reads as the
 * user who made it, with the role and area they had then, until they revoke it.
 */
export class CalendarFeeds1765300100000 implements MigrationInterface {
  name = 'CalendarFeeds1765300100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_sha256 text NOT NULL UNIQUE,
        subject text NOT NULL,
        name text,
        role text NOT NULL CHECK (role IN ('office', 'regional')),
        counties text[] NOT NULL DEFAULT '{}',
        office_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    // A user sees and changes their own feeds only (the request's subject, set with its scope).
    await protectTable(queryRunner, 'calendar_feed', {
      using: "subject = current_setting('lagesbild.subject', true)",
    });
    // The feed's request has no user until its secret names one: this function, the owner's, answers for one
    // secret and nothing else, and never for a revoked feed.
    await queryRunner.query(`
      CREATE FUNCTION calendar_feed_owner(secret_sha256 text)
      RETURNS TABLE (subject text, name text, role text, counties text[], office_id text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT subject, name, role, counties, office_id FROM calendar_feed
        WHERE token_sha256 = secret_sha256 AND revoked_at IS NULL $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION calendar_feed_owner(text)');
    await queryRunner.query('DROP TABLE calendar_feed');
  }
}
