/** A fetch's place in the order the gateway sent them: times on one clock, in milliseconds. */
export interface TimedFetch {
  startMs: number;
  endMs: number;
}

/**
 * For each fetch, the earlier fetches it waited for: those whose answers had arrived before it was sent. Fetches
 * sent before any answer came back wait for none, and fetches sent together (a Parallel step of the query plan)
 * wait for the same ones. A fetch may have needed only some of them (a Sequence inside a Parallel); waiting for all
 * can only make the replay slower than the gateway's own order, never faster.
 */
export function predecessors(fetches: readonly TimedFetch[]): number[][] {
  return fetches.map((fetch, index) =>
    fetches.flatMap((other, otherIndex) => (otherIndex !== index && other.endMs <= fetch.startMs ? [otherIndex] : [])),
  );
}

/** How many fetches stand one after another on the longest chain: the plan's sequential depth. */
export function chainDepth(waitsFor: readonly number[][]): number {
  const depth = new Map<number, number>();
  const depthOf = (index: number): number => {
    const known = depth.get(index);
    if (known !== undefined) return known;
    const value = 1 + Math.max(0, ...waitsFor[index].map(depthOf));
    depth.set(index, value);
    return value;
  };
  return waitsFor.length === 0 ? 0 : Math.max(...waitsFor.map((_preds, index) => depthOf(index)));
}
