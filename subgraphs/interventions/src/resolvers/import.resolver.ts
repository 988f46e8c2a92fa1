import { AuditRefusals, fileBytes, ImportFileArgs, ImportReport, runImport } from '@lagesbild/subgraph-kit';
import { Args, Authorized, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { InterventionsContext } from '../context';
import { followUpImporter } from '../import/followUp.importer';
import { interventionImporter } from '../import/intervention.importer';

@Resolver()
export class ImportResolver {
  @Authorized('admin')
  @UseMiddleware(AuditRefusals)
  @Mutation(() => ImportReport, {
    description:
      'Imports interventions (insatser) from CSV, matched on the office’s case reference (ärendenummer). Organisers and schools must exist; every row must follow the lifecycle, and a re-import may add later steps but not change recorded ones.',
  })
  importInterventions(
    @Args() args: ImportFileArgs,
    @Ctx() { dataSource, user }: InterventionsContext,
  ): Promise<ImportReport> {
    return runImport(dataSource, interventionImporter, fileBytes(args), {
      skipInvalid: args.skipInvalid,
      user,
      action: 'importInterventions',
    });
  }

  @Authorized('admin')
  @UseMiddleware(AuditRefusals)
  @Mutation(() => ImportReport, {
    description:
      'Imports follow-ups (uppföljningar) from CSV, matched on intervention_reference and due_on. The interventions must exist and have started.',
  })
  importFollowUps(
    @Args() args: ImportFileArgs,
    @Ctx() { dataSource, user }: InterventionsContext,
  ): Promise<ImportReport> {
    return runImport(dataSource, followUpImporter, fileBytes(args), {
      skipInvalid: args.skipInvalid,
      user,
      action: 'importFollowUps',
    });
  }
}
