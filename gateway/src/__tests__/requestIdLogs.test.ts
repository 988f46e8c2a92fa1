import { schemaDir } from '@lagesbild/platform';
import { ANALYST, postGraphQL, testToken, useTestPlatform } from '@lagesbild/test-utils';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// Issue #14's logs: every service writes one JSON object per line, and the request id a client sends (or the one
// the gateway makes) travels with each subgraph call, so that one id finds the request's lines in all five services.
// Tracing is off here, as it is whenever no OTLP endpoint is set.

const lines: { service: string; line: string }[] = [];
const platform = useTestPlatform({
  // Debug is where the subgraphs write their access line, one per request.
  env: {
    LOG_LEVEL: 'debug',
    LOG_FORMAT: 'json',
    OTEL_EXPORTER_OTLP_ENDPOINT: '',
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: '',
  },
  print: (printed) => {
    const match = /^\[([\w-]+)\] (.*)$/.exec(printed);
    if (match) lines.push({ service: match[1], line: match[2] });
  },
});

// One school unit through all four subgraphs.
const SCHOOL_PROFILE = readFileSync(path.join(schemaDir, 'operations', 'SchoolProfile.graphql'), 'utf8');

function parsed(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

test("one request's id is on its lines in the gateway and in each of the four subgraphs", async () => {
  const requestId = `school-profile-${Date.now()}`;
  const answer = await postGraphQL(
    `${platform().gatewayUrl}/graphql`,
    SCHOOL_PROFILE,
    {},
    { authorization: `Bearer ${await testToken(ANALYST)}`, 'x-request-id': requestId },
  );
  expect(answer.errors).toBeUndefined();
  const services = ['gateway', ...platform().subgraphs.map((subgraph) => subgraph.name)];
  expect(services).toHaveLength(5);
  // The subgraphs log their access line when the answer has gone, which may be a moment after the gateway's.
  const deadline = Date.now() + 10_000;
  const carrying = () =>
    new Set(lines.filter(({ line }) => parsed(line)?.requestId === requestId).map(({ service }) => service));
  while (carrying().size < services.length && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect([...carrying()].sort()).toEqual([...services].sort());
});

// (Not every line has a message: some of Hive's own debug lines carry fields only.)
test('every line each service writes is one JSON object with its level, time and service', () => {
  expect(lines.length).toBeGreaterThan(0);
  const notJson = lines.filter(({ service, line }) => {
    const fields = parsed(line);
    return !(
      fields &&
      typeof fields.level === 'string' &&
      typeof fields.time === 'string' &&
      fields.service === service
    );
  });
  expect(notJson).toEqual([]);
});

// A line gets the trace and span of the request it is about only when a span records it (platform's log.ts).
test('with no OTLP endpoint set nothing is traced: no line carries a trace id', () => {
  const traced = lines.filter(({ line }) => parsed(line)?.traceId !== undefined);
  expect(traced).toEqual([]);
});
