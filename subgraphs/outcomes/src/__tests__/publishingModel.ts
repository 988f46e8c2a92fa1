// The small-number rules of services/pupilSuppression.service.ts, restated for the tests from their description:
// what may be published of stored figures, and which withheld cells a reader could work out from the published
// ones. Written apart from the SQL, so that a test comparing the two finds where either is wrong.

const MIN_PUPILS = 10;

/** A stored figure as imported (source_status, source_value, pupil_count) of one cell. */
export interface SourceCell {
  schoolId: string;
  indicator: string;
  year: number;
  group: string;
  status: 'REPORTED' | 'SUPPRESSED' | 'MISSING';
  value: number | null;
  pupilCount: number | null;
}

export interface PublishedCell {
  schoolId: string;
  indicator: string;
  year: number;
  group: string;
  status: string;
  value: number | null;
  pupilCount: number | null;
}

const tripleKey = (cell: { schoolId: string; indicator: string; year: number }) =>
  `${cell.schoolId} ${cell.indicator} ${cell.year}`;

function triples<T extends { schoolId: string; indicator: string; year: number }>(cells: T[]): T[][] {
  const byKey = new Map<string, T[]>();
  for (const cell of cells) byKey.set(tripleKey(cell), [...(byKey.get(tripleKey(cell)) ?? []), cell]);
  return [...byKey.values()];
}

/**
 * Primary: a value reported for fewer than 10 pupils is withheld (one without a count is published as the source
 * did). Complementary, per school, indicator and year: when exactly one of ALL, GIRLS and BOYS is withheld and the
 * other two reported, a second is withheld: the other sex beside a sex, the sex with fewer pupils beside ALL.
 */
export function publishedFromSource(cells: SourceCell[]): PublishedCell[] {
  return triples(cells).flatMap((triple) => {
    const status = new Map(
      triple.map((cell) => [
        cell.group,
        cell.status === 'REPORTED' && cell.pupilCount !== null && cell.pupilCount < MIN_PUPILS
          ? 'SUPPRESSED'
          : cell.status,
      ]),
    );
    const withheld = triple.filter((cell) => status.get(cell.group) === 'SUPPRESSED');
    const reported = triple.filter((cell) => status.get(cell.group) === 'REPORTED');
    if (withheld.length === 1 && reported.length === 2) {
      const hidden = withheld[0].group;
      // Fewer pupils first, a sex without a count last, and BOYS before GIRLS on a tie.
      const [smallerSex] = triple
        .filter((cell) => cell.group !== 'ALL')
        .sort((a, b) => (a.pupilCount ?? Infinity) - (b.pupilCount ?? Infinity) || a.group.localeCompare(b.group));
      const second = hidden === 'GIRLS' ? 'BOYS' : hidden === 'BOYS' ? 'GIRLS' : smallerSex?.group;
      if (second) status.set(second, 'SUPPRESSED');
    }
    return triple.map((cell) => {
      const published = status.get(cell.group)!;
      return {
        schoolId: cell.schoolId,
        indicator: cell.indicator,
        year: cell.year,
        group: cell.group,
        status: published,
        value: published === 'REPORTED' ? cell.value : null,
        pupilCount: published === 'REPORTED' ? cell.pupilCount : null,
      };
    });
  });
}

/**
 * Every withheld cell that follows from its triple's other two published cells and their pupil counts:
 * all = (girls·n_girls + boys·n_boys) / n_all, with n_all = n_girls + n_boys.
 */
export function revealedCells(cells: PublishedCell[]): { key: string; group: string }[] {
  return triples(cells).flatMap((triple) => {
    const hidden = triple.filter((cell) => cell.status === 'SUPPRESSED');
    const shown = triple.filter((cell) => cell.status === 'REPORTED' && cell.pupilCount !== null);
    return triple.length === 3 && hidden.length === 1 && shown.length === 2
      ? [{ key: tripleKey(hidden[0]), group: hidden[0].group }]
      : [];
  });
}
