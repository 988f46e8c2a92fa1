import { recordAudit, AuditRefusals, badUserInput } from '@lagesbild/subgraph-kit';
import { Arg, Authorized, Ctx, Int, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { OfficesContext } from '../context';

// The dashboard builds CSV files in the browser, so the server never sees an export happen: the dashboard reports
// each one here, and it is audited like every write (issue #5).

@Resolver()
export class ExportResolver {
  @Authorized()
  @UseMiddleware(AuditRefusals)
  @Mutation(() => Boolean, {
    description:
      'Records that the signed-in user exported a table (e.g. as CSV) in the audit log (granskningslogg). Any role may call it.',
  })
  async recordExport(
    @Arg('what', { description: 'What was exported, e.g. the table’s title.' }) what: string,
    @Arg('rows', () => Int, { description: 'How many rows the file holds.' }) rows: number,
    @Ctx() { dataSource, user }: OfficesContext,
  ): Promise<boolean> {
    if (rows < 0) throw badUserInput('rows must not be negative.', 'rows');
    const summary = what.trim().slice(0, 200);
    if (!summary) throw badUserInput('what must name what was exported.', 'what');
    await recordAudit(dataSource, user, { action: 'recordExport', summary, rows });
    return true;
  }
}
