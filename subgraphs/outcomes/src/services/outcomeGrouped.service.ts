import { OrganiserType, type SchoolForm } from '@lagesbild/domain';
import { areaSizes } from '@lagesbild/reference-data';
import {
  areaParameters,
  badUserInput,
  fromRollupsOrLive,
  readDataVersions,
  refuseTooManyCombinations,
  type DimensionSize,
  type FigureArea,
} from '@lagesbild/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Indicator } from '../entities/indicator.entity';
import { GROUPED_ROWS, type OutcomeGroupedArgs } from '../resolvers/inputs/outcomeGroupedArgs';
import { OutcomeDimension, OutcomeGroupedFigure } from '../types/outcomeDimension';
import type { OutcomeGrouping, OutcomeGroupRow } from '../types/outcomeGrouping';
import { indicatorArgument } from './indicatorArgument';
import type { ResultYears } from './resultYears.service';
import { liveGroupedSql, rollupGroupedSql, rollupHoldsDimensions, type GroupedShape } from './outcomeGroupedSql';
import { trendRollupCovers } from './equityTrendRollup';
import { applySuppression, MIN_SCHOOL_UNITS } from './suppression';

// Outcome figures grouped by dimensions chosen at query time (issue #16): the rows of one area, one indicator and
// one range of years, one per combination, sorted by a published figure and cut. The shapes the rollups hold come
// from them; the rest (an organiser's area, organiser type, pupil counts) are computed live, under the same
// row-level security, by the same definitions.

export interface OutcomeGroupedRequest extends GroupedShape {
  area: FigureArea;
  indicatorCode: string;
  fromYear: number | null;
  toYear: number | null;
  first: number;
  /** Whether the answer shows or sorts by pupil counts, which only the live statement has. */
  needsPupilCount: boolean;
}

/** One row of either statement. */
interface GroupedRow {
  area: number;
  county_code: string | null;
  municipality_code: string | null;
  office_id: string | null;
  organiser_type: string | null;
  school_form: string | null;
  band: number | null;
  year: number | null;
  schools: number;
  mean: number | null;
  girls_schools: number;
  girls_mean: number | null;
  boys_schools: number;
  boys_mean: number | null;
  pupils: number | null;
  pupils_known: boolean | null;
  suppressed: number;
  missing: number;
  total: number;
}

const covers = (request: OutcomeGroupedRequest) =>
  trendRollupCovers(request.area) && rollupHoldsDimensions(request.groupBy) && !request.needsPupilCount;

/** A row's figures, through the suppression hook, and its keys as the schema types them. */
function groupRow(row: GroupedRow): OutcomeGroupRow {
  const gap = row.girls_mean !== null && row.boys_mean !== null ? row.girls_mean - row.boys_mean : null;
  const figures = applySuppression({
    mean: { value: row.mean, schoolCounts: [row.schools] },
    girlsMean: { value: row.girls_mean, schoolCounts: [row.girls_schools] },
    boysMean: { value: row.boys_mean, schoolCounts: [row.boys_schools] },
    genderGap: { value: gap, schoolCounts: [row.girls_schools, row.boys_schools] },
    pupilCount: { value: row.pupils_known ? row.pupils : null, schoolCounts: [row.schools] },
  });
  return {
    county: row.county_code === null ? null : { code: row.county_code },
    municipality: row.municipality_code === null ? null : { code: row.municipality_code },
    office: row.office_id === null ? null : { id: row.office_id },
    organiserType: row.organiser_type as OrganiserType | null,
    schoolForm: row.school_form as SchoolForm | null,
    socioEconomicBand: row.band,
    year: row.year,
    ...figures,
    suppressedSchools: row.suppressed,
    missingSchools: row.missing,
  };
}

/** The parameters both statements take, for `requests` of one shape, in order. */
export const groupedParameters = (requests: readonly OutcomeGroupedRequest[]) => [
  requests.map((_, area) => area),
  requests.map((request) => request.indicatorCode),
  requests.map((request) => request.fromYear),
  requests.map((request) => request.toYear),
  ...areaParameters(requests.map((request) => request.area)),
  MIN_SCHOOL_UNITS,
  requests[0].first,
];

/** Each request's rows and count, from one statement over requests of one shape. */
async function groupedRows(dataSource: DataSource, sql: string, requests: readonly OutcomeGroupedRequest[]) {
  const rows: GroupedRow[] = await dataSource.query(sql, groupedParameters(requests));
  const answers = requests.map(() => ({ totalCount: 0, rows: [] as OutcomeGroupRow[] }));
  for (const row of rows) {
    answers[row.area].totalCount = row.total;
    answers[row.area].rows.push(groupRow(row));
  }
  return answers;
}

/** What makes requests answerable by one statement: everything but the area, indicator and years. */
const shapeKey = (request: OutcomeGroupedRequest) =>
  JSON.stringify([request.groupBy, request.orderBy, request.first, request.needsPupilCount]);

