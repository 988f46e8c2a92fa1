import { generateDemoData } from '@lagesbild/demo-data';
import { INDICATORS } from '@lagesbild/reference-data';

export const HEADER = 'unit_code;year;indicator_code;group;value;pupil_count';

/** How a line was broken, and the code and column the import should name for it. */
const BREAKS = [
  { kind: 'text as value', code: 'INVALID_VALUE', column: 'value' },
  { kind: 'year 1999', code: 'INVALID_VALUE', column: 'year' },
  { kind: 'group X', code: 'INVALID_VALUE', column: 'group' },
  { kind: 'unknown school', code: 'UNKNOWN_REFERENCE', column: 'unit_code' },
  { kind: 'unknown indicator', code: 'UNKNOWN_REFERENCE', column: 'indicator_code' },
  { kind: 'duplicate', code: 'DUPLICATE', column: 'unit_code, year, indicator_code, group' },
  { kind: '"." with a pupil count', code: 'INVALID_VALUE', column: 'pupil_count' },
  { kind: 'out of range', code: 'INVALID_VALUE', column: 'value' },
  { kind: 'seven-digit unit code', code: 'INVALID_VALUE', column: 'unit_code' },
] as const;

export interface BrokenFile {
  text: string;
  /** Line number (header = 1) of each broken row, with what the import should say about it. */
  broken: Map<number, { kind: string; code: string; column: string }>;
}

/**
 * A file of `rows` outcome values for `year` over the demo schools at `scale`, with `bad` rows broken, spread
 * evenly over the file and taking the kinds of problem in turn. Each broken row has exactly one problem, so the
 * import must list exactly those lines. Deterministic: the same arguments give the same bytes.
 */
export function brokenOutcomeFile(options: { rows: number; bad: number; year: number; scale: number }): BrokenFile {
  const unitCodes = generateDemoData({ scale: options.scale })
    .schools.map((school) => school.unitCode)
    .sort();
  const known = new Set(unitCodes);
  const groups = ['ALL', 'flickor', 'pojkar'];
  const rows: string[][] = [];
  outer: for (const unitCode of unitCodes) {
    for (const indicator of INDICATORS) {
      for (const group of groups) {
        if (rows.length === options.rows) break outer;
        const i = rows.length;
        // Some suppressed and missing values among the good rows, as in Skolverket's files.
        const marker = i % 97 === 0 ? '..' : i % 101 === 0 ? '.' : null;
        // 0 to 99,9 with a decimal comma: within every indicator's range.
        const value = marker ?? String(((i * 7919) % 1000) / 10).replace('.', ',');
        rows.push([unitCode, String(options.year), indicator.code, group, value, marker ? '' : String(10 + (i % 90))]);
      }
    }
  }
  if (rows.length < options.rows) throw new Error(`Only ${rows.length} distinct keys at scale ${options.scale}.`);

  const unknownUnit = ['00000000', '00000001', '00000002'].find((code) => !known.has(code)) as string;
  const broken = new Map<number, { kind: string; code: string; column: string }>();
  for (let k = 0; k < options.bad; k++) {
    const index = Math.floor(((k + 0.5) * options.rows) / options.bad);
    const row = rows[index];
    const how = BREAKS[k % BREAKS.length];
    if (how.kind === 'text as value') row[4] = 'saknas';
    if (how.kind === 'year 1999') row[1] = '1999';
    if (how.kind === 'group X') row[3] = 'X';
    if (how.kind === 'unknown school') row[0] = unknownUnit;
    if (how.kind === 'unknown indicator') row[2] = 'NO_SUCH_INDICATOR';
    if (how.kind === 'duplicate') rows[index] = [...rows[index - 1]];
    if (how.kind === '"." with a pupil count') [row[4], row[5]] = ['.', '12'];
    if (how.kind === 'out of range') [row[4], row[5]] = ['340,5', '20'];
    if (how.kind === 'seven-digit unit code') row[0] = row[0].slice(1);
    broken.set(index + 2, how);
  }
  return { text: [HEADER, ...rows.map((row) => row.join(';'))].join('\n') + '\n', broken };
}
