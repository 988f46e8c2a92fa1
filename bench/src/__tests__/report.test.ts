import path from 'node:path';
import { reportFile, RESULTS_DIR } from '../report';

test('the first run of a day gets the date, later ones a number, and a smoke check its own file', () => {
  const taken = new Set([path.join(RESULTS_DIR, '2026-11-22.json'), path.join(RESULTS_DIR, '2026-11-22-2.json')]);
  const exists = (file: string) => taken.has(file);
  expect(reportFile('2026-11-23', false, exists)).toBe(path.join(RESULTS_DIR, '2026-11-23.json'));
  expect(reportFile('2026-11-22', false, exists)).toBe(path.join(RESULTS_DIR, '2026-11-22-3.json'));
  expect(reportFile('2026-11-22', true, exists)).toBe(path.join(RESULTS_DIR, '2026-11-22-quick.json'));
});
