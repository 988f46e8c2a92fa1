import { benchPorts } from '../ports';

test('every service gets its own port, all below 32768', () => {
  const ports = benchPorts(4300, ['offices', 'schools', 'interventions', 'outcomes']);
  const all = [
    ports.hiveGateway,
    ports.embeddedPostgres,
    ports.recordingGateway,
    ports.apolloGateway,
    ports.cachedGateway,
    ...Object.values(ports.metrics),
    ...Object.values(ports.subgraphs),
    ...Object.values(ports.proxies),
  ];
  expect(new Set(all).size).toBe(all.length);
  expect(Math.max(...all)).toBeLessThan(32768);
  expect(ports.subgraphs.schools).toBe(4311);
});

test('a base that would reach the client port range is refused', () => {
  expect(() => benchPorts(32740, ['offices'])).toThrow('between 1024 and 32767');
});
