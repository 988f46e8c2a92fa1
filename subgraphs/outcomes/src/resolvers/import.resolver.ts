import { AuditRefusals, fileBytes, ImportFileArgs, ImportReport, runImport } from '@lagesbild/subgraph-kit';
import { Args, Authorized, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { OutcomesContext } from '../context';
import { outcomeValueImporter } from '../import/outcomeValue.importer';

@Resolver()
export class ImportResolver {
  @Authorized('admin')
  @UseMiddleware(AuditRefusals)
  @Mutation(() => ImportReport, {
    description:
      'Imports outcome values (resultat) from CSV in Skolverket’s layout: unit_code, year, indicator_code, group (ALL, GIRLS, BOYS or samtliga, flickor, pojkar), value (a number, ".." for too few pupils, "." for no data), pupil_count (optional). Matched on school unit, year, indicator and group; importing a file twice changes nothing.',
  })
  importOutcomeValues(
    @Args() args: ImportFileArgs,
    @Ctx() { dataSource, user }: OutcomesContext,
  ): Promise<ImportReport> {
    return runImport(dataSource, outcomeValueImporter, fileBytes(args), {
      skipInvalid: args.skipInvalid,
      user,
      action: 'importOutcomeValues',
    });
  }
}
