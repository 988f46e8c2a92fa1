import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Demo data scales, in the order they run; the first and the last are compared. */
  scales: number[];
  /** Seconds of each throughput run (autocannon). */
  durationS: number;
  /** Only these operations, by name; all of schema/operations when undefined. */
  operations?: string[];
  /** A smoke check: few iterations and short throughput runs. */
  quick: boolean;
  /** Deletes the scale's data folder first, so the demo data are seeded anew. */
  fresh: boolean;
  /** First of the ports the benchmark's services use (all below 32768). */
  portBase: number;
  /** Iterations of each latency measure, after the warm-up. */
  iterations: number;
  warmup: number;
  /** Each latency measure stops after this long, however many iterations it has. */
  measureMs: number;
  /** The whole run stops after this long, and says so. */
  deadlineMs: number;
}

export const USAGE = `Usage: npm run bench -- [--scale 1,10] [--duration 10] [--operations A,B] [--quick] [--fresh]
                        [--iterations 200] [--port-base 4300] [--deadline-minutes 90]`;

function numberList(text: string, what: string): number[] {
  const values = text.split(',').map((part) => Number(part.trim()));
  if (values.some((value) => !(value > 0 && value <= 50)))
    throw new Error(`${what} takes numbers above 0 and at most 50, separated by commas, not "${text}".`);
  return values;
}

function integer(text: string, what: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${what} takes a whole number from ${min} to ${max}, not "${text}".`);
  return value;
}

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: '1,10' },
      duration: { type: 'string' },
      operations: { type: 'string' },
      quick: { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
      iterations: { type: 'string' },
      'port-base': { type: 'string', default: '4300' },
      'deadline-minutes': { type: 'string', default: '90' },
    },
    strict: true,
  });
  const quick = values.quick ?? false;
  const scales = numberList(values.scale ?? '1,10', '--scale');
  if (new Set(scales).size !== scales.length) throw new Error(`--scale names a scale twice: "${values.scale}".`);
  const operations = values.operations
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (operations && operations.length === 0) throw new Error('--operations needs at least one operation name.');
  return {
    scales,
    durationS: values.duration ? integer(values.duration, '--duration', 1, 120) : quick ? 2 : 10,
    operations,
    quick,
    fresh: values.fresh ?? false,
    portBase: integer(values['port-base'] ?? '4300', '--port-base', 1024, 32700),
    iterations: values.iterations ? integer(values.iterations, '--iterations', 5, 10_000) : quick ? 10 : 200,
    warmup: quick ? 2 : 10,
    measureMs: quick ? 3_000 : 20_000,
    deadlineMs: integer(values['deadline-minutes'] ?? '90', '--deadline-minutes', 1, 600) * 60_000,
  };
}
