// The map's colour scale: five classes of the share of school units reached (the demo data's counties reach
// 40–95 %, so the classes split the upper half finely), from a sequential palette that reads
// in every common colour-vision deficiency (ColorBrewer "Blues", which is also monotonic in lightness). The tiles
// also print their share, so colour never carries the figure alone (WCAG 1.4.1).

export const COVERAGE_CLASSES = [
  { min: 0, fill: '#eff3ff', text: '#1a1a1a' },
  { min: 0.5, fill: '#bdd7e7', text: '#1a1a1a' },
  { min: 0.6, fill: '#6baed6', text: '#1a1a1a' },
  { min: 0.7, fill: '#2b6ca8', text: '#ffffff' },
  { min: 0.8, fill: '#08306b', text: '#ffffff' },
] as const;

/** The index of the class a share falls in, or null for an unknown share (drawn with a hatch pattern instead). */
export function coverageClass(share: number | null): number | null {
  if (share === null || Number.isNaN(share)) return null;
  let index = 0;
  COVERAGE_CLASSES.forEach((entry, i) => {
    if (share >= entry.min) index = i;
  });
  return index;
}

/** A class's range as text for the legend, e.g. "10–20 %". */
export function classRange(index: number, percent: (value: number) => string): string {
  const low = COVERAGE_CLASSES[index].min;
  const next = COVERAGE_CLASSES[index + 1]?.min;
  return next === undefined ? `≥ ${percent(low)}` : `${percent(low)}–${percent(next)}`;
}
