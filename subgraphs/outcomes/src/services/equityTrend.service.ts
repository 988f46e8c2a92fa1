import {
  areaParameters,
  areaUnitsSql,
  badUserInput,
  fromRollupsOrLive,
  readDataVersions,
  type FigureArea,
} from '@lagesbild/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Indicator } from '../entities/indicator.entity';
import { OutcomeGroup } from '../entities/outcomeEnums';
import type { EquityTrendArgs } from '../resolvers/inputs/areaFigureArgs';
import type { BandMean, EquityTrend, EquityYear } from '../types/equityTrend';
import { TREND_ROLLUP_SQL, trendRollupCovers } from './equityTrendRollup';
import { indicatorArgument } from './indicatorArgument';
import { applySuppression, type RawFigure } from './suppression';
import { CELLS_WITH_GAP_SQL } from './trendCells';

export interface EquityTrendRequest {
  area: FigureArea;
  indicatorCode: string;
  group: OutcomeGroup;
  fromYear: number | null;
  toYear: number | null;
}

/** One aggregate cell: an area's year, for one band (`whole_area` false) or for all its units (true). */
export interface CellRow {
  area: number;
  year: number;
  band: number | null;
  whole_area: boolean;
  schools: number;
  mean: number | null;
  spread: number | null;
  gap: number | null;
  suppressed: number;
  missing: number;
}

const BANDS = [1, 2, 3, 4] as const;

/**
 * The live statement, for an organiser's area (and every area with FIGURES_FROM=live): every aggregate of every area and year in one statement: the areas' units from this subgraph's replica of the
 * register (only those of the indicator's school form) joined to their values in the range, grouped per band and per whole area. Means, spread and counts rest
 * on REPORTED values only (only they have a value; avg and stddev skip nulls, and nothing is imputed); the other
 * statuses are counted so that the answer says what was left out. The gap is taken from the band means by a
 * window over the area's year.
 */
export const TREND_SQL = `
  WITH request AS (
    SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::int[])
      AS request (area, indicator_code, "group", from_year, to_year)
  ),
  unit_value AS (
    SELECT scope.area, scope.band, v.year, v.status, v.value
    FROM request
    JOIN indicator ON indicator.code = request.indicator_code
    JOIN (${areaUnitsSql('$6::text[]', '$7::text[]')}) scope ON scope.area = request.area AND scope.school_form = indicator.school_form
    JOIN outcome_value v
      ON v.school_id = scope.school_id AND v.indicator_code = request.indicator_code AND v."group" = request."group"
    WHERE v.year >= coalesce(request.from_year, v.year) AND v.year <= coalesce(request.to_year, v.year)
  ),
  cell AS (
    SELECT area, year, band, grouping(band) = 1 AS whole_area,
           count(*) FILTER (WHERE status = 'REPORTED')::int AS schools,
           avg(value) FILTER (WHERE status = 'REPORTED')::float8 AS mean,
           stddev_pop(value) FILTER (WHERE status = 'REPORTED')::float8 AS spread,
           count(*) FILTER (WHERE status = 'SUPPRESSED')::int AS suppressed,
           count(*) FILTER (WHERE status = 'MISSING')::int AS missing
    FROM unit_value
    GROUP BY GROUPING SETS ((area, year, band), (area, year))
  )
  ${CELLS_WITH_GAP_SQL}`;

/** An area's year from its cells: the aggregates, through the suppression hook. */
function equityYear(year: number, cells: CellRow[]): EquityYear {
  const whole = cells.find((cell) => cell.whole_area) as CellRow;
  const ofBand = (band: number) => cells.find((cell) => !cell.whole_area && cell.band === band);
  const bandFigure = (band: number): RawFigure => ({
    value: ofBand(band)?.mean ?? null,
    schoolCounts: [ofBand(band)?.schools ?? 0],
  });
  const figures = applySuppression({
    mean: { value: whole.mean, schoolCounts: [whole.schools] },
    spread: { value: whole.spread, schoolCounts: [whole.schools] },
    gap: { value: whole.gap, schoolCounts: [ofBand(4)?.schools ?? 0, ofBand(1)?.schools ?? 0] },
    band1: bandFigure(1),
    band2: bandFigure(2),
    band3: bandFigure(3),
    band4: bandFigure(4),
  });
  const bands: BandMean[] = BANDS.map((band) => ({ band, mean: figures[`band${band}`] }));
  return {
    year,
    mean: figures.mean,
    bands,
    gap: figures.gap,
    spread: figures.spread,
    suppressedSchools: whole.suppressed,
    missingSchools: whole.missing,
  };
}

/** The parameters both trend statements take, for `requests` in order: each request's index is its `area`. */
export const trendParameters = (requests: readonly EquityTrendRequest[]) => [
  requests.map((_, area) => area),
  requests.map((request) => request.indicatorCode),
  requests.map((request) => request.group),
  requests.map((request) => request.fromYear),
  requests.map((request) => request.toYear),
  ...areaParameters(requests.map((request) => request.area)),
];

/** Each request's cells by year, in year order, from one of the two statements. */
async function cellsByYear(dataSource: DataSource, sql: string, requests: readonly EquityTrendRequest[]) {
  const rows: CellRow[] = await dataSource.query(sql, trendParameters(requests));
  // Rows come ordered by area and year, so each area's years are in order.
  const cellsByArea = requests.map(() => new Map<number, CellRow[]>());
  for (const row of rows) {
    const years = cellsByArea[row.area];
    years.set(row.year, [...(years.get(row.year) ?? []), row]);
  }
  return cellsByArea;
}

/**
 * The equity trends asked for in one request tick (any areas, any arguments): those of areas made of whole
 * municipalities from the rollups in one statement, an organiser's live in one more.
 */
export function createEquityTrendLoader(dataSource: DataSource) {
  return new DataLoader<EquityTrendRequest, EquityTrend>(
    async (requests) => {
      const dataVersions = await readDataVersions(dataSource);
      const cells = await fromRollupsOrLive(requests, (request) => trendRollupCovers(request.area), {
        rollups: (covered) => cellsByYear(dataSource, TREND_ROLLUP_SQL, covered),
        live: (rest) => cellsByYear(dataSource, TREND_SQL, rest),
      });
      return requests.map((request, index) => ({
        indicatorCode: request.indicatorCode,
        group: request.group,
        dataVersions,
        years: [...cells[index]].map(([year, yearCells]) => equityYear(year, yearCells)),
      }));
    },
    // Keys are new objects with every request: batching only, nothing to cache.
    { cache: false },
  );
}

/** Checks the arguments of a trend and fills in the defaults. */
export async function equityTrendRequest(
  area: FigureArea,
  args: EquityTrendArgs,
  indicatorByCode: DataLoader<string, Indicator | null>,
): Promise<EquityTrendRequest> {
  if (args.fromYear != null && args.toYear != null && args.fromYear > args.toYear) {
    throw badUserInput(`fromYear (${args.fromYear}) must not be after toYear (${args.toYear}).`, 'fromYear');
  }
  return {
    area,
    indicatorCode: await indicatorArgument(args.indicatorCode, indicatorByCode),
    group: args.group ?? OutcomeGroup.ALL,
    fromYear: args.fromYear ?? null,
    toYear: args.toYear ?? null,
  };
}
