import 'reflect-metadata';
import { OrganiserType, SchoolForm } from '@lagesbild/domain';
import { postToSubgraph, regionalUser, sqlStatementCount, withDatabaseClient } from '@lagesbild/test-utils';
import { randomUUID } from 'node:crypto';
import {
  insertValues,
  startOnOwnDatabase,
  type ConstructedOutcomes,
  type ConstructedValue,
} from './constructedOutcomes';

// The early-signal rules (issue #16) on constructed data: for each rule a unit that should be flagged and one
// that should not, a suppressed cell that would have flagged a unit had it been reported, and thresholds that
// change the outcome. The subgraph runs on a database of its own whose replicas of the register and of first
// support this test writes directly, as logical replication would; the units are new ids under organisers of
// their own, so each query is of an Organiser's area and sees these units only.

const ORGANISER = randomUUID();
const TRANSITION_ORGANISER = randomUUID();
const YEAR = 2024;
type Cell = number | '..' | '.' | null; // null: no row for that year
const ABSENCE = 'ABSENCE_OVER_15';
const ELIGIBLE = 'ELIGIBLE_NATIONAL_PROGRAMME';
const SALSA = 'SALSA_RESIDUAL';
const DEGREE = 'DEGREE_WITHIN_3_YEARS';

// Values 2021–2024 of one indicator per unit.
const SERIES: Record<string, [string, Cell[]]> = {
  RISING: [ABSENCE, [5, 6, 8, 11]], // rises of 1, 2 and 3 points
  FLAT: [ABSENCE, [10, 12, 12, 13]], // no rise into 2023
  ABSENCE_WITHHELD: [ABSENCE, [5, 6, '..', 11]], // would rise twice if 2023 were, say, 8
  ABSENCE_GAP: [ABSENCE, [5, null, 8, 11]], // no 2022: 2023 has no year before to rise from
  DROPPING: [ELIGIBLE, [90, '..', 85, 78]], // 12 points down over three years, 2022 withheld
  SLIPPING: [ELIGIBLE, [90, 88, 85, 82]], // 8 points down
  ELIGIBLE_WITHHELD: [ELIGIBLE, [90, 88, 85, '..']],
  LOW: [SALSA, [0, 0, -12, -15]],
  ONE_LOW: [SALSA, [0, 0, -5, -15]],
  SALSA_WITHHELD: [SALSA, [0, 0, '..', -20]],
};
const unit = Object.fromEntries(Object.keys(SERIES).map((name) => [name, randomUUID()]));

// The transition: grundskola units in 0182 and 0183 with [eligible share, pupils] in 2021; gymnasium units in 0182
// with [diploma share, pupils] in 2021 and in 2024 (three years on).
const TRANSITION_UNITS: [string, SchoolForm, string, [number, number][]][] = [
  ['T1', SchoolForm.GRUNDSKOLA, '0182', [[80, 20]]],
  ['T2', SchoolForm.GRUNDSKOLA, '0182', [[60, 10]]],
  ['T3', SchoolForm.GRUNDSKOLA, '0182', [[90, 30]]],
  ['T4', SchoolForm.GRUNDSKOLA, '0183', [[70, 40]]],
  [
    'Y1',
    SchoolForm.GYMNASIESKOLA,
    '0182',
    [
      [70, 50],
      [75, 50],
    ],
  ],
  [
    'Y2',
    SchoolForm.GYMNASIESKOLA,
    '0182',
    [
      [60, 50],
      [75, 50],
    ],
  ],
  [
    'Y3',
    SchoolForm.GYMNASIESKOLA,
    '0182',
    [
      [80, 100],
      [75, 50],
    ],
  ],
];
const transitionUnit = Object.fromEntries(TRANSITION_UNITS.map(([name]) => [name, randomUUID()]));

let constructed: ConstructedOutcomes | undefined;
let subgraph: ConstructedOutcomes['subgraph'];

