// Before anything else: tracing instruments http, graphql and pg as they load.
import { traceSubgraph } from '@lagesbild/subgraph-kit/dist/tracing';

traceSubgraph('schools');
