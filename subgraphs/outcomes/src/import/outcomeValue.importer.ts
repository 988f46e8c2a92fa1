import type { User } from '@lagesbild/auth';
import { schoolIdOf } from '@lagesbild/domain';
import {
  bulkUpsert,
  fetchSiblingEntities,
  oneOf,
  required,
  ValidationCode,
  wholeNumber,
  type Importer,
  type ParsedRow,
  type RowIssue,
} from '@lagesbild/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { OutcomeGroup, OutcomeStatus } from '../entities/outcomeEnums';
import { publishOutcomeValues } from '../services/pupilSuppression.service';
import { refreshSchoolNeed } from '../services/schoolNeed.service';
import { outcomeFigure, outcomeYear } from './outcomeFigure';
import { outcomeValueConstraints } from './outcomeValueConstraints';

const schema = z
  .object({
    unit_code: z
      .string(required)
      .regex(/^\d{8}$/, { error: 'must be an eight-digit school-unit code (skolenhetskod)' }),
    year: z.string(required).pipe(outcomeYear),
    indicator_code: z.string(required),
    group: z.string(required).pipe(
      oneOf(Object.values(OutcomeGroup), {
        samtliga: OutcomeGroup.ALL,
        totalt: OutcomeGroup.ALL,
        flickor: OutcomeGroup.GIRLS,
        pojkar: OutcomeGroup.BOYS,
      }),
    ),
    value: z.string(required).pipe(outcomeFigure),
    // The bound only catches slips of the keyboard: no school unit comes near a million pupils.
    pupil_count: wholeNumber(0, 1_000_000).optional(),
  })
  .superRefine((row, context) => {
    // The table's CHECK says the same; said here, it names the line instead of failing the whole file.
    if (row.value.status === OutcomeStatus.MISSING && row.pupil_count !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['pupil_count'],
        message: 'must be empty when the value is "." (no data)',
      });
    }
  })
  .transform((row) => ({
    unitCode: row.unit_code,
    year: row.year,
    indicatorCode: row.indicator_code,
    group: row.group,
    status: row.value.status,
    value: row.value.value,
    pupilCount: row.pupil_count ?? null,
  }));
export type OutcomeValueRow = z.infer<typeof schema>;

/** What a row is published as until the small-number rules have run: "." stays "no data", anything else withheld. */
const withheldStatus = (status: OutcomeStatus) =>
  status === OutcomeStatus.MISSING ? OutcomeStatus.MISSING : OutcomeStatus.SUPPRESSED;

interface IndicatorRange {
  code: string;
  min: number;
  max: number;
}

/**
 * Where each row's school unit lies, as the schools subgraph answered during the check: written beside the values
 * (school_area), which this subgraph's row-level security reads.
 */
const municipalityOfRow = new WeakMap<OutcomeValueRow, string>();

/** The rows whose school unit the schools subgraph does not know: one `_entities` request for the whole file. */
async function unknownUnitCodes(rows: ParsedRow<OutcomeValueRow>[], user: User): Promise<Set<string>> {
  const unitCodes = [...new Set(rows.map(({ row }) => row.unitCode))];
  const schools = await fetchSiblingEntities<{ id: string; municipality: { code: string } }>(
    user,
    'schools',
    'School',
    unitCodes.map((unitCode) => ({ id: schoolIdOf(unitCode) })),
    'id municipality { code }',
  );
  const municipalityOf = new Map(unitCodes.map((unitCode, i) => [unitCode, schools[i]?.municipality.code]));
  for (const { row } of rows) {
    const municipality = municipalityOf.get(row.unitCode);
    if (municipality) municipalityOfRow.set(row, municipality);
  }
  return new Set(unitCodes.filter((_, i) => schools[i] === null));
}

async function indicatorRanges(manager: EntityManager, rows: ParsedRow<OutcomeValueRow>[]) {
  const codes = [...new Set(rows.map(({ row }) => row.indicatorCode))];
  const found: IndicatorRange[] = await manager.query(
    'SELECT code, min_value::float8 AS min, max_value::float8 AS max FROM indicator WHERE code = ANY($1)',
    [codes],
  );
  return new Map(found.map((indicator) => [indicator.code, indicator]));
}

