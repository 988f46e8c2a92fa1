import { protectTable } from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15: the weekly digest's mail, one row per digest and recipient, written by the build in its own transaction
 * (an outbox): a build rolled back leaves no mail to send, and a mail is only sent for a row that committed.
 *
 * A sender claims a row (claimed_at, committed) before it talks to the mail server, so that another replica, or the
 * same one after a restart, never sends it again: at most once. The mail server's refusal or an unreachable server
 * hands the row back (claimed_at NULL) with the failure and the time of the next attempt; after the last attempt it
 * is left unsent with its failure, for an operator. A row claimed long ago and not sent is one whose sender
 * stopped while sending: it may or may not have arrived, so it is not sent again, but given that failure and logged.
 */
export class DigestMailings1765770000000 implements MigrationInterface {
  name = 'DigestMailings1765770000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE digest_mailing (
        week_start date NOT NULL,
        area_kind text NOT NULL,
        area_code text NOT NULL,
        recipient text NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz DEFAULT now(),
        claimed_at timestamptz,
        sent_at timestamptz,
        failure text,
        PRIMARY KEY (week_start, area_kind, area_code, recipient),
        FOREIGN KEY (week_start, area_kind, area_code) REFERENCES weekly_digest ON DELETE CASCADE
      )`);
    // The senders look for what is due and not claimed.
    await queryRunner.query(`
      CREATE INDEX digest_mailing_due ON digest_mailing (next_attempt_at)
      WHERE sent_at IS NULL AND claimed_at IS NULL AND next_attempt_at IS NOT NULL`);
    // As digest_week: written and sent by the build's national scope, read by the national roles.
    await protectTable(queryRunner, 'digest_mailing', { using: 'lagesbild_scope_all()' });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE digest_mailing');
  }
}
