// Before anything else, so that the tracer provider is in place when the runtime and its OpenTelemetry plugin load.
import { startTracing } from '@lagesbild/platform';

startTracing('gateway');
