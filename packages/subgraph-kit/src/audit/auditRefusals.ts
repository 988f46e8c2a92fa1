import type { Role } from '@lagesbild/auth';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { AuthChecker, AuthCheckerFn, MiddlewareFn } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { log } from '@lagesbild/platform';
import { roleChecker } from '../authorization';
import type { RequestIdentity } from '../identity';
import { AuditOutcome } from './auditEntry.entity';
import { recordAudit } from './auditWriter';

// Refused writes are audited too (issue #5), with outcome REFUSED and the error code as the reason. A refused
// write's transaction rolls back, taking anything written in it along, so the refusal is written on its own.

type AuditedContext = RequestIdentity & { dataSource?: DataSource };

const isMutation = (info: GraphQLResolveInfo) =>
  info.operation.operation === 'mutation' && info.parentType === info.schema.getMutationType();

/** The ids a mutation's arguments name, for the summary: never free text, which might describe a pupil. */
function refusalSummary(args: Record<string, unknown>): string {
  const input = (args.input ?? {}) as Record<string, unknown>;
  const named = { id: args.id, interventionId: input.interventionId, officeId: input.officeId, what: args.what };
  const parts = Object.entries(named)
    .filter(([, value]) => typeof value === 'string')
    .map(([key, value]) => `${key} ${String(value).slice(0, 80)}`);
  return parts.length > 0 ? parts.join(', ') : 'refused';
}

async function recordRefusal(context: AuditedContext, info: GraphQLResolveInfo, args: object, error: unknown) {
  if (!context.dataSource) return;
  const reason = error instanceof GraphQLError ? String(error.extensions.code ?? 'ERROR') : 'ERROR';
  try {
    await recordAudit(context.dataSource, context.user, {
      action: info.fieldName,
      summary: refusalSummary(args as Record<string, unknown>),
      rows: 0,
      outcome: AuditOutcome.REFUSED,
      reason,
    });
  } catch (failure) {
    // The refusal is what the caller must hear about; a failed audit line is for the operator.
    log.error({ err: failure }, `could not audit the refused ${info.fieldName}`);
  }
}

/** The kit's role checker, recording a mutation refused for the user's role before refusing it. */
export const auditedRoleChecker: AuthChecker<AuditedContext, Role> = async (data, roles) => {
  try {
    return await (roleChecker as AuthCheckerFn<RequestIdentity, Role>)(data, roles);
  } catch (error) {
    if (isMutation(data.info)) await recordRefusal(data.context, data.info, data.args, error);
    throw error;
  }
};

/** On every mutation (`@UseMiddleware(AuditRefusals)`): a write refused by a rule or the user's scope is recorded. */
export const AuditRefusals: MiddlewareFn<AuditedContext> = async ({ context, info, args }, next) => {
  try {
    return await next();
  } catch (error) {
    if (isMutation(info)) await recordRefusal(context, info, args, error);
    throw error;
  }
};
