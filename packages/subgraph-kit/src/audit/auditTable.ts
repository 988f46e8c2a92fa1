import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createScopeFunctions } from '../rowLevelSecurity';

// The audit table every subgraph keeps in its own database (issue #5). Each subgraph lists auditLogMigration in
// its data source, so the migration lives once. Append-only is enforced by the database, not by convention: a trigger refuses
// UPDATE, DELETE and TRUNCATE for every role that cannot drop the trigger, whatever privileges it holds.
// `at` is kept to the millisecond so that a page cursor (a JavaScript Date) names an entry exactly.

async function createAuditTable(queryRunner: QueryRunner, service: string): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE audit_entry (
      id bigint GENERATED ALWAYS AS IDENTITY,
      at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
      service text NOT NULL DEFAULT '${service.replace(/'/g, "''")}',
      subject text NOT NULL,
      name text,
      role text NOT NULL,
      action text NOT NULL,
      summary text NOT NULL,
      rows integer NOT NULL CHECK (rows >= 0),
      outcome text NOT NULL CHECK (outcome IN ('DONE', 'REFUSED')),
      reason text,
      CONSTRAINT audit_entry_pkey PRIMARY KEY (id)
    )`);
  await queryRunner.query('CREATE INDEX audit_entry_newest ON audit_entry (at DESC, id DESC)');
  await queryRunner.query(`
    CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_entry is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`);
  await queryRunner.query(`
    CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()`);
  await queryRunner.query(`
    CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()`);
  // Row-level security (rowLevelSecurity/policySql.ts): any signed-in user's request may append, only national
  // scope may read (the auditLog field is for admins on top), and with no UPDATE or DELETE policy the runtime
  // role can change nothing even before the trigger.
  await createScopeFunctions(queryRunner);
  await queryRunner.query('ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY');
  await queryRunner.query('ALTER TABLE audit_entry FORCE ROW LEVEL SECURITY');
  await queryRunner.query('CREATE POLICY owner_all ON audit_entry TO CURRENT_USER USING (true) WITH CHECK (true)');
  await queryRunner.query('CREATE POLICY append ON audit_entry FOR INSERT WITH CHECK (true)');
  await queryRunner.query('CREATE POLICY read_national ON audit_entry FOR SELECT USING (lagesbild_scope_all())');
}

async function dropAuditTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query('DROP TABLE audit_entry');
  await queryRunner.query('DROP FUNCTION audit_entry_append_only()');
}

/** The migration that adds a subgraph's audit table; `service` is the subgraph's name, stored with each entry. */
export function auditLogMigration(service: string): new () => MigrationInterface {
  return class AuditLog1764400000000 implements MigrationInterface {
    name = 'AuditLog1764400000000';

    async up(queryRunner: QueryRunner): Promise<void> {
      await createAuditTable(queryRunner, service);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await dropAuditTable(queryRunner);
    }
  };
}
