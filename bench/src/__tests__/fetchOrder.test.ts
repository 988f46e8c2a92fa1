import { chainDepth, predecessors } from '../fetchOrder';

const fetch = (startMs: number, endMs: number) => ({ startMs, endMs });

test('a fetch waits for every answer that arrived before it was sent', () => {
  // Sequence[A, Parallel[B, C], D]: B and C leave on A's answer, D on both of theirs.
  const fetches = [fetch(0, 10), fetch(11, 20), fetch(11.2, 25), fetch(26, 30)];
  expect(predecessors(fetches)).toEqual([[], [0], [0], [0, 1, 2]]);
  expect(chainDepth(predecessors(fetches))).toBe(3);
});

test('fetches sent before any answer came back wait for none', () => {
  const fetches = [fetch(0, 10), fetch(0.1, 30), fetch(0.2, 5)];
  expect(predecessors(fetches)).toEqual([[], [], []]);
  expect(chainDepth(predecessors(fetches))).toBe(1);
});

test('a fetch sent while a sibling is still out does not wait for it', () => {
  // Parallel[Sequence[A, C], B]: C leaves on A's answer while B is still out.
  const fetches = [fetch(0, 10), fetch(0.1, 40), fetch(11, 20)];
  expect(predecessors(fetches)).toEqual([[], [], [0]]);
  expect(chainDepth(predecessors(fetches))).toBe(2);
});

test('no fetches, no depth', () => {
  expect(predecessors([])).toEqual([]);
  expect(chainDepth([])).toBe(0);
});