/**
 * Outcome values (resultat) in Skolverket's layout, matched on school unit, year, indicator and group.
 *
 * The figures are stored as given (`source_status`, `source_value`); what may be published of them, with values
 * behind fewer than 10 pupils withheld, is derived after the write (services/pupilSuppression.service.ts).
 */
export const outcomeValueImporter: Importer<OutcomeValueRow> = {
  kind: 'outcomes',
  columns: [
    { name: 'unit_code', required: true },
    { name: 'year', required: true },
    { name: 'indicator_code', required: true },
    { name: 'group', required: true },
    { name: 'value', required: true },
    { name: 'pupil_count', required: false },
  ],
  schema,
  keyOf: (row) => [row.unitCode, row.year, row.indicatorCode, row.group].join('|'),
  keyColumns: ['unit_code', 'year', 'indicator_code', 'group'],
  constraints: outcomeValueConstraints,
  async check(rows, manager, user) {
    const [unknownUnits, indicators] = await Promise.all([
      unknownUnitCodes(rows, user),
      indicatorRanges(manager, rows),
    ]);
    const issues: RowIssue[] = [];
    for (const { line, row } of rows) {
      if (unknownUnits.has(row.unitCode)) {
        issues.push({
          line,
          field: 'unit_code',
          code: ValidationCode.UNKNOWN_REFERENCE,
          message: `No school unit has the code ${row.unitCode}; import the school first.`,
        });
      }
      const indicator = indicators.get(row.indicatorCode);
      if (!indicator) {
        issues.push({
          line,
          field: 'indicator_code',
          code: ValidationCode.UNKNOWN_REFERENCE,
          message: `There is no indicator ${row.indicatorCode}; the query \`indicators\` lists the codes.`,
        });
      } else if (row.value !== null && (row.value < indicator.min || row.value > indicator.max)) {
        issues.push({
          line,
          field: 'value',
          code: ValidationCode.INVALID_VALUE,
          message: `value must lie between ${indicator.min} and ${indicator.max} for ${indicator.code}, not ${row.value}.`,
        });
      }
    }
    return issues;
  },
  async write(manager, rows) {
    const areas = new Map(rows.map((row) => [schoolIdOf(row.unitCode), municipalityOfRow.get(row) as string]));
    await bulkUpsert(
      manager,
      'school_area',
      [
        { name: 'school_id', type: 'uuid', value: ([schoolId]: [string, string]) => schoolId },
        { name: 'municipality_code', type: 'text', value: ([, municipality]) => municipality },
      ],
      ['school_id'],
      [...areas],
    );
    const counts = await bulkUpsert(
      manager,
      'outcome_value',
      [
        { name: 'school_id', type: 'uuid', value: (row: OutcomeValueRow) => schoolIdOf(row.unitCode) },
        { name: 'indicator_code', type: 'text', value: (row) => row.indicatorCode },
        { name: 'year', type: 'smallint', value: (row) => row.year },
        { name: 'group', type: 'text', value: (row) => row.group },
        { name: 'source_status', type: 'text', value: (row) => row.status },
        { name: 'source_value', type: 'numeric', value: (row) => row.value },
        { name: 'pupil_count', type: 'int', value: (row) => row.pupilCount },
      ],
      ['school_id', 'indicator_code', 'year', 'group'],
      rows,
      {
        // A new or revised value is withheld until publishOutcomeValues below decides on it: the published columns
        // may not keep what they said of the old value (a "." published as MISSING beside a new pupil count, or a
        // value published beside a count that is now under 10), which the table's CHECKs refuse.
        derived: [
          { name: 'status', type: 'text', value: (row) => withheldStatus(row.status) },
          { name: 'value', type: 'numeric', value: () => null },
        ],
      },
    );
    // What may be published follows from the values just written (issue #5), and need from what is published.
    await publishOutcomeValues(manager, [...new Set(rows.map((row) => schoolIdOf(row.unitCode)))]);
    await refreshSchoolNeed(manager);
    return counts;
  },
};
