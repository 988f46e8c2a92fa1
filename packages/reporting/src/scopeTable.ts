import { OrganiserType, SchoolForm } from '@lagesbild/domain';
import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';
import type { ScopeSchool } from './areaScope';

// An area's scope as one compact value, for the other subgraphs' @requires (issue #4, speed). As a list of objects
// the nation's 7,000 school units were 42,000 fields that the schools subgraph serialized, each gateway merged and
// re-sent, and the requiring subgraph parsed, once per area: most of the national overview's time. As one scalar
// the gateway passes it on without resolving its fields, and as a handful of strings rather than arrays it has
// nothing to walk when it merges and re-sends it (measured: a further 20–30 % off the scope-heavy operations).
//
// Each column is one string of comma-separated cells. The columns per unit run parallel; the repetitive ones
// (organiser, municipality, form) are indexes into columns of their distinct values.

export const SCOPE_TABLE_VERSION = 1;

/** The value as the schools subgraph sends it. */
export interface ScopeTableValue {
  version: typeof SCOPE_TABLE_VERSION;
  /** One cell per unit: its id. */
  schoolIds: string;
  /** The distinct organisers, and each one's type, parallel. */
  organiserIds: string;
  organiserTypes: string;
  /** The distinct municipality codes and school forms. */
  municipalityCodes: string;
  schoolForms: string;
  /** One cell per unit: the index of its organiser, municipality and school form in the lists above. */
  organiser: string;
  municipality: string;
  schoolForm: string;
  /** One cell per unit: its socio-economic band, 1 to 4, or "-" for none. */
  socioEconomicBand: string;
}

const COLUMNS = [
  'schoolIds',
  'organiserIds',
  'organiserTypes',
  'municipalityCodes',
  'schoolForms',
  'organiser',
  'municipality',
  'schoolForm',
  'socioEconomicBand',
] as const satisfies readonly (keyof ScopeTableValue)[];

const NO_BAND = '-';

const joined = (cells: readonly (string | number)[]) => cells.join(',');

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
    schoolIds: joined(schools.map((school) => school.id)),
    organiserIds: joined(organisers.values),
    organiserTypes: joined(organiserTypes),
    organiser: joined(organiser),
    municipality: joined(schools.map((school) => municipalities.indexOf(school.municipalityCode))),
    schoolForm: joined(schools.map((school) => forms.indexOf(school.schoolForm))),
    municipalityCodes: joined(municipalities.values),
    schoolForms: joined(forms.values),
    socioEconomicBand: joined(schools.map((school) => school.socioEconomicBand ?? NO_BAND)),
  };
}

class NotAScopeTable extends TypeError {
  constructor(problem: string) {
    super(`Not a scope table: ${problem}.`);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MUNICIPALITY_CODE = /^\d{4}$/;
const ORGANISER_TYPES = new Set<string>(Object.values(OrganiserType));
const SCHOOL_FORMS = new Set<string>(Object.values(SchoolForm));

/** A column's cells, each checked; the first bad one is named. */
function cells<T>(column: string, value: string, read: (cell: string) => T | undefined, what: string): T[] {
  if (value === '') return [];
  return value.split(',').map((cell, position) => {
    const parsed = read(cell);
    if (parsed === undefined) throw new NotAScopeTable(`${column} cell ${position + 1} ("${cell}") is not ${what}`);
    return parsed;
  });
}

const matching = (pattern: RegExp) => (cell: string) => (pattern.test(cell) ? cell : undefined);
const oneOf = (values: ReadonlySet<string>) => (cell: string) => (values.has(cell) ? cell : undefined);
const indexInto = (list: readonly unknown[]) => (cell: string) => {
  const position = /^\d+$/.test(cell) ? Number(cell) : -1;
  return position >= 0 && position < list.length ? position : undefined;
};
const band = (cell: string) => (cell === NO_BAND ? null : /^[1-4]$/.test(cell) ? Number(cell) : undefined);

/** The school units of a table. Throws a message naming what is wrong with a value that is not one. */
export function unpackScope(value: unknown): ScopeSchool[] {
  if (typeof value !== 'object' || value === null) throw new NotAScopeTable('it is not an object');
  const table = value as Record<string, unknown>;
  if (table.version !== SCOPE_TABLE_VERSION)
    throw new NotAScopeTable(`version must be ${SCOPE_TABLE_VERSION}, not ${JSON.stringify(table.version)}`);
  for (const column of COLUMNS) {
    if (typeof table[column] !== 'string') throw new NotAScopeTable(`${column} must be a string of cells`);
  }
  const t = table as unknown as ScopeTableValue;
  const ids = cells('schoolIds', t.schoolIds, matching(UUID), 'a uuid');
  const organiserIds = cells('organiserIds', t.organiserIds, matching(UUID), 'a uuid');
  const organiserTypes = cells('organiserTypes', t.organiserTypes, oneOf(ORGANISER_TYPES), 'an organiser type');
  if (organiserTypes.length !== organiserIds.length)
    throw new NotAScopeTable('organiserTypes must run parallel to organiserIds');
  const municipalityCodes = cells('municipalityCodes', t.municipalityCodes, matching(MUNICIPALITY_CODE), 'a code');
  const schoolForms = cells('schoolForms', t.schoolForms, oneOf(SCHOOL_FORMS), 'a school form');
  const perUnit = <T>(column: keyof ScopeTableValue, read: (cell: string) => T | undefined, what: string) => {
    const values = cells(column, t[column] as string, read, what);
    if (values.length !== ids.length) throw new NotAScopeTable(`${column} must have one cell per unit`);
    return values;
  };
  const organiser = perUnit('organiser', indexInto(organiserIds), 'an index into organiserIds');
  const municipality = perUnit('municipality', indexInto(municipalityCodes), 'an index into municipalityCodes');
  const schoolForm = perUnit('schoolForm', indexInto(schoolForms), 'an index into schoolForms');
  const bands = perUnit('socioEconomicBand', band, `a band from 1 to 4 or "${NO_BAND}"`);
  return ids.map((id, unit) => ({
    id,
    organiserId: organiserIds[organiser[unit]],
    organiserType: organiserTypes[organiser[unit]] as OrganiserType,
    schoolForm: schoolForms[schoolForm[unit]] as SchoolForm,
    municipalityCode: municipalityCodes[municipality[unit]],
    socioEconomicBand: bands[unit],
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
    'An area’s school units in scope (underlag) as one compact JSON object, for the subgraphs that require the ' +
    'scope. Every column is one string of comma-separated cells: { version: 1, schoolIds, organiserIds, ' +
    'organiserTypes (parallel to organiserIds), municipalityCodes, schoolForms, then per school unit organiser, ' +
    'municipality and schoolForm (indexes into those lists) and socioEconomicBand (1–4, or "-" for none) }. The ' +
    'same units as AreaScope.schools, in the same order.',
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
