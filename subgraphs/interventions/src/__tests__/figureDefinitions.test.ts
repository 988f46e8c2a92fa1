import {
  ageingBucket,
  ageingBucketConditionsSql,
  countsInPeriodSql,
  FUNNEL_STEP_NUMBER,
  furthestStepSql,
} from '../services/figureDefinitions';

test.each([
  [1, 'days1To30'],
  [30, 'days1To30'],
  [31, 'days31To90'],
  [90, 'days31To90'],
  [91, 'days91To180'],
  [180, 'days91To180'],
  [181, 'over180Days'],
  [5000, 'over180Days'],
])('%i days overdue ages as %s', (days, bucket) => {
  expect(ageingBucket(days)).toBe(bucket);
});

test('the ageing buckets in SQL are the same edges, with nothing between them', () => {
  expect(ageingBucketConditionsSql('d')).toEqual([
    { field: 'days1To30', condition: 'd > 0 AND d <= 30' },
    { field: 'days31To90', condition: 'd > 30 AND d <= 90' },
    { field: 'days91To180', condition: 'd > 90 AND d <= 180' },
    { field: 'over180Days', condition: 'd > 180' },
  ]);
});

test('the funnel steps are numbered in order, and the furthest is tested first', () => {
  expect(FUNNEL_STEP_NUMBER).toEqual({ contacted: 1, offered: 2, accepted: 3, started: 4, followedUp: 5 });
  const sql = furthestStepSql('i', '$2');
  expect(sql.indexOf('followed_up_on <= $2 THEN 5')).toBeLessThan(sql.indexOf('offered_on <= $2 THEN 2'));
  expect(sql).toMatch(/ELSE 1 END$/);
});

test('an intervention counts in a period by its dated steps, not by declining or cancelling', () => {
  const sql = countsInPeriodSql('i', '$1', '$2');
  for (const step of ['identified', 'offered', 'accepted', 'started', 'completed', 'followed_up']) {
    expect(sql).toContain(`i.${step}_on BETWEEN $1 AND $2`);
  }
  expect(sql).not.toMatch(/declined|cancelled/);
});
