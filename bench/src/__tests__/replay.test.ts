import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeConnections, postJson } from '../httpClient';
import { FetchRecorder, startRecordingProxy } from '../recordingProxy';
import { replayOnce, replayPlan } from '../replay';

// A stand-in subgraph on loopback that answers after a delay named in the request, and notes what arrives when.
let server: http.Server;
let url: string;
const arrivals: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { name, delay } = JSON.parse(body) as { name: string; delay: number };
      arrivals.push(name);
      setTimeout(() => res.end(JSON.stringify({ data: { name } })), delay);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  closeConnections();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const fetch = (name: string, delay: number, startMs: number, endMs: number) => ({
  subgraph: 'schools',
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ name, delay }),
  status: 200,
  responseBody: JSON.stringify({ data: { name } }),
  startMs,
  endMs,
});

test('the replay sends a fetch only after those it waited for, and siblings together', async () => {
  // Sequence[A, Parallel[B, C], D], with C the slow one: D must not leave before C's answer.
  const plan = replayPlan([fetch('D', 1, 60, 61), fetch('A', 5, 0, 5), fetch('C', 40, 6.2, 46), fetch('B', 1, 6, 7)], {
    schools: url,
  });
  expect(plan.fetches.map((f) => JSON.parse(f.body).name)).toEqual(['A', 'B', 'C', 'D']);
  expect(plan.depth).toBe(3);
  arrivals.length = 0;
  const started = Date.now();
  await replayOnce(plan);
  expect(arrivals).toEqual(['A', 'B', 'C', 'D']);
  expect(Date.now() - started).toBeGreaterThanOrEqual(45);
});

test('a replayed answer that differs from the recorded one fails the replay', async () => {
  const wrong = { ...fetch('A', 1, 0, 1), responseBody: '{"data":{"name":"something else"}}' };
  await expect(replayOnce(replayPlan([wrong], { schools: url }))).rejects.toThrow('where the gateway got HTTP 200');
});

test('the recording proxy passes requests through and records only while asked to', async () => {
  const recorder = new FetchRecorder();
  const proxy = await startRecordingProxy('schools', url, 0, recorder);
  try {
    await postJson(proxy.url, JSON.stringify({ name: 'before', delay: 1 }));
    recorder.start();
    const answer = await postJson(proxy.url, JSON.stringify({ name: 'A', delay: 5 }));
    const recorded = await recorder.stop();
    expect(answer).toEqual({ status: 200, body: '{"data":{"name":"A"}}' });
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      subgraph: 'schools',
      path: '/graphql',
      body: '{"name":"A","delay":5}',
      status: 200,
      responseBody: '{"data":{"name":"A"}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(recorded[0].endMs - recorded[0].startMs).toBeGreaterThanOrEqual(4);
  } finally {
    await proxy.stop();
  }
});
