import { OutcomeStatus } from '../entities/outcomeEnums';
import { applySuppression } from '../services/suppression';

test('a figure over fewer than 3 school units is withheld, and so is a difference built from one', () => {
  expect(
    applySuppression({
      three: { value: 12.5, schoolCounts: [3] },
      two: { value: 12.5, schoolCounts: [2] },
      none: { value: null, schoolCounts: [0] },
      gap: { value: -4, schoolCounts: [10, 2] },
      gapWithoutOneSide: { value: null, schoolCounts: [10, 0] },
      zeroIsAValue: { value: 0, schoolCounts: [5] },
    }),
  ).toEqual({
    three: { value: 12.5, status: OutcomeStatus.REPORTED, schoolCount: 3 },
    two: { value: null, status: OutcomeStatus.SUPPRESSED, schoolCount: 2 },
    none: { value: null, status: OutcomeStatus.MISSING, schoolCount: 0 },
    gap: { value: null, status: OutcomeStatus.SUPPRESSED, schoolCount: 12 },
    gapWithoutOneSide: { value: null, status: OutcomeStatus.MISSING, schoolCount: 10 },
    zeroIsAValue: { value: 0, status: OutcomeStatus.REPORTED, schoolCount: 5 },
  });
});