beforeAll(async () => {
  constructed = await startOnOwnDatabase('outcomes_signals');
  subgraph = constructed.subgraph;
  const { database } = constructed;
  const values: ConstructedValue[] = [
    ...Object.entries(SERIES).flatMap(([name, [indicator, cells]]) =>
      cells.flatMap((cell, i) =>
        cell === null ? [] : [{ id: unit[name], indicator, year: 2021 + i, value: String(cell), pupils: 30 }],
      ),
    ),
    ...TRANSITION_UNITS.flatMap(([name, form, , figures]) =>
      figures.map(([value, pupils], i) => ({
        id: transitionUnit[name],
        indicator: form === SchoolForm.GRUNDSKOLA ? ELIGIBLE : DEGREE,
        year: 2021 + 3 * i,
        value: String(value),
        pupils,
      })),
    ),
  ];
  await withDatabaseClient(database.url, async (client) => {
    const units = [
      ...Object.keys(SERIES).map((name) => [unit[name], ORGANISER, SchoolForm.GRUNDSKOLA, '0180']),
      ...TRANSITION_UNITS.map(([name, form, municipality]) => [
        transitionUnit[name],
        TRANSITION_ORGANISER,
        form,
        municipality,
      ]),
    ];
    await client.query(
      `INSERT INTO schools.school_unit (id, organiser_id, organiser_type, school_form, municipality_code,
                                        socio_economic_band)
       SELECT id, organiser, $5, form, municipality, 2
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS u (id, organiser, form, municipality)`,
      [
        units.map((u) => u[0]),
        units.map((u) => u[1]),
        units.map((u) => u[2]),
        units.map((u) => u[3]),
        OrganiserType.MUNICIPAL,
      ],
    );
    // This subgraph's own record of where each unit lies, which its row-level security reads.
    await client.query(
      `INSERT INTO school_area (school_id, municipality_code) SELECT * FROM unnest($1::uuid[], $2::text[])`,
      [units.map((u) => u[0]), units.map((u) => u[3])],
    );
    await client.query(
      `INSERT INTO interventions.unit_support (school_id, organiser_id, first_support_on) VALUES ($1, $2, '2023-09-01')`,
      [unit.LOW, ORGANISER],
    );
    await insertValues(client, values);
  });
}, 60_000);

afterAll(async () => {
  await constructed?.subgraph.stop();
  await constructed?.database.drop();
});

interface SignalValue {
  year: number;
  status: string;
  value: number | null;
}

interface Flag {
  rule: string;
  indicatorCode: string;
  school: { id: string };
  values: SignalValue[];
  windowHasSuppressed: boolean;
  trend: SignalValue[];
  supported: boolean;
  firstSupportOn: string | null;
}

const SIGNALS = `query ($representations: [_Any!]!, $thresholds: EarlySignalThresholds, $year: Int, $trendYears: Int) {
  _entities(representations: $representations) {
    ... on Organiser { earlySignals(thresholds: $thresholds, year: $year, trendYears: $trendYears) {
      year thresholds { absenceRisingYears absenceMinimumRise eligibilityDrop eligibilityYears salsaResidualBelow salsaYears }
      flags { rule indicatorCode school { id } values { year status value } windowHasSuppressed
                   trend { year status value } supported firstSupportOn } } }
  }
}`;

const organiser = (id = ORGANISER) => ({ __typename: 'Organiser', id });

async function signals(
  variables: Record<string, unknown> = {},
  user = undefined as Parameters<typeof postToSubgraph>[3],
) {
  const answer = await postToSubgraph<{
    _entities: { earlySignals: { year: number; thresholds: Record<string, number>; flags: Flag[] } }[];
  }>(subgraph.url, SIGNALS, { representations: [organiser()], year: YEAR, ...variables }, user);
  expect(answer.errors).toBeUndefined();
  return answer.data!._entities[0].earlySignals;
}

const nameOf = (id: string) => Object.keys(unit).find((name) => unit[name] === id);
/** The flagged units by rule, by the names above. */
const flagged = (flags: Flag[]) => flags.map((flag) => `${flag.rule} ${nameOf(flag.school.id)}`).sort();
const reported = (year: number, value: number): SignalValue => ({ year, status: 'REPORTED', value });

