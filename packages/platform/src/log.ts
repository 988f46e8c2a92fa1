import { trace } from '@opentelemetry/api';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

/** The header that carries a request's id from the client (or the gateway) to every subgraph it calls. */
export const REQUEST_ID_HEADER = 'x-request-id';

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/**
 * A caller's request id when it is a plausible one (an id, not a paragraph), else a new one. The id ends up in
 * every log line of the request, so a caller must not be able to write arbitrary text into the log through it.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/** Runs `work` as part of one request: every line logged meanwhile, however deep, carries its id. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return requestScope.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

function logLevel(env: NodeJS.ProcessEnv): string {
  const level = (env.LOG_LEVEL ?? 'info').toLowerCase();
  if (!LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, not "${level}".`);
  return level;
}

/**
 * One JSON object per line (what a log collector reads), or the same lines made readable for a person:
 * LOG_FORMAT=pretty, the default on a terminal. `npm start` asks its services for pretty lines when it runs on one.
 */
function createProcessLogger(env = process.env): Logger {
  const options: pino.LoggerOptions = {
    level: logLevel(env),
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // The request id, and under tracing the trace and span, join each line to the request and the trace it is part of.
    mixin() {
      const fields: Record<string, string> = {};
      const requestId = currentRequestId();
      if (requestId) fields.requestId = requestId;
      const span = trace.getActiveSpan();
      if (span?.isRecording()) {
        fields.traceId = span.spanContext().traceId;
        fields.spanId = span.spanContext().spanId;
      }
      return fields;
    },
  };
  const format = env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json');
  if (format === 'json') return pino(options);
  if (format !== 'pretty') throw new Error(`LOG_FORMAT must be json or pretty, not "${format}".`);
  // Synchronous, so that the last lines before an exit are written.
  return pino(
    options,
    pretty({
      sync: true,
      colorize: Boolean(process.stdout.isTTY),
      ignore: 'pid,hostname,service',
      translateTime: 'SYS:HH:MM:ss.l',
    }),
  );
}

/** The process's logger. Each service names itself once at start-up with nameService. */
export const log: Logger = createProcessLogger();

/** Adds `service` to every line, so that lines from several services can be told apart once collected. */
export function nameService(service: string): void {
  log.setBindings({ service });
}
