import { startTracing } from '@lagesbild/platform';

// Probes and scrapes are not requests anyone wants to see in a trace.
const UNTRACED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Traces a subgraph process when OTEL_EXPORTER_OTLP_ENDPOINT is set: its HTTP requests (joined to the gateway's
 * trace by the traceparent header the gateway sends), the GraphQL parse, validate and execute steps, and each SQL
 * statement. A subgraph's index.ts imports its tracing.ts first of all, since the instrumentations wrap `http`,
 * `graphql` and `pg` as they are loaded; so this module imports nothing else of the kit.
 */
export function traceSubgraph(name: string): void {
  startTracing(name, () => {
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on */
    const { HttpInstrumentation } =
      require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
    const { GraphQLInstrumentation } =
      require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
    const { PgInstrumentation } =
      require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
    /* eslint-enable @typescript-eslint/no-require-imports */
    return [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.has((request.url ?? '').split('?')[0]),
      }),
      // One span per resolver would be thousands for a nationwide list; the SQL spans show where the time goes.
      new GraphQLInstrumentation({ ignoreResolveSpans: true, mergeItems: true }),
      // Statements outside a request (migrations, the pool's own checks) would each start a trace of their own.
      new PgInstrumentation({ requireParentSpan: true }),
    ];
  });
}
