import { generateDemoData } from '@lagesbild/demo-data';
import {
  assignCaseReferences,
  caseReferenceProblem,
  caseReferenceSequence,
  formatCaseReference,
  normaliseCaseReference,
} from '../services/caseReference';

test('a case reference is office, year and a four-digit sequence, never cut short', () => {
  expect(formatCaseReference('UME', 2024, 7)).toBe('UME-2024-0007');
  expect(formatCaseReference('GBG', 2025, 12345)).toBe('GBG-2025-12345');
  expect(normaliseCaseReference(' ume-2024-0007\n')).toBe('UME-2024-0007');
  expect(caseReferenceSequence('UME-2024-0007')).toBe(7);
  expect(caseReferenceSequence('2024/7')).toBeNull();
});

test.each([
  ['UME-2024-0007', null],
  ['UME-2024-10000', null],
  ['UME-2025-0007', /year identified/],
  ['LUL-2024-0007', /office/],
  ['UME-2024-07', /OFFICE-YEAR-NUMBER/],
  ['UME-2024-0000', /from 0001/],
])('%s for UME, identified 2024: %s', (reference, problem) => {
  const found = caseReferenceProblem(reference, 'UME', '2024-03-01');
  if (problem === null) expect(found).toBeNull();
  else expect(found).toMatch(problem);
});

test('numbers within office and year, by date identified and then id', () => {
  const references = assignCaseReferences([
    { id: 'b', officeId: 'UME', identifiedOn: '2024-02-01' },
    { id: 'a', officeId: 'UME', identifiedOn: '2024-02-01' },
    { id: 'c', officeId: 'UME', identifiedOn: '2024-01-15' },
    { id: 'd', officeId: 'GBG', identifiedOn: '2024-01-01' },
    { id: 'e', officeId: 'UME', identifiedOn: '2025-01-01' },
  ]);
  expect(Object.fromEntries(references)).toEqual({
    c: 'UME-2024-0001',
    a: 'UME-2024-0002',
    b: 'UME-2024-0003',
    d: 'GBG-2024-0001',
    e: 'UME-2025-0001',
  });
});

test('the demo data get the same, unique references every time', () => {
  const first = assignCaseReferences(generateDemoData({ scale: 0.1 }).interventions);
  const second = assignCaseReferences(generateDemoData({ scale: 0.1 }).interventions);
  expect([...first]).toEqual([...second]);
  expect(new Set(first.values()).size).toBe(first.size);
});
