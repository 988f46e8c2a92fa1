import type { NodeSDKConfiguration } from '@opentelemetry/sdk-node';
import { log } from './log';

export type Instrumentations = NodeSDKConfiguration['instrumentations'];

/** Tracing is on when an OTLP endpoint is configured, by the OpenTelemetry SDK's own variables. */
export function tracingEnabled(env = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * Starts OpenTelemetry tracing for this process, exported by OTLP, when an endpoint is configured; otherwise does
 * nothing at all (the SDK is not even loaded). Call it before anything else is loaded, so that `instrumentations`
 * can wrap the modules they instrument as those are first required.
 *
 * The SDK reads the rest from its standard variables (OTEL_EXPORTER_OTLP_PROTOCOL, OTEL_TRACES_SAMPLER, …).
 * Metrics are Prometheus' (/metrics) and logs go to stdout, so the SDK exports neither unless told to.
 */
export function startTracing(service: string, instrumentations: () => Instrumentations = () => []): void {
  const env = process.env;
  if (!tracingEnabled(env)) return;
  env.OTEL_METRICS_EXPORTER ??= 'none';
  env.OTEL_LOGS_EXPORTER ??= 'none';
  // Loaded only when tracing is on: the SDK and its exporters take a moment to load, for nothing when it is off.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? `lagesbild-${service}`,
    instrumentations: instrumentations(),
  });
  sdk.start();
  // The spans of the last requests are sent before the process exits.
  const flush = () =>
    void sdk.shutdown().catch((error: unknown) => log.warn({ err: error }, 'could not flush the last traces'));
  process.once('beforeExit', flush);
  tracingShutdown = () => sdk.shutdown();
}

let tracingShutdown: () => Promise<void> = async () => undefined;

/** Sends the spans still buffered; a service calls it as it stops. */
export function stopTracing(): Promise<void> {
  return tracingShutdown();
}
