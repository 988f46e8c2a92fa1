import { MAX_PAGE_SIZE } from '@lagesbild/subgraph-kit';
import { decodeOverdueCursor, encodeOverdueCursor, overduePageSize } from '../services/overdueCursor';

const cursor = { dueOn: '2025-03-02', id: '00000000-0000-4000-8000-000000000001' };

test('a cursor gives back the due date and id it was made from', () => {
  expect(decodeOverdueCursor(encodeOverdueCursor(cursor))).toEqual(cursor);
  expect(decodeOverdueCursor(null)).toBeNull();
});

test.each([
  'not-a-cursor',
  Buffer.from(JSON.stringify(['2025-03-02'])).toString('base64url'),
  Buffer.from(JSON.stringify(['2025-3-2', cursor.id])).toString('base64url'),
  Buffer.from(JSON.stringify([cursor.dueOn, 'x; DROP TABLE follow_up'])).toString('base64url'),
])('%s is refused as a cursor', (after) => {
  expect(() => decodeOverdueCursor(after)).toThrow(
    expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
  );
});

test('the page size is the kit’s: 50 when left out, 1 to 500', () => {
  expect(overduePageSize(undefined)).toBe(50);
  expect(overduePageSize(MAX_PAGE_SIZE)).toBe(500);
  for (const first of [0, 501, 2.5]) {
    expect(() => overduePageSize(first)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } }),
    );
  }
});
