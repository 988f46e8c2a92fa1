import { GraphQLDateTime } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Connection } from '../pagination';

export enum AuditOutcome {
  DONE = 'DONE',
  REFUSED = 'REFUSED',
}
registerEnumType(AuditOutcome, {
  name: 'AuditOutcome',
  description: 'Whether an audited write was carried out or refused.',
  valuesConfig: {
    DONE: { description: 'The write was carried out (an import may still have written no rows).' },
    REFUSED: { description: 'The write was refused (role, scope, a rule or an invalid file); nothing was written.' },
  },
});

/**
 * One line of a subgraph's audit log (issue #5), in the `audit_entry` table of that subgraph's own database. The
 * table is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE (auditTable.ts), and no mutation changes it.
 */
@ObjectType({ description: 'One audited write (granskningslogg): who, in which role, when, what, how many rows.' })
@Directive('@shareable')
@Entity('audit_entry')
export class AuditEntry {
  @Field(() => ID, { description: 'Number of the entry within the service that wrote it.' })
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'audit_entry_pkey' })
  id: string;

  @Field(() => GraphQLDateTime, { description: 'When the write happened (to the millisecond).' })
  @Column({ type: 'timestamptz' })
  at: Date;

  @Field({ description: 'Which service wrote the entry, e.g. "interventions".' })
  @Column({ type: 'text' })
  service: string;

  @Field({ description: 'Who: the sign-in token’s subject.' })
  @Column({ type: 'text' })
  subject: string;

  @Field(() => String, { nullable: true, description: 'Who, by name, when the token gives one.' })
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Field({ description: 'The role the user was signed in as, e.g. "office".' })
  @Column({ type: 'text' })
  role: string;

  @Field({ description: 'The operation: the mutation’s name, e.g. "createIntervention" or "importSchools".' })
  @Column({ type: 'text' })
  action: string;

  @Field({ description: 'What it concerned, e.g. "intervention 3f…" or "import of schools".' })
  @Column({ type: 'text' })
  summary: string;

  @Field(() => Int, { description: 'Rows written (or exported); 0 for a refused write.' })
  @Column({ type: 'integer' })
  rows: number;

  @Field(() => AuditOutcome, { description: 'Carried out or refused.' })
  @Column({ type: 'text' })
  outcome: AuditOutcome;

  @Field(() => String, { nullable: true, description: 'Why a write was refused: the error code, e.g. FORBIDDEN.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}

@ObjectType({ description: 'A page of audit entries, newest first.' })
@Directive('@shareable')
export class AuditEntryConnection extends Connection(AuditEntry) {}
