import fc from 'fast-check';

/**
 * The bad rows of a generated import file: none in most files, else one to three, each of a kind of `kinds` and at
 * a place among the good rows (`at`, taken modulo their count). Shared by the importers' property tests.
 */
export function badRowsOf<Kind extends string>(kinds: readonly Kind[]): fc.Arbitrary<{ at: number; kind: Kind }[]> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant([] as { at: number; kind: Kind }[]) },
    {
      weight: 2,
      arbitrary: fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom(...kinds) }), { minLength: 1, maxLength: 3 }),
    },
  );
}
