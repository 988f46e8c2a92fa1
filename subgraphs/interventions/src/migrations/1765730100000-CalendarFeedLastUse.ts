import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15: a feed's owner sees when it was last fetched, so that a leaked feed (fetched after they stopped using
 * it) or a forgotten one (not fetched for months) can be found and revoked. The fetch that names the owner records
 * it, in the owner's function, since the fetch has no user that row-level security would let write the row.
 *
 * At most once an hour per feed: calendar programs poll every few minutes, and a write per poll would make a dead
 * row version, WAL and a row lock per poll for a figure whose question ("still in use? since when not?") is
 * answered to the hour. So last_used_at lags the latest fetch by less than an hour.
 */
export class CalendarFeedLastUse1765730100000 implements MigrationInterface {
  name = 'CalendarFeedLastUse1765730100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE calendar_feed ADD COLUMN last_used_at timestamptz');
    await queryRunner.query('DROP FUNCTION calendar_feed_owner(text)');
    await queryRunner.query(`
      CREATE FUNCTION use_calendar_feed(secret_sha256 text)
      RETURNS TABLE (subject text, name text, role text, counties text[], office_id text)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
        UPDATE calendar_feed SET last_used_at = now()
        WHERE token_sha256 = secret_sha256 AND revoked_at IS NULL
          AND (last_used_at IS NULL OR last_used_at < now() - interval '1 hour');
        SELECT subject, name, role, counties, office_id FROM calendar_feed
        WHERE token_sha256 = secret_sha256 AND revoked_at IS NULL $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION use_calendar_feed(text)');
    await queryRunner.query(`
      CREATE FUNCTION calendar_feed_owner(secret_sha256 text)
      RETURNS TABLE (subject text, name text, role text, counties text[], office_id text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT subject, name, role, counties, office_id FROM calendar_feed
        WHERE token_sha256 = secret_sha256 AND revoked_at IS NULL $$`);
    await queryRunner.query('ALTER TABLE calendar_feed DROP COLUMN last_used_at');
  }
}
