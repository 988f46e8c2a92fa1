import type { User } from '@lagesbild/auth';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditOutcome } from './auditEntry.entity';

/** What one audited write did: the mutation's name, what it concerned, and how many rows. */
export interface AuditRecord {
  action: string;
  summary: string;
  rows: number;
  outcome?: AuditOutcome;
  reason?: string | null;
}

/**
 * Appends an entry to this subgraph's audit log. Pass the write's own transaction (its EntityManager), so that a
 * write is never committed without its entry and a rolled-back write leaves none; refusals are recorded on their
 * own (auditRefusals.ts).
 */
export async function recordAudit(manager: EntityManager | DataSource, user: User, record: AuditRecord): Promise<void> {
  await manager.query(
    `INSERT INTO audit_entry (subject, name, role, action, summary, rows, outcome, reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      user.subject,
      user.name,
      user.role,
      record.action,
      record.summary,
      record.rows,
      record.outcome ?? AuditOutcome.DONE,
      record.reason ?? null,
    ],
  );
}
