import { readSubgraphList } from '@lagesbild/platform';
import { createWriteStream, mkdirSync, readdirSync, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { dataDirOf, startBenchPlatform, type BenchPlatform } from './benchPlatform';
import { countDataRows } from './dataRows';
import { closeConnections } from './httpClient';
import { IMPORT_ROWS, measureOutcomeImport } from './importMeasure';
import { measureOperation } from './measureOperation';
import { discoverOperations } from './operations';
import { parseBenchOptions, USAGE, type BenchOptions } from './options';
import { benchPorts } from './ports';
import { buildReport, machineInfo, reportFile, writeReport } from './report';
import type { ScaleResult } from './results';
import { FloorDatabases } from './sqlFloor';
import type { RunMeasures } from './targets';
import { stopThroughputRuns } from './throughput';
import { comparisonTable, formatRatio, scaleTables, targetLines } from './table';

// `npm run bench`: every named operation at each demo scale, through the Hive gateway, straight to the subgraphs,
// as SQL alone, and through @apollo/gateway (issue #4). Progress goes to stderr, the tables to stdout, every number
// to bench/results/<date>.json. It stops everything it started, also on Ctrl-C and at its deadline.

const CONNECTIONS = 20;

class DeadlineReached extends Error {}
/** Thrown into the measuring loop once a signal or the watchdog is stopping the run, which then owns the exit. */
class StoppedEarly extends Error {}

function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function main(options: BenchOptions): Promise<void> {
  const startedAt = new Date();
  const resultsFile = reportFile(startedAt.toISOString().slice(0, 10), options.quick);
  const deadline = Date.now() + options.deadlineMs;
  const { operations, skipped } = discoverOperations(options.operations);
  const ports = benchPorts(
    options.portBase,
    readSubgraphList().map((entry) => entry.name),
  );
  for (const skip of skipped) progress(`Not benched: ${skip.name} (${skip.file}): ${skip.reason}`);
  progress(`Benching ${operations.map((op) => op.name).join(', ')} at scale ${options.scales.join(' and ')}.`);

  const scales: ScaleResult[] = [];
  let platform: BenchPlatform | undefined;
  let starting: Promise<BenchPlatform> | undefined;
  let databases: FloorDatabases | undefined;
  let serviceLog: WriteStream | undefined;
  const machine = machineInfo();
  const measures: RunMeasures = {
    importMissing: 'Not measured: the run stopped before the import at its first scale.',
    firstStartMissing: "Not measured: scale 1's data folder was seeded before this run (--fresh seeds it anew).",
  };
  const report = (complete: boolean, stoppedBecause?: string) =>
    buildReport({
      startedAt,
      options,
      connections: CONNECTIONS,
      machine,
      skipped,
      scales,
      run: measures,
      complete,
      stoppedBecause,
    });

  // Ctrl-C, SIGTERM and the deadline all end here: stop what runs, keep the numbers so far, exit. A platform still
  // starting (seeding scale 10 takes minutes) is waited for and then stopped; a second signal exits at once, and the
  // services, which watch their IPC channel, stop themselves (the next run stops an orphaned PostgreSQL).
  let finishing = false;
  const finishEarly = (reason: string, code: number) => {
    if (finishing) {
      progress('Second signal: exiting now.');
      process.exit(code);
    }
    finishing = true;
    progress(`\n${reason}: stopping the services and keeping the numbers so far…`);
    stopThroughputRuns();
    void (async () => {
      await databases?.close().catch(() => undefined);
      const running = platform ?? (await starting?.catch(() => undefined));
      await running?.stop().catch((error: unknown) => progress(`Stopping failed: ${String(error)}`));
      closeConnections();
      progress(`Partial results: ${writeReport(report(false, reason), resultsFile)}`);
      process.exit(code);
    })();
  };
  process.on('SIGINT', () => finishEarly('SIGINT received', 130));
  process.on('SIGTERM', () => finishEarly('SIGTERM received', 143));
  // Measures check the deadline between them; this is for one that hangs past it anyway.
  const watchdog = setTimeout(
    () => finishEarly(`The deadline of ${options.deadlineMs / 60_000} minutes passed a minute ago`, 1),
    options.deadlineMs + 60_000,
  );

  try {
    for (const scale of options.scales) {
      const dataDir = dataDirOf(scale);
      if (options.fresh) rmSync(dataDir, { recursive: true, force: true });
      mkdirSync(dataDir, { recursive: true });
      // An empty folder makes this start a first start: PostgreSQL initialised, migrations run, demo data seeded.
      const firstStart = readdirSync(dataDir).every((name) => name === 'services.log');
      serviceLog = createWriteStream(path.join(dataDir, 'services.log'), { flags: 'a' });
      serviceLog.on('error', (error) => progress(`The services' log cannot be written: ${error.message}`));
      const log = serviceLog;
      progress(
        `\nScale ${scale}: starting the platform in ${path.relative(process.cwd(), dataDir)} (a first start seeds the demo data; services log to services.log)…`,
      );
      starting = startBenchPlatform(scale, ports, {
        log: (line) => log.write(`${line}\n`),
      });
      platform = await starting;
      starting = undefined;
      progress(
        `Scale ${scale}: ready in ${platform.startSeconds.toFixed(1)} s (pids ${JSON.stringify(platform.pids)}).`,
      );
      if (scale === 1 && firstStart) {
        measures.firstStart = { scale, seconds: Number(platform.platformSeconds.toFixed(1)) };
        measures.firstStartMissing = undefined;
      }
      const result: ScaleResult = {
        scale,
        startSeconds: Number(platform.startSeconds.toFixed(1)),
        dataRows: await countDataRows(platform.subgraphs),
        operations: [],
      };
      scales.push(result);
      databases = new FloorDatabases(Object.fromEntries(platform.subgraphs.map((s) => [s.name, s.databaseUrl])));
      for (const operation of operations) {
        const crash = platform.crashed();
        if (crash) {
          // The numbers after a crash would measure a platform without that service: the scale ends here.
          result.stoppedBecause = `${crash}; not measured at this scale: ${operations
            .slice(operations.indexOf(operation))
            .map((op) => op.name)
            .join(', ')}`;
          progress(`Scale ${scale}: ${result.stoppedBecause}.`);
          break;
        }
        const measured = await measureOperation(operation, platform, databases, {
          limits: { warmup: options.warmup, iterations: options.iterations, maxMs: options.measureMs },
          connections: CONNECTIONS,
          durationS: options.durationS,
          settleMs: options.quick ? 15_000 : 120_000,
          checkDeadline: () => {
            if (finishing) throw new StoppedEarly('The run is stopping.');
            if (Date.now() > deadline)
              throw new DeadlineReached(`The deadline of ${options.deadlineMs / 60_000} minutes passed`);
          },
          log: progress,
        });
        result.operations.push(measured);
        progress(
          `  ${operation.name}: Hive p50 ${measured.hive?.p50.toFixed(1) ?? 'n/a'} ms, ` +
            `Hive÷direct ${formatRatio(measured.ratios.hiveOverDirectP50)}, Hive÷Apollo req/s ${formatRatio(measured.ratios.hiveOverApolloThroughput)}`,
        );
      }
      if (scale === options.scales[0]) {
        progress(
          `Scale ${scale}: importing ${IMPORT_ROWS.toLocaleString('en')} outcome rows without and with the rollups…`,
        );
        try {
          measures.import = await measureOutcomeImport(platform, dataDir);
          measures.importRatio = measures.import.withRollupsMs / measures.import.withoutRollupsMs;
          measures.importMissing = undefined;
          progress(
            `  import: ${measures.import.withoutRollupsMs.toFixed(0)} ms without, ${measures.import.withRollupsMs.toFixed(0)} ms with the rollups`,
          );
        } catch (error) {
          measures.importMissing = `Not measured: ${error instanceof Error ? error.message : String(error)}`;
          progress(`  import: ${measures.importMissing}`);
        }
      }
      await databases.close();
      databases = undefined;
      await platform.stop();
      platform = undefined;
      serviceLog.end();
      process.stdout.write(`\n${scaleTables(result)}\n`);
    }
  } catch (error) {
    if (finishing) await new Promise(() => undefined); // finishEarly stops everything and exits
    // Whatever failed, nothing started may outlive the run, and the numbers so far are kept.
    clearTimeout(watchdog);
    await databases?.close().catch(() => undefined);
    await platform?.stop().catch(() => undefined);
    serviceLog?.end();
    closeConnections();
    const reason = error instanceof Error ? error.message : String(error);
    progress(`Partial results: ${writeReport(report(false, reason), resultsFile)}`);
    throw error;
  }

  clearTimeout(watchdog);
  closeConnections();
  const final = report(true);
  if (final.scaleComparison) {
    const [small, large] = [scales[0].scale, scales[scales.length - 1].scale];
    process.stdout.write(`\n${comparisonTable(final.scaleComparison, small, large)}\n`);
  }
  process.stdout.write(`\nTargets (issue #13)\n${targetLines(final.targets)}\n`);
  process.stdout.write(`\nResults: ${writeReport(final, resultsFile)}\n`);
}

let options: BenchOptions;
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
main(options).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`The benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
