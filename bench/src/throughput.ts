import autocannon from 'autocannon';
import { jsonHeaders } from './httpClient';

export interface ThroughputResult {
  /** Answers with HTTP 2xx per second over the run. */
  requestsPerSecond: number;
  /**
   * Fewer answers than clients: the operation is too slow for the duration at this concurrency (requests still in
   * flight at the end are not counted), so the rate says little and is not compared. A longer --duration helps.
   */
  tooFew: boolean;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  durationS: number;
  connections: number;
  latencyP50Ms: number;
  latencyP97_5Ms: number;
}

const running = new Set<autocannon.Instance>();

/** Ends any throughput run now (its numbers are then short), so that a stopping benchmark stops loading at once. */
export function stopThroughputRuns(): void {
  for (const instance of running) instance.stop();
}

/**
 * Throughput of one operation: `connections` clients, each sending the next request as soon as its answer is in, for
 * a bounded time (autocannon). Only loopback is ever loaded.
 */
export async function measureThroughput(
  url: string,
  body: string,
  options: { connections: number; durationS: number },
): Promise<ThroughputResult> {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`The benchmark loads 127.0.0.1 only, not ${url}.`);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: jsonHeaders(),
        body,
        connections: options.connections,
        duration: options.durationS,
        timeout: 30,
      },
      (error, finished) => {
        running.delete(instance);
        if (error) reject(error);
        else resolve(finished);
      },
    );
    running.add(instance);
  });
  return {
    requestsPerSecond: result['2xx'] / result.duration,
    tooFew: result['2xx'] < options.connections,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    durationS: result.duration,
    connections: result.connections,
    latencyP50Ms: result.latency.p50,
    latencyP97_5Ms: result.latency.p97_5,
  };
}
