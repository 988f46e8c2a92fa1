/** Latency samples in milliseconds, summarised. */
export interface LatencySummary {
  n: number;
  min: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/**
 * The nearest-rank percentile: the smallest sample with at least p % of the samples at or below it. It is always a
 * time that was measured, never an interpolation between two, which is how latency percentiles are read.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('No samples to take a percentile of.');
  if (!(p > 0 && p <= 100)) throw new Error(`A percentile is above 0 and at most 100, not ${p}.`);
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}

export function summarize(samples: readonly number[]): LatencySummary {
  if (samples.length === 0) throw new Error('No samples to summarise.');
  return {
    n: samples.length,
    min: Math.min(...samples),
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
    mean: samples.reduce((sum, sample) => sum + sample, 0) / samples.length,
  };
}
