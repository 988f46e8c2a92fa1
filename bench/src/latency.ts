import { performance } from 'node:perf_hooks';

export interface SamplingLimits {
  /** Runs first and not counted: JIT, query-plan caches and connection pools warm up. */
  warmup: number;
  iterations: number;
  /** The measure stops after this long even when it has fewer iterations. */
  maxMs: number;
}

/**
 * Runs `once` one call at a time, and returns each call's time in milliseconds: bounded both in count and in time,
 * so that a slow operation yields fewer samples rather than a run that does not end. `once` may report its own time
 * (the SQL floor sums several databases' times); otherwise the wall time of the call is taken.
 */
export async function sampleLatency(once: () => Promise<number | void>, limits: SamplingLimits): Promise<number[]> {
  const warmupDeadline = performance.now() + limits.maxMs / 4;
  for (let i = 0; i < limits.warmup && performance.now() < warmupDeadline; i++) await once();
  const samples: number[] = [];
  const deadline = performance.now() + limits.maxMs;
  while (samples.length < limits.iterations && (samples.length === 0 || performance.now() < deadline)) {
    const started = performance.now();
    const reported = await once();
    samples.push(typeof reported === 'number' ? reported : performance.now() - started);
  }
  return samples;
}
