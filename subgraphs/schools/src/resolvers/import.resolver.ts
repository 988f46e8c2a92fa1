import { AuditRefusals, fileBytes, ImportFileArgs, ImportReport, runImport } from '@lagesbild/subgraph-kit';
import { Args, Authorized, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { SchoolsContext } from '../context';
import { organiserImporter } from '../import/organiser.importer';
import { schoolImporter } from '../import/school.importer';

@Resolver()
export class ImportResolver {
  @Authorized('admin')
  @UseMiddleware(AuditRefusals)
  @Mutation(() => ImportReport, {
    description:
      'Imports organisers (huvudmän) from CSV: organisation_number, name, type (MUNICIPAL or INDEPENDENT), municipality_code. Matched on organisation number; importing a file twice changes nothing.',
  })
  importOrganisers(@Args() args: ImportFileArgs, @Ctx() { dataSource, user }: SchoolsContext): Promise<ImportReport> {
    return runImport(dataSource, organiserImporter, fileBytes(args), {
      skipInvalid: args.skipInvalid,
      user,
      action: 'importOrganisers',
    });
  }

  @Authorized('admin')
  @UseMiddleware(AuditRefusals)
  @Mutation(() => ImportReport, {
    description:
      'Imports school units (skolenheter) from CSV: unit_code, name, school_form, municipality_code, organisation_number (of an organiser already imported). Matched on school-unit code.',
  })
  importSchools(@Args() args: ImportFileArgs, @Ctx() { dataSource, user }: SchoolsContext): Promise<ImportReport> {
    return runImport(dataSource, schoolImporter, fileBytes(args), {
      skipInvalid: args.skipInvalid,
      user,
      action: 'importSchools',
    });
  }
}
