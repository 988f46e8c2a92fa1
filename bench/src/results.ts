// The shape of bench/results/<date>.json. Times are milliseconds; ratios are plain numbers (2.5 = two and a half
// times), null where one side is missing.
import type { LatencySummary } from './percentiles';
import type { ThroughputResult } from './throughput';

export interface PlanSummary {
  fetches: number;
  /** Fetches one after another on the longest chain. */
  depth: number;
  perSubgraph: Record<string, number>;
  /** Each fetch as recorded, with the fetches (by index) whose answers it waited for; times from the first fetch. */
  order: {
    subgraph: string;
    waitsFor: number[];
    requestBytes: number;
    responseBytes: number;
    recordedStartMs: number;
    recordedEndMs: number;
  }[];
}

export interface FloorSummary extends LatencySummary {
  perDatabaseP50Ms: Record<string, number>;
  rows: Record<string, number>;
}

export interface OperationResult {
  operation: string;
  file: string;
  /** Measures that failed, with why; the others still count. */
  errors: Record<string, string>;
  /**
   * The Hive gateway answered null: the default variables name nothing in this scale's data, so the operation is
   * not judged here. Any other Hive failure (an error, a timeout) fails the targets that concern the operation.
   */
  emptyAnswer?: boolean;
  /** What else a reader of the numbers should know: a retried first request, a wait for idle services. */
  notes: string[];
  /** Through the platform's Hive gateway, response cache off. */
  hive?: LatencySummary;
  /** Through a Hive gateway with the response cache on: repeated reads, answered from the cache after the first. */
  hiveCached?: LatencySummary;
  apollo?: LatencySummary;
  /** The gateway's subgraph fetches replayed straight to the subgraphs. */
  direct?: LatencySummary;
  plan?: PlanSummary;
  /** Undefined with `floorMissing` when the operation has no bench/sql folder. */
  sqlFloor?: FloorSummary;
  floorMissing?: string;
  /** The fewest statements of three runs, per subgraph; `runs` holds each run's total. */
  statements?: { perSubgraph: Record<string, number>; total: number; stable: boolean; runs: number[] };
  /** The same, through the cache-on gateway. */
  statementsCached?: { perSubgraph: Record<string, number>; total: number; stable: boolean; runs: number[] };
  throughput?: { hive?: ThroughputResult; hiveCached?: ThroughputResult; apollo?: ThroughputResult };
  ratios: {
    /** Hive p50 over the direct replay's p50: what the gateway adds. */
    hiveOverDirectP50: number | null;
    hiveOverFloorP50: number | null;
    hiveOverFloorP95: number | null;
    apolloOverHiveP50: number | null;
    hiveOverApolloThroughput: number | null;
  };
}

export interface ScaleResult {
  scale: number;
  startSeconds: number;
  dataRows: Record<string, number>;
  operations: OperationResult[];
  /** A service crashed and the operations after it were not measured at this scale. */
  stoppedBecause?: string;
}

export interface ScaleComparison {
  operation: string;
  /** Largest scale over smallest. */
  hiveP50Ratio: number | null;
  hiveP95Ratio: number | null;
  /** Answered at the smallest scale, failed (an error or a timeout) at the largest. */
  largeFailed: boolean;
  statementsSmall: number | null;
  statementsLarge: number | null;
  statementsEqual: boolean | null;
}

export type TargetStatus = 'pass' | 'fail' | 'n/a';

export interface TargetResult {
  /** A stable name for the target, for whoever reads the results. */
  id: string;
  target: string;
  status: TargetStatus;
  /** Each operation (and scale) judged, with its value and the limit. */
  checks: { operation: string; scale?: number; value: number | null; limit: number; pass: boolean | null }[];
  note?: string;
}
