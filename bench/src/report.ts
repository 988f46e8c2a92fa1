import { repoRoot } from '@lagesbild/platform';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchOptions } from './options';
import type { ScaleComparison, ScaleResult, TargetResult } from './results';
import type { SkippedOperation } from './operations';
import { compareScales, evaluateTargets, type RunMeasures } from './targets';

export const RESULTS_DIR = path.join(repoRoot, 'bench', 'results');

export interface BenchReport {
  date: string;
  startedAt: string;
  finishedAt: string;
  /** False when the run stopped early (deadline, signal or failure); the numbers so far are kept. */
  complete: boolean;
  stoppedBecause?: string;
  commit: { sha: string; dirty: boolean } | null;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    platform: string;
    /** Load averages (1, 5, 15 min) when the run began and ended: others may share the machine. */
    loadAtStart: number[];
    loadAtEnd: number[];
  };
  settings: Omit<BenchOptions, 'deadlineMs'> & {
    connections: number;
    deadlineMinutes: number;
  };
  skippedOperations: SkippedOperation[];
  scales: ScaleResult[];
  scaleComparison?: ScaleComparison[];
  /** Measures of the run as a whole: the first start on an empty data folder, the import with and without rollups. */
  run: RunMeasures;
  targets: TargetResult[];
}

/** The report of a run, complete or as far as it got: the scales measured so far are compared and judged. */
export function buildReport(run: {
  startedAt: Date;
  options: BenchOptions;
  connections: number;
  machine: Omit<BenchReport['machine'], 'loadAtEnd'>;
  skipped: SkippedOperation[];
  scales: ScaleResult[];
  run: RunMeasures;
  complete: boolean;
  stoppedBecause?: string;
}): BenchReport {
  const done = run.scales.filter((scale) => scale.operations.length > 0);
  const comparison = done.length >= 2 ? compareScales(done[0], done[done.length - 1]) : undefined;
  const { deadlineMs, ...settings } = run.options;
  return {
    date: run.startedAt.toISOString().slice(0, 10),
    startedAt: run.startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    complete: run.complete,
    stoppedBecause: run.stoppedBecause,
    commit: currentCommit(),
    machine: { ...run.machine, loadAtEnd: os.loadavg().map((load) => Number(load.toFixed(2))) },
    settings: {
      ...settings,
      connections: run.connections,
      deadlineMinutes: deadlineMs / 60_000,
    },
    skippedOperations: run.skipped,
    scales: run.scales,
    scaleComparison: comparison,
    run: run.run,
    targets: evaluateTargets(done, comparison, run.run),
  };
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

export function currentCommit(): BenchReport['commit'] {
  try {
    return { sha: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain').length > 0 };
  } catch {
    return null;
  }
}

export function machineInfo(): Omit<BenchReport['machine'], 'loadAtEnd'> {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAtStart: os.loadavg().map((load) => Number(load.toFixed(2))),
  };
}

/**
 * bench/results/<YYYY-MM-DD>.json, or <date>-2.json and on for a later run the same day, so that no run's numbers
 * are lost. A --quick smoke check always goes to <date>-quick.json and never hides a full run. The same run may
 * write more than once (its numbers so far, then all); it keeps its file.
 */
export function reportFile(date: string, quick: boolean, exists: (file: string) => boolean = existsSync): string {
  if (quick) return path.join(RESULTS_DIR, `${date}-quick.json`);
  for (let run = 1; ; run++) {
    const file = path.join(RESULTS_DIR, run === 1 ? `${date}.json` : `${date}-${run}.json`);
    if (!exists(file)) return file;
  }
}

export function writeReport(report: BenchReport, file: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
