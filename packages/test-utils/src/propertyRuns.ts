/**
 * How many cases a property test tries: a few in `npm test`, so that each test file stays within a minute, and as
 * many as PROPERTY_RUNS says in `npm run test:properties`, which sets it for a longer search.
 */
export function propertyRuns(quick: number): number {
  const asked = Number(process.env.PROPERTY_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : quick;
}