test('each rule flags the unit it should, with the values that triggered it, and none of the others', async () => {
  const { year, flags } = await signals();
  expect(year).toBe(YEAR);
  // Not FLAT (no rise into 2023), not ABSENCE_GAP (no 2022 to rise from), not SLIPPING (8 points), not ONE_LOW;
  // and no unit whose deciding cell is suppressed.
  expect(flagged(flags)).toEqual(['FALLING_ELIGIBILITY DROPPING', 'LOW_SALSA_RESIDUAL LOW', 'RISING_ABSENCE RISING']);
  const byRule = Object.fromEntries(flags.map((flag) => [flag.rule, flag]));
  expect(byRule.RISING_ABSENCE).toMatchObject({
    indicatorCode: ABSENCE,
    values: [reported(2022, 6), reported(2023, 8), reported(2024, 11)],
    windowHasSuppressed: false,
    supported: false,
    firstSupportOn: null,
  });
  expect(byRule.LOW_SALSA_RESIDUAL).toMatchObject({
    indicatorCode: SALSA,
    values: [reported(2023, -12), reported(2024, -15)],
    supported: true,
    firstSupportOn: '2023-09-01',
  });
  // The trend: the default six years, the years before 2021 without a row.
  expect(byRule.LOW_SALSA_RESIDUAL.trend.map((cell) => cell.status)).toEqual([
    'MISSING',
    'MISSING',
    'REPORTED',
    'REPORTED',
    'REPORTED',
    'REPORTED',
  ]);
});

test('a suppressed cell never triggers a flag, and one inside a flag’s window shows no value', async () => {
  const { flags } = await signals();
  const names = flagged(flags);
  for (const withheld of ['ABSENCE_WITHHELD', 'ELIGIBLE_WITHHELD', 'SALSA_WITHHELD']) {
    expect(names.some((name) => name.endsWith(` ${withheld}`))).toBe(false);
  }
  const dropping = flags.find((flag) => flag.rule === 'FALLING_ELIGIBILITY')!;
  expect(dropping.values).toEqual([
    reported(2021, 90),
    { year: 2022, status: 'SUPPRESSED', value: null },
    reported(2023, 85),
    reported(2024, 78),
  ]);
  expect(dropping.windowHasSuppressed).toBe(true);
});

test('the thresholds change what is flagged', async () => {
  const looser = await signals({ thresholds: { eligibilityDrop: 5, salsaYears: 1 } });
  expect(flagged(looser.flags)).toEqual([
    'FALLING_ELIGIBILITY DROPPING',
    'FALLING_ELIGIBILITY SLIPPING',
    'LOW_SALSA_RESIDUAL LOW',
    'LOW_SALSA_RESIDUAL ONE_LOW',
    // One year is enough now, and 2024 is reported.
    'LOW_SALSA_RESIDUAL SALSA_WITHHELD',
    'RISING_ABSENCE RISING',
  ]);
  // A rise of more than 2.5 points each year: RISING rose by 2 into 2023.
  const stricter = await signals({ thresholds: { absenceMinimumRise: 2.5, salsaResidualBelow: -13 } });
  expect(flagged(stricter.flags)).toEqual(['FALLING_ELIGIBILITY DROPPING']);
  // Three years in a row: RISING rose in 2022, 2023 and 2024.
  const longer = await signals({ thresholds: { absenceRisingYears: 3 } });
  expect(flagged(longer.flags)).toContain('RISING_ABSENCE RISING');
  // Each answer says the thresholds it was applied with: those asked for, the defaults for the rest.
  expect(stricter.thresholds).toEqual({
    absenceRisingYears: 2,
    absenceMinimumRise: 2.5,
    eligibilityDrop: 10,
    eligibilityYears: 3,
    salsaResidualBelow: -13,
    salsaYears: 2,
  });
  expect(longer.thresholds).toMatchObject({ absenceRisingYears: 3, absenceMinimumRise: 0, salsaResidualBelow: -10 });
  // The year of the signals moves the windows: in 2023 RISING had risen twice (2022, 2023).
  const earlier = await signals({ year: 2023 });
  expect(flagged(earlier.flags)).toEqual(['RISING_ABSENCE RISING']);
});

test('a threshold out of range is refused with a message', async () => {
  const answer = await postToSubgraph(subgraph.url, SIGNALS, {
    representations: [organiser()],
    thresholds: { absenceRisingYears: 0 },
  });
  expect(answer.errors?.[0]).toMatchObject({
    message: 'absenceRisingYears must be a whole number from 1 to 10; it was 0.',
    extensions: { code: 'BAD_USER_INPUT' },
  });
});

