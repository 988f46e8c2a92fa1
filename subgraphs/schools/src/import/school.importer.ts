import { organiserIdOf, SchoolForm, schoolIdOf } from '@lagesbild/domain';
import { bulkUpsert, oneOf, required, text, ValidationCode, type Importer } from '@lagesbild/subgraph-kit';
import { z } from 'zod';
import { refreshSchoolScope } from '../services/scope.service';
import { municipalityCode } from './municipalityCode';
import { organisationNumber } from './organisationNumber';

const schema = z.object({
  unit_code: z.string(required).regex(/^\d{8}$/, { error: 'must be an eight-digit school-unit code (skolenhetskod)' }),
  name: z.string(required).pipe(text(200)),
  school_form: z.string(required).pipe(
    oneOf(Object.values(SchoolForm), {
      grundskola: SchoolForm.GRUNDSKOLA,
      gymnasieskola: SchoolForm.GYMNASIESKOLA,
      'anpassad grundskola': SchoolForm.ANPASSAD_GRUNDSKOLA,
      'anpassad gymnasieskola': SchoolForm.ANPASSAD_GYMNASIESKOLA,
      specialskola: SchoolForm.SPECIALSKOLA,
    }),
  ),
  municipality_code: z.string(required).pipe(municipalityCode),
  organisation_number: z.string(required).pipe(organisationNumber),
});
export type SchoolRow = z.infer<typeof schema>;

/** School units (skolenheter), matched on their school-unit code. Their organisers must be imported first. */
export const schoolImporter: Importer<SchoolRow> = {
  kind: 'schools',
  columns: [
    { name: 'unit_code', required: true },
    { name: 'name', required: true },
    { name: 'school_form', required: true },
    { name: 'municipality_code', required: true },
    { name: 'organisation_number', required: true },
  ],
  schema,
  keyOf: (row) => row.unit_code,
  keyColumns: ['unit_code'],
  async check(rows, manager) {
    const numbers = [...new Set(rows.map(({ row }) => row.organisation_number))];
    const known: { organisation_number: string }[] = await manager.query(
      'SELECT organisation_number FROM organiser WHERE organisation_number = ANY($1)',
      [numbers],
    );
    const knownNumbers = new Set(known.map((organiser) => organiser.organisation_number));
    return rows
      .filter(({ row }) => !knownNumbers.has(row.organisation_number))
      .map(({ line, row }) => ({
        line,
        field: 'organisation_number',
        code: ValidationCode.UNKNOWN_REFERENCE,
        message: `No organiser has the organisation number ${row.organisation_number}; import the organiser first.`,
      }));
  },
  async write(manager, rows) {
    const counts = await bulkUpsert(
      manager,
      'school',
      [
        { name: 'id', type: 'uuid', value: (row: SchoolRow) => schoolIdOf(row.unit_code) },
        { name: 'unit_code', type: 'text', value: (row) => row.unit_code },
        { name: 'name', type: 'text', value: (row) => row.name },
        { name: 'school_form', type: 'text', value: (row) => row.school_form },
        { name: 'municipality_code', type: 'char(4)', value: (row) => row.municipality_code },
        { name: 'organiser_id', type: 'uuid', value: (row) => organiserIdOf(row.organisation_number) },
      ],
      ['unit_code'],
      rows,
    );
    // The reporting scope (organiser types, schools) follows the import.
    await refreshSchoolScope(manager);
    return counts;
  },
};
