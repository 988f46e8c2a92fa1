import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root, type ClassType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { RequestIdentity } from '../identity';
import { PageArgs, paginate, SortDirection, type Page } from '../pagination';
import { AuditEntry, AuditEntryConnection } from './auditEntry.entity';
import { AuditLog, auditLogOf, AuditLogFilter, filterOfAuditLog } from './auditLog';

// Admins read the audit log (issue #5). Each subgraph owns its database, so none reads another's entries: the
// offices subgraph answers `auditLog` with the filter, and each subgraph (offices included) resolves its own field
// of AuditLog from its own table. A client asks for the services it wants, each a keyset-paged list, newest first.

/** Query.auditLog, in the subgraph that owns it (offices). */
@Resolver()
export class AuditLogQueryResolver {
  @Authorized('admin')
  @Query(() => AuditLog, {
    description:
      'The audit log (granskningslogg): every mutation, import and export, refused ones included, per service. For admins.',
  })
  auditLog(@Args() filter: AuditLogFilter): AuditLog {
    return auditLogOf(filter);
  }
}

function auditEntries(dataSource: DataSource, log: AuditLog, page: PageArgs): Promise<Page<AuditEntry>> {
  const filter = filterOfAuditLog(log);
  const query = dataSource.getRepository(AuditEntry).createQueryBuilder('entry');
  if (filter.from) query.andWhere('entry.at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('entry.at < :to', { to: filter.to });
  if (filter.subject) query.andWhere('entry.subject = :subject', { subject: filter.subject });
  if (filter.role) query.andWhere('entry.role = :role', { role: filter.role });
  if (filter.action) query.andWhere('entry.action = :action', { action: filter.action });
  return paginate(query, 'id', page, { property: 'at', direction: SortDirection.DESC });
}

/** AuditLog.<service>: the entries this subgraph wrote, for the field named after it. */
export function auditEntriesResolver(service: string): ClassType {
  @Resolver(() => AuditLog)
  class AuditEntriesResolver {
    @Authorized('admin')
    @FieldResolver(() => AuditEntryConnection, {
      name: service,
      description: `Audited writes of the ${service} service, newest first.`,
    })
    entries(
      @Root() log: AuditLog,
      @Args() page: PageArgs,
      @Ctx() { dataSource }: RequestIdentity & { dataSource: DataSource },
    ): Promise<Page<AuditEntry>> {
      return auditEntries(dataSource, log, page);
    }
  }
  return AuditEntriesResolver;
}

/** AuditLog's __resolveReference: the key holds the whole filter. */
export const auditLogReferences = {
  AuditLog: { __resolveReference: (ref: AuditLog): AuditLog => ({ id: ref.id }) },
};

/** Only admins may read the audit log, through `_entities` as through the root field. */
export const auditLogGuards = {
  AuditLog: (_log: unknown, { user }: RequestIdentity) => user.role === 'admin',
};
