import type { User } from '@lagesbild/auth';
import {
  LIFECYCLE_DATE_FIELDS,
  lifecycleProblems,
  organiserIdOf,
  schoolIdOf,
  uuidFromKey,
  type LifecycleRecord,
} from '@lagesbild/domain';
import { OFFICE_IDS, officeById } from '@lagesbild/reference-data';
import {
  bulkInsert,
  bulkUpsert,
  fetchSiblingEntities,
  ValidationCode,
  type Importer,
  type RowIssue,
} from '@lagesbild/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { caseReferenceProblem, normaliseCaseReference } from '../services/caseReference';
import { swedishToday } from '@lagesbild/subgraph-kit';
import { DATE_COLUMNS, INTERVENTION_COLUMNS, interventionRowSchema, type InterventionRow } from './interventionColumns';
import {
  municipalitiesOf,
  ORGANISER_AREA_FIELDS,
  recordOrganiserAreas,
  type OrganiserAreaAnswer,
} from '../services/organiserArea';

function record(row: InterventionRow): LifecycleRecord {
  const dates = Object.fromEntries(
    LIFECYCLE_DATE_FIELDS.map((field) => [field, (row[DATE_COLUMNS[field]] as string | undefined) ?? null]),
  );
  return { ...dates, status: row.status } as LifecycleRecord;
}

/** The checks that need only the row: office, reference and lifecycle. */
function rowIssues(line: number, row: InterventionRow, today: string): RowIssue[] {
  const issues: RowIssue[] = [];
  if (!officeById(row.office_id)) {
    issues.push({
      line,
      field: 'office_id',
      code: ValidationCode.UNKNOWN_REFERENCE,
      message: `office_id: there is no office "${row.office_id}"; the offices are ${OFFICE_IDS.join(', ')}.`,
    });
  } else {
    const problem = caseReferenceProblem(normaliseCaseReference(row.reference), row.office_id, row.identified_on);
    if (problem) issues.push({ line, field: 'reference', code: ValidationCode.INVALID_VALUE, message: problem });
  }
  for (const problem of lifecycleProblems(record(row), today)) {
    issues.push({ line, field: 'status', code: ValidationCode.LIFECYCLE_VIOLATION, message: `${problem}.` });
  }
  return issues;
}

/** Where each row's organiser is active, as the schools subgraph answered during the check (organiserArea.ts). */
const municipalitiesOfRow = new WeakMap<InterventionRow, string[]>();

/** Organisers and their schools, asked of the schools subgraph in one `_entities` request for the whole file. */
async function targetIssues(rows: { line: number; row: InterventionRow }[], user: User): Promise<RowIssue[]> {
  const numbers = [...new Set(rows.map(({ row }) => row.organisation_number))];
  const organisers = await fetchSiblingEntities<{ id: string; schools: { unitCode: string }[] } & OrganiserAreaAnswer>(
    user,
    'schools',
    'Organiser',
    numbers.map((number) => ({ id: organiserIdOf(number) })),
    `id schools { unitCode } ${ORGANISER_AREA_FIELDS}`,
  );
  const byNumber = new Map(numbers.map((number, i) => [number, organisers[i]]));
  for (const { row } of rows) {
    const organiser = byNumber.get(row.organisation_number);
    if (organiser) municipalitiesOfRow.set(row, municipalitiesOf(organiser));
  }
  return rows.flatMap(({ line, row }): RowIssue[] => {
    const organiser = byNumber.get(row.organisation_number);
    if (!organiser) {
      return [
        {
          line,
          field: 'organisation_number',
          code: ValidationCode.UNKNOWN_REFERENCE,
          message: `No organiser has the organisation number ${row.organisation_number}; import the organiser first.`,
        },
      ];
    }
    const own = new Set(organiser.schools.map((school) => school.unitCode));
    const outside = (row.school_unit_codes ?? []).filter((code) => !own.has(code));
    return outside.length === 0
      ? []
      : [
          {
            line,
            field: 'school_unit_codes',
            code: ValidationCode.UNKNOWN_REFERENCE,
            message: `school_unit_codes: ${outside.join(', ')} ${outside.length === 1 ? 'is not a school unit' : 'are not school units'} of the organiser ${row.organisation_number}.`,
          },
        ];
  });
}

interface Stored {
  reference: string;
  id: string;
  fingerprint: string;
  dates: Record<string, string | null>;
}

const DATE_SQL = LIFECYCLE_DATE_FIELDS.map((field) => `${DATE_COLUMNS[field]}::text AS "${field}"`).join(', ');

