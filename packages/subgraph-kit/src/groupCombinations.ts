import { badUserInput } from './errors';

// The bound on a grouped figure's combinations (issue #16). A grouped request is computed whole before its rows
// are ordered and cut, so its cost follows the combinations it could have, not the rows it returns; and the
// gateway's cost budget cannot see them (it counts a list's `first`, not a grouping's dimensions). A request whose
// dimensions could give more than MAX_GROUP_COMBINATIONS combinations is refused before anything is computed, with
// a sentence naming the dimensions and what to do instead.

/** The most combinations one grouped request may ask for, counted before any limit. */
export const MAX_GROUP_COMBINATIONS = 20_000;

/** One dimension grouped by and the most groups it can have in the request's area, period and filter. */
export interface DimensionSize {
  dimension: string;
  size: number;
}

/** The most combinations the dimensions can give: the product of their sizes. */
export const groupCombinations = (sizes: readonly DimensionSize[]): number =>
  sizes.reduce((product, { size }) => product * Math.max(size, 1), 1);

/**
 * BAD_USER_INPUT when the dimensions could give more than `bound` combinations. `narrowing` says how the
 * request can be narrowed, e.g. "a filter or a shorter period".
 */
export function refuseTooManyCombinations(
  sizes: readonly DimensionSize[],
  narrowing: string,
  bound: number = MAX_GROUP_COMBINATIONS,
): void {
  const combinations = groupCombinations(sizes);
  if (combinations <= bound) return;
  const names = sizes.map(({ dimension }) => dimension);
  const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  const product = sizes.map(({ size }) => size).join(' × ');
  const number = (n: number) => n.toLocaleString('en-GB');
  throw badUserInput(
    `Grouping by ${listed} could give up to ${number(combinations)} combinations (${product}), more than the ` +
      `${number(bound)} one request may ask for. Group by fewer dimensions, or narrow the request with ${narrowing}.`,
    'groupBy',
  );
}
