import { freePort } from '@lagesbild/launcher';
import { useTestPlatform } from '@lagesbild/test-utils';
import http from 'node:http';

// A small OTLP/HTTP receiver (JSON encoding) that keeps what the services export in memory.
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
}
const received: ReceivedSpan[] = [];
const receiver = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const payload = JSON.parse(body) as {
      resourceSpans: {
        resource: { attributes: { key: string; value: { stringValue?: string } }[] };
        scopeSpans: { spans: Omit<ReceivedSpan, 'service'>[] }[];
      }[];
    };
    for (const resourceSpans of payload.resourceSpans) {
      const service = resourceSpans.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '';
      for (const scope of resourceSpans.scopeSpans) for (const span of scope.spans) received.push({ ...span, service });
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
let endpoint = '';
beforeAll(async () => {
  const port = await freePort();
  await new Promise<void>((resolve) => receiver.listen(port, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const platform = useTestPlatform({
  env: {
    get OTEL_EXPORTER_OTLP_ENDPOINT() {
      return endpoint;
    },
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    OTEL_BSP_SCHEDULE_DELAY: '100',
  } as NodeJS.ProcessEnv,
});

async function until<T>(find: () => T | undefined): Promise<T> {
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('one request’s subgraph spans share the gateway’s trace id', async () => {
  const answer = await platform().query(`{ counties(first: 2) { nodes { code schools { name } } } }`);
  expect(answer.errors).toBeUndefined();
  const gatewaySpan = await until(() =>
    received.find((s) => s.service === 'lagesbild-gateway' && s.name.includes('graphql')),
  );
  const subgraphSpans = await until(() => {
    const spans = received.filter((s) => s.traceId === gatewaySpan.traceId && s.service === 'lagesbild-schools');
    return spans.some(
      (s) => s.parentSpanId && received.some((p) => p.spanId === s.parentSpanId && p.service === 'lagesbild-gateway'),
    )
      ? spans
      : undefined;
  });
  expect(subgraphSpans.length).toBeGreaterThan(0);
});
