import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Directive, Field, ID, ObjectType } from 'type-graphql';
import { badUserInput } from '../errors';

/**
 * The audit log as a whole, for one filter (issue #5). Each subgraph keeps its own entries in its own database
 * and contributes them as a field of this entity, named after itself (auditLog.resolver.ts); the offices subgraph
 * owns `Query.auditLog`. The key is the filter itself, so every subgraph reads the same filter from it.
 */
@ObjectType({
  description:
    'The audit log (granskningslogg) for one filter: every service’s audited writes, each as a page of entries, newest first.',
})
@Directive('@key(fields: "id")')
export class AuditLog {
  @Field(() => ID, { description: 'The filter, encoded.' })
  id: string;
}

@ArgsType()
export class AuditLogFilter {
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Entries at or after this moment.' })
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Entries before this moment.' })
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'Only this user (the sign-in token’s subject).' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this role, e.g. "office".' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this operation, e.g. "importSchools".' })
  action?: string | null;
}

interface StoredFilter {
  from: string | null;
  to: string | null;
  subject: string | null;
  role: string | null;
  action: string | null;
}

export function auditLogOf(filter: AuditLogFilter): AuditLog {
  if (filter.from && filter.to && filter.from > filter.to) throw badUserInput('from must not be after to.', 'from');
  const stored: StoredFilter = {
    from: filter.from?.toISOString() ?? null,
    to: filter.to?.toISOString() ?? null,
    subject: filter.subject ?? null,
    role: filter.role ?? null,
    action: filter.action ?? null,
  };
  return { id: Buffer.from(JSON.stringify(stored)).toString('base64url') };
}

export function filterOfAuditLog(log: AuditLog): StoredFilter {
  try {
    const stored = JSON.parse(Buffer.from(log.id, 'base64url').toString('utf8')) as StoredFilter;
    if (stored && typeof stored === 'object') return stored;
  } catch {
    // fall through to the error below
  }
  throw badUserInput('This is not an audit log id that auditLog gave out.', 'id');
}