/** What is stored under the file's references, to count changes and to keep recorded steps from being rewritten. */
async function storedInterventions(manager: EntityManager, references: string[]): Promise<Map<string, Stored>> {
  const rows: (Record<string, string | null> & { reference: string; id: string; schools: string[] })[] =
    await manager.query(
      `SELECT i.id, i.reference, i.kind, i.origin, i.organiser_id, i.office_id, i.status, ${DATE_SQL},
              coalesce(array_agg(s.school_id ORDER BY s.school_id) FILTER (WHERE s.school_id IS NOT NULL), '{}') AS schools
       FROM intervention i LEFT JOIN intervention_school s ON s.intervention_id = i.id
       WHERE i.reference = ANY($1) GROUP BY i.id`,
      [references],
    );
  return new Map(
    rows.map((row) => [
      row.reference,
      {
        reference: row.reference,
        id: row.id,
        dates: Object.fromEntries(LIFECYCLE_DATE_FIELDS.map((field) => [field, row[field]])),
        fingerprint: JSON.stringify([
          row.kind,
          row.origin,
          row.organiser_id,
          row.office_id,
          row.status,
          ...LIFECYCLE_DATE_FIELDS.map((f) => row[f]),
          row.schools,
        ]),
      },
    ]),
  );
}

function fingerprint(row: InterventionRow): string {
  const dates = LIFECYCLE_DATE_FIELDS.map((field) => (row[DATE_COLUMNS[field]] as string | undefined) ?? null);
  const schools = (row.school_unit_codes ?? []).map(schoolIdOf).sort();
  return JSON.stringify([
    row.kind,
    row.origin,
    organiserIdOf(row.organisation_number),
    row.office_id,
    row.status,
    ...dates,
    schools,
  ]);
}

/** A re-import may add the steps taken since; it may not change or remove a step already recorded. */
function rewrittenSteps(line: number, row: InterventionRow, stored: Stored): RowIssue[] {
  return LIFECYCLE_DATE_FIELDS.filter((field) => stored.dates[field] !== null)
    .filter((field) => ((row[DATE_COLUMNS[field]] as string | undefined) ?? null) !== stored.dates[field])
    .map((field) => ({
      line,
      field: DATE_COLUMNS[field],
      code: ValidationCode.LIFECYCLE_VIOLATION,
      message: `${DATE_COLUMNS[field]}: ${row.reference} already has ${DATE_COLUMNS[field]} ${stored.dates[field]}; a recorded step cannot be changed or removed by an import.`,
    }));
}

/** Interventions (insatser), matched on the office's case reference. Organisers and schools must exist. */
export const interventionImporter: Importer<InterventionRow> = {
  kind: 'interventions',
  columns: INTERVENTION_COLUMNS,
  schema: interventionRowSchema.transform((row) => ({ ...row, reference: normaliseCaseReference(row.reference) })),
  keyOf: (row) => row.reference,
  keyColumns: ['reference'],
  async check(rows, manager, user) {
    const today = swedishToday();
    const stored = await storedInterventions(
      manager,
      rows.map(({ row }) => row.reference),
    );
    return [
      ...rows.flatMap(({ line, row }) => rowIssues(line, row, today)),
      ...rows.flatMap(({ line, row }) => {
        const previous = stored.get(row.reference);
        return previous ? rewrittenSteps(line, row, previous) : [];
      }),
      ...(await targetIssues(rows, user)),
    ];
  },
  async write(manager, rows) {
    await recordOrganiserAreas(
      manager,
      new Map(rows.map((row) => [organiserIdOf(row.organisation_number), municipalitiesOfRow.get(row) ?? []])),
    );
    const stored = await storedInterventions(
      manager,
      rows.map((row) => row.reference),
    );
    const changed = rows.filter((row) => stored.get(row.reference)?.fingerprint !== fingerprint(row));
    const idOf = (row: InterventionRow) =>
      stored.get(row.reference)?.id ?? uuidFromKey(`intervention:${row.reference}`);
    await bulkUpsert(
      manager,
      'intervention',
      [
        { name: 'id', type: 'uuid', value: idOf },
        { name: 'reference', type: 'text', value: (row) => row.reference },
        { name: 'kind', type: 'text', value: (row) => row.kind },
        { name: 'origin', type: 'text', value: (row) => row.origin },
        { name: 'status', type: 'text', value: (row) => row.status },
        { name: 'organiser_id', type: 'uuid', value: (row) => organiserIdOf(row.organisation_number) },
        { name: 'office_id', type: 'text', value: (row) => row.office_id },
        ...LIFECYCLE_DATE_FIELDS.map((field) => ({
          name: DATE_COLUMNS[field],
          type: 'date',
          value: (row: InterventionRow) => (row[DATE_COLUMNS[field]] as string | undefined) ?? null,
        })),
      ],
      ['reference'],
      changed,
    );
    // The targeted schools of a changed intervention are replaced as a set.
    await manager.query('DELETE FROM intervention_school WHERE intervention_id = ANY($1)', [changed.map(idOf)]);
    await bulkInsert(
      manager,
      'intervention_school',
      [
        { name: 'intervention_id', type: 'uuid', value: (target: { id: string; school: string }) => target.id },
        { name: 'school_id', type: 'uuid', value: (target) => target.school },
      ],
      changed.flatMap((row) =>
        (row.school_unit_codes ?? []).map((code) => ({ id: idOf(row), school: schoolIdOf(code) })),
      ),
    );
    const inserted = changed.filter((row) => !stored.has(row.reference)).length;
    return { inserted, updated: changed.length - inserted, unchanged: rows.length - changed.length };
  },
};