/** The groupings asked for in one request tick: one statement (or two: rollups and live) per shape. */
export function createOutcomeGroupedLoader(dataSource: DataSource) {
  return new DataLoader<OutcomeGroupedRequest, OutcomeGrouping>(
    async (requests) => {
      const dataVersions = await readDataVersions(dataSource);
      const byShape = new Map<string, number[]>();
      requests.forEach((request, i) => byShape.set(shapeKey(request), [...(byShape.get(shapeKey(request)) ?? []), i]));
      const answers: OutcomeGrouping[] = new Array(requests.length);
      for (const indexes of byShape.values()) {
        const ofShape = indexes.map((i) => requests[i]);
        const results = await fromRollupsOrLive(ofShape, covers, {
          rollups: (covered) => groupedRows(dataSource, rollupGroupedSql(covered[0]), covered),
          live: (rest) => groupedRows(dataSource, liveGroupedSql(rest[0]), rest),
        });
        results.forEach((result, j) => {
          const request = ofShape[j];
          answers[indexes[j]] = {
            indicatorCode: request.indicatorCode,
            groupBy: [...request.groupBy],
            dataVersions,
            ...result,
          };
        });
      }
      return answers;
    },
    // Keys are new objects with every request: batching only, nothing to cache.
    { cache: false },
  );
}

/**
 * How many of the years from `fromYear` to `toYear` the results hold: the range asked for, an open end taken at the
 * first or last year held, cut to the years held (a year without results has no rows to group). At least 1.
 */
export function yearsHeldWithin(fromYear: number | null, toYear: number | null, held: ResultYears): number {
  if (held.first === null || held.last === null) return 1;
  const from = Math.max(fromYear ?? held.first, held.first);
  const to = Math.min(toYear ?? held.last, held.last);
  return Math.max(to - from + 1, 1);
}

/**
 * The most groups each dimension can have (for MAX_GROUP_COMBINATIONS): by the area's counties, municipalities
 * and offices (a municipality lies in one county and one office, so with MUNICIPALITY they are one group each), the
 * organiser types, one school form (an indicator is of one), four bands, and the years asked for that the
 * indicator's results hold (yearsHeldWithin).
 */
export function outcomeDimensionSizes(
  area: FigureArea,
  groupBy: readonly OutcomeDimension[],
  fromYear: number | null,
  toYear: number | null,
  held: ResultYears,
): DimensionSize[] {
  const sizes = areaSizes(area.kind, area.code);
  const byMunicipality = groupBy.includes(OutcomeDimension.MUNICIPALITY);
  const size: Record<OutcomeDimension, number> = {
    [OutcomeDimension.COUNTY]: byMunicipality ? 1 : sizes.counties,
    [OutcomeDimension.MUNICIPALITY]: sizes.municipalities,
    [OutcomeDimension.OFFICE]: byMunicipality ? 1 : sizes.offices,
    [OutcomeDimension.ORGANISER_TYPE]: Object.values(OrganiserType).length,
    [OutcomeDimension.SCHOOL_FORM]: 1,
    [OutcomeDimension.SOCIO_ECONOMIC_BAND]: 4,
    [OutcomeDimension.YEAR]: yearsHeldWithin(fromYear, toYear, held),
  };
  return groupBy.map((dimension) => ({ dimension, size: size[dimension] }));
}

/** Checks the arguments of a grouping and fills in the defaults; BAD_USER_INPUT with a sentence when they are wrong. */
export async function outcomeGroupedRequest(
  area: FigureArea,
  args: OutcomeGroupedArgs,
  loaders: {
    indicatorByCode: DataLoader<string, Indicator | null>;
    resultYears: DataLoader<string, ResultYears>;
  },
  showsPupilCount: boolean,
): Promise<OutcomeGroupedRequest> {
  const { groupBy, fromYear = null, toYear = null } = args;
  if (groupBy.length === 0) {
    throw badUserInput(
      'groupBy needs at least one dimension, for example [COUNTY] or [ORGANISER_TYPE, YEAR].',
      'groupBy',
    );
  }
  const repeated = groupBy.find((dimension, i) => groupBy.indexOf(dimension) !== i);
  if (repeated) throw badUserInput(`groupBy names ${repeated} more than once; name each dimension once.`, 'groupBy');
  const first = args.first ?? GROUPED_ROWS.default;
  if (!Number.isInteger(first) || first < 1 || first > GROUPED_ROWS.max) {
    throw badUserInput(`first must be from 1 to ${GROUPED_ROWS.max}, not ${first}.`, 'first');
  }
  if (fromYear !== null && toYear !== null && fromYear > toYear) {
    throw badUserInput(`fromYear (${fromYear}) must not be after toYear (${toYear}).`, 'fromYear');
  }
  if (!groupBy.includes(OutcomeDimension.YEAR) && (fromYear === null || fromYear !== toYear)) {
    throw badUserInput(
      'Without YEAR in groupBy, give one year (fromYear and toYear the same): over several years each school unit would count once a year.',
      'groupBy',
    );
  }
  const indicatorCode = await indicatorArgument(args.indicatorCode, loaders.indicatorByCode);
  const held = await loaders.resultYears.load(indicatorCode);
  refuseTooManyCombinations(outcomeDimensionSizes(area, groupBy, fromYear, toYear, held), 'a shorter range of years');
  const orderBy = args.orderBy ? { figure: args.orderBy.figure, direction: args.orderBy.direction } : null;
  return {
    area,
    indicatorCode,
    groupBy,
    fromYear,
    toYear,
    orderBy,
    first,
    needsPupilCount: showsPupilCount || orderBy?.figure === OutcomeGroupedFigure.PUPIL_COUNT,
  };
}
