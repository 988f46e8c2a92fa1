import { OrganiserType, SchoolForm } from '@lagesbild/domain';
import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';
import { z } from 'zod';
import type { ScopeSchool } from './areaScope';

// An area's scope as one compact value, for the other subgraphs' @requires (issue #4, speed). As a list of objects
// the nation's 7,000 school units were 42,000 fields that the schools subgraph serialized, each gateway merged and
// re-sent, and the requiring subgraph parsed, once per area: most of the national overview's time. As one scalar
// the gateway passes it through untouched. Columns run parallel over the school units; the repetitive ones
// (organiser, municipality, form) are indexes into lists of their distinct values.

export const SCOPE_TABLE_VERSION = 1;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A column with one cell per unit, checked in a plain loop: zod per cell cost more than the rest of a request. */
function unitColumn(valid: (cell: unknown) => boolean, what: string) {
  return z.array(z.unknown()).refine((cells) => cells.every(valid), { message: `every cell must be ${what}` });
}

const isIndex = (cell: unknown) => Number.isInteger(cell) && (cell as number) >= 0;

const scopeTableSchema = z
  .object({
    version: z.literal(SCOPE_TABLE_VERSION),
    schoolIds: unitColumn((cell) => typeof cell === 'string' && UUID.test(cell), 'a uuid'),
    organiserIds: z.array(z.uuid()),
    organiserTypes: z.array(z.enum(OrganiserType)),
    municipalityCodes: z.array(z.string().regex(/^\d{4}$/)),
    schoolForms: z.array(z.enum(SchoolForm)),
    organiser: unitColumn(isIndex, 'an index'),
    municipality: unitColumn(isIndex, 'an index'),
    schoolForm: unitColumn(isIndex, 'an index'),
    socioEconomicBand: unitColumn(
      (cell) => cell === null || (Number.isInteger(cell) && (cell as number) >= 1 && (cell as number) <= 4),
      'a band from 1 to 4 or null',
    ),
  })
  .superRefine((table, ctx) => {
    const units = table.schoolIds.length;
    if (table.organiserTypes.length !== table.organiserIds.length)
      ctx.addIssue({ code: 'custom', message: 'organiserTypes must run parallel to organiserIds' });
    const columns = [
      ['organiser', table.organiserIds.length],
      ['municipality', table.municipalityCodes.length],
      ['schoolForm', table.schoolForms.length],
    ] as const;
    for (const [column, values] of columns) {
      const cells = table[column] as number[];
      if (cells.length !== units) ctx.addIssue({ code: 'custom', message: `${column} must have one cell per unit` });
      else if (cells.some((cell) => cell >= values))
        ctx.addIssue({ code: 'custom', message: `${column} points past its list of values` });
    }
    if (table.socioEconomicBand.length !== units)
      ctx.addIssue({ code: 'custom', message: 'socioEconomicBand must have one cell per unit' });
  });

/** The value as the schools subgraph sends it. */
export interface ScopeTableValue {
  version: typeof SCOPE_TABLE_VERSION;
  schoolIds: string[];
  organiserIds: string[];
  organiserTypes: OrganiserType[];
  municipalityCodes: string[];
  schoolForms: SchoolForm[];
  organiser: number[];
  municipality: number[];
  schoolForm: number[];
  socioEconomicBand: (number | null)[];
}

/** The school units of a scope as a table, in their order. */
export function packScope(schools: readonly ScopeSchool[]): ScopeTableValue {
  const dictionary = <T>() => {
    const values: T[] = [];
    const positions = new Map<T, number>();
    const indexOf = (value: T) => {
      let position = positions.get(value);
      if (position === undefined) {
        position = values.push(value) - 1;
        positions.set(value, position);
      }
      return position;
    };
    return { values, indexOf };
  };
  const organisers = dictionary<string>();
  const organiserTypes: OrganiserType[] = [];
  const municipalities = dictionary<string>();
  const forms = dictionary<SchoolForm>();
  const organiser = schools.map((school) => {
    const position = organisers.indexOf(school.organiserId);
    organiserTypes[position] = school.organiserType;
    return position;
  });
  return {
    version: SCOPE_TABLE_VERSION,
    schoolIds: schools.map((school) => school.id),
    organiserIds: organisers.values,
    organiserTypes,
    municipalityCodes: municipalities.values,
    schoolForms: forms.values,
    organiser,
    municipality: schools.map((school) => municipalities.indexOf(school.municipalityCode)),
    schoolForm: schools.map((school) => forms.indexOf(school.schoolForm)),
    socioEconomicBand: schools.map((school) => school.socioEconomicBand),
  };
}

/** The school units of a table. Throws a message naming what is wrong with a value that is not one. */
export function unpackScope(value: unknown): ScopeSchool[] {
  const parsed = scopeTableSchema.safeParse(value);
  if (!parsed.success) {
    throw new TypeError(`Not a scope table: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`);
  }
  const table = parsed.data as ScopeTableValue;
  return table.schoolIds.map((id, unit) => ({
    id,
    organiserId: table.organiserIds[table.organiser[unit]],
    organiserType: table.organiserTypes[table.organiser[unit]],
    schoolForm: table.schoolForms[table.schoolForm[unit]],
    municipalityCode: table.municipalityCodes[table.municipality[unit]],
    socioEconomicBand: table.socioEconomicBand[unit],
  }));
}

function parseTable(value: unknown): ScopeTableValue {
  try {
    unpackScope(value);
  } catch (error) {
    throw new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value as ScopeTableValue;
}

export const ScopeTable = new GraphQLScalarType<ScopeTableValue, ScopeTableValue>({
  name: 'ScopeTable',
  description:
    'An area’s school units in scope (underlag) as one compact JSON value, for the subgraphs that require the scope: ' +
    '{ version: 1, schoolIds, organiserIds, organiserTypes (parallel to organiserIds), municipalityCodes, ' +
    'schoolForms, then one cell per school unit in organiser, municipality and schoolForm (indexes into those ' +
    'lists) and socioEconomicBand (1–4 or null) }. The same units as AreaScope.schools, in the same order.',
  serialize: (value) => value as ScopeTableValue,
  parseValue: parseTable,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.OBJECT) throw new GraphQLError('A scope table is an object.');
    return parseTable(valueFromASTUntyped(ast));
  },
});

const unpacked = new WeakMap<object, ScopeSchool[]>();

/**
 * The school units of the scope an entity representation carries in through `@requires(fields: "scope { table }")`,
 * unpacked once however many of its fields ask; null when the schools service gave no scope.
 */
export function requiredScopeSchools(scope: { table?: unknown } | null | undefined): ScopeSchool[] | null {
  const table = scope?.table;
  if (!table || typeof table !== 'object') return null;
  let schools = unpacked.get(table);
  if (!schools) {
    schools = unpackScope(table);
    unpacked.set(table, schools);
  }
  return schools;
}