test('a regional manager sees the flags of their own county only', async () => {
  expect((await signals({}, regionalUser('01'))).flags).toHaveLength(3);
  expect((await signals({}, regionalUser('03'))).flags).toEqual([]);
});

test('the signals of many areas take one statement', async () => {
  const before = await sqlStatementCount(subgraph.url);
  const many = await postToSubgraph<{ _entities: { earlySignals: { flags: Flag[] } }[] }>(subgraph.url, SIGNALS, {
    representations: Array.from({ length: 12 }, () => organiser()),
    year: YEAR,
  });
  expect(many.errors).toBeUndefined();
  expect(many.data!._entities.map((entity) => entity.earlySignals.flags.length)).toEqual(Array(12).fill(3));
  // The data versions, then the signals.
  expect((await sqlStatementCount(subgraph.url)) - before).toBe(2);
});

test('left out, the year of the signals is the latest most schools have reported: one early value does not move it', async () => {
  expect((await signals({ year: null })).year).toBe(YEAR);
  // One unit's absence of the next year, imported before the others' (written here as an import would).
  await withDatabaseClient(constructed!.database.url, (client) =>
    insertValues(client, [{ id: unit.FLAT, indicator: ABSENCE, year: YEAR + 1, value: '9', pupils: 30 }]),
  );
  try {
    const byDefault = await signals({ year: null });
    expect(byDefault.year).toBe(YEAR);
    expect(flagged(byDefault.flags)).toEqual(flagged((await signals()).flags));
    // Asked for by name, the early year is the year of the signals, and nobody has a window of values in it.
    expect(await signals({ year: YEAR + 1 })).toMatchObject({ year: YEAR + 1, flags: [] });
  } finally {
    await withDatabaseClient(constructed!.database.url, (client) =>
      client.query('DELETE FROM outcome_value WHERE school_id = $1 AND year = $2', [unit.FLAT, YEAR + 1]),
    );
  }
});

interface Figure {
  value: number | null;
  status: string;
  schoolCount: number;
}

test('the transition: year-9 eligibility and the gymnasium diploma share of each municipality, by pupils', async () => {
  const answer = await postToSubgraph<{
    _entities: { transition: { years: Record<string, unknown>[] } }[];
  }>(
    subgraph.url,
    `query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Organiser { transition(toYear: 2021) { years { municipality { code } year
          eligibleNationalProgramme { value status schoolCount } degreeWithin3Years { value status schoolCount }
          cohortDegreeWithin3Years { value status schoolCount } } } }
      }
    }`,
    { representations: [organiser(TRANSITION_ORGANISER)] },
  );
  expect(answer.errors).toBeUndefined();
  const round = (f: Figure) => ({ ...f, value: f.value === null ? null : Math.round(f.value * 1000) / 1000 });
  const years = answer.data!._entities[0].transition.years.map((year) => ({
    ...year,
    eligibleNationalProgramme: round(year.eligibleNationalProgramme as Figure),
    degreeWithin3Years: round(year.degreeWithin3Years as Figure),
  }));
  expect(years).toEqual([
    {
      municipality: { code: '0182' },
      year: 2021,
      // (80·20 + 60·10 + 90·30) / 60 pupils
      eligibleNationalProgramme: { value: 81.667, status: 'REPORTED', schoolCount: 3 },
      // (70·50 + 60·50 + 80·100) / 200 pupils
      degreeWithin3Years: { value: 72.5, status: 'REPORTED', schoolCount: 3 },
      cohortDegreeWithin3Years: { value: 75, status: 'REPORTED', schoolCount: 3 },
    },
    {
      municipality: { code: '0183' },
      year: 2021,
      // One unit: withheld. No gymnasium unit of its own: missing.
      eligibleNationalProgramme: { value: null, status: 'SUPPRESSED', schoolCount: 1 },
      degreeWithin3Years: { value: null, status: 'MISSING', schoolCount: 0 },
      cohortDegreeWithin3Years: { value: null, status: 'MISSING', schoolCount: 0 },
    },
  ]);
});
