import { OrganiserType, organiserIdOf } from '@lagesbild/domain';
import {
  bulkUpsert,
  oneOf,
  required,
  text,
  ValidationCode,
  type Importer,
  type RowIssue,
} from '@lagesbild/subgraph-kit';
import { z } from 'zod';
import { refreshSchoolScope } from '../services/scope.service';
import { municipalityCode } from './municipalityCode';
import { organisationNumber } from './organisationNumber';

const schema = z.object({
  organisation_number: z.string(required).pipe(organisationNumber),
  name: z.string(required).pipe(text(200)),
  type: z
    .string(required)
    .pipe(
      oneOf(Object.values(OrganiserType), { kommunal: OrganiserType.MUNICIPAL, enskild: OrganiserType.INDEPENDENT }),
    ),
  municipality_code: z.string(required).pipe(municipalityCode),
});
export type OrganiserRow = z.infer<typeof schema>;

/** Organisers (huvudmän), matched on their organisation number. */
export const organiserImporter: Importer<OrganiserRow> = {
  kind: 'organisers',
  columns: [
    { name: 'organisation_number', required: true },
    { name: 'name', required: true },
    { name: 'type', required: true },
    { name: 'municipality_code', required: true },
  ],
  schema,
  keyOf: (row) => row.organisation_number,
  keyColumns: ['organisation_number'],
  async check(rows) {
    // Municipalities' organisation numbers all begin 2120: a municipal organiser with another is a mix-up.
    return rows
      .filter(({ row }) => row.type === OrganiserType.MUNICIPAL && !row.organisation_number.startsWith('2120'))
      .map(({ line }): RowIssue => ({
        line,
        field: 'organisation_number',
        code: ValidationCode.INVALID_VALUE,
        message: 'A municipal organiser’s organisation number begins 2120 (2120xx-xxxx).',
      }));
  },
  async write(manager, rows) {
    const counts = await bulkUpsert(
      manager,
      'organiser',
      [
        { name: 'id', type: 'uuid', value: (row: OrganiserRow) => organiserIdOf(row.organisation_number) },
        { name: 'organisation_number', type: 'text', value: (row) => row.organisation_number },
        { name: 'name', type: 'text', value: (row) => row.name },
        { name: 'type', type: 'text', value: (row) => row.type },
        { name: 'municipality_code', type: 'char(4)', value: (row) => row.municipality_code },
      ],
      ['organisation_number'],
      rows,
    );
    // The reporting scope (organiser types, schools) follows the import.
    await refreshSchoolScope(manager);
    return counts;
  },
};
