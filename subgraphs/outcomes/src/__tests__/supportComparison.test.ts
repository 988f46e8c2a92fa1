import 'reflect-metadata';
import { OrganiserType, SchoolForm } from '@lagesbild/domain';
import { postToSubgraph, sqlStatementCount, withDatabaseClient } from '@lagesbild/test-utils';
import { randomUUID } from 'node:crypto';
import { insertValues, startOnOwnDatabase, type ConstructedOutcomes } from './constructedOutcomes';

// Supported vs comparable schools on a small constructed case, small enough to work out by hand. The subgraph runs
// on a database of its own, whose replicas of the register and of first support (issue #13) this test writes
// directly, as logical replication would; the units are new ids, with merit values of their own.

const ORGANISER = randomUUID();
const unit = Object.fromEntries(
  ['S1', 'S2', 'S3', 'S5', 'U1', 'C1', 'C2', 'C3', 'C4', 'G1'].map((name) => [name, randomUUID()]),
);

// Supported: S1 and S2 first in 2020, S3 in 2021 (all band 2); S5 in band 1, which has no comparable unit; U1
// without a band. Comparable: C1–C3 in band 2, C4 in band 3 (no supported unit there). G1 is a gymnasieskola unit.
// [unit, school form, socio-economic band]; the municipality does not matter to the comparison.
const UNITS: [string, SchoolForm, number | null][] = [
  ...['S1', 'S2', 'S3', 'C1', 'C2', 'C3'].map((name): [string, SchoolForm, number] => [name, SchoolForm.GRUNDSKOLA, 2]),
  ['S5', SchoolForm.GRUNDSKOLA, 1],
  ['U1', SchoolForm.GRUNDSKOLA, null],
  ['C4', SchoolForm.GRUNDSKOLA, 3],
  ['G1', SchoolForm.GYMNASIESKOLA, 2],
];
const FIRST_SUPPORT: [string, string][] = [
  ['S1', '2020-09-01'],
  ['S2', '2020-02-10'],
  ['S3', '2021-05-01'],
  ['S5', '2020-03-01'],
  ['U1', '2020-03-01'],
];

// Merit values 2019–2022 ('..' suppressed, '.' missing).
const VALUES: Record<string, (number | '..' | '.')[]> = {
  C1: [200, 200, 210, 220],
  C2: [210, 210, 220, 230],
  C3: [220, 220, '..', 240],
  C4: [100, 100, 100, 100],
  S1: [190, 195, 225, 240],
  S2: [180, 185, 215, '.'],
  S3: [200, 190, 205, 235],
  S5: [150, 150, 150, 150],
  U1: [150, 150, 150, 150],
  G1: [150, 150, 150, 150],
};

let constructed: ConstructedOutcomes | undefined;
let subgraph: ConstructedOutcomes['subgraph'];

beforeAll(async () => {
  // The demo data brings the indicator catalogue; the units here are none of its.
  constructed = await startOnOwnDatabase('outcomes_support');
  subgraph = constructed.subgraph;
  const { database } = constructed;
  // Group ALL with 30 pupils, which the small-number rules leave as it is.
  const rows = Object.entries(VALUES).flatMap(([name, values]) =>
    values.map((value, i) => ({
      id: unit[name],
      indicator: 'MERIT_VALUE_17',
      year: 2019 + i,
      value: String(value),
      pupils: value === '.' ? null : 30,
    })),
  );
  await withDatabaseClient(database.url, async (client) => {
    await client.query(
      `INSERT INTO schools.school_unit (id, organiser_id, organiser_type, school_form, municipality_code,
                                        socio_economic_band)
       SELECT id, $2, $3, form, '0180', band FROM unnest($1::uuid[], $4::text[], $5::int[]) AS u (id, form, band)`,
      [
        UNITS.map(([name]) => unit[name]),
        ORGANISER,
        OrganiserType.MUNICIPAL,
        UNITS.map(([, form]) => form),
        UNITS.map(([, , band]) => band),
      ],
    );
    await client.query(
      `INSERT INTO interventions.unit_support (school_id, organiser_id, first_support_on)
       SELECT id, $2, day FROM unnest($1::uuid[], $3::date[]) AS s (id, day)`,
      [FIRST_SUPPORT.map(([name]) => unit[name]), ORGANISER, FIRST_SUPPORT.map(([, day]) => day)],
    );
    await insertValues(client, rows);
  });
}, 60_000);

afterAll(async () => {
  await constructed?.subgraph.stop();
  await constructed?.database.drop();
});

interface Figure {
  value: number | null;
  status: string;
  schoolCount: number;
}

interface ComparisonYear {
  yearsFromSupport: number;
  supported: Figure;
  comparison: Figure;
  difference: Figure;
}

const COMPARISON = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Organiser { supportEffect { indicatorCode group years {
      yearsFromSupport supported { value status schoolCount } comparison { value status schoolCount }
      difference { value status schoolCount } } } }
  }
}`;

const organiser = (id = ORGANISER) => ({ __typename: 'Organiser', id });

const reported = (value: number, schoolCount: number): Figure => ({ value, status: 'REPORTED', schoolCount });
const suppressed = (schoolCount: number): Figure => ({ value: null, status: 'SUPPRESSED', schoolCount });
const missing: Figure = { value: null, status: 'MISSING', schoolCount: 0 };

test('the supported units are compared, year by year from their first support, with their own cells', async () => {
  const answer = await postToSubgraph<{
    _entities: { supportEffect: { indicatorCode: string; group: string; years: ComparisonYear[] } }[];
  }>(subgraph.url, COMPARISON, { representations: [organiser()] });
  expect(answer.errors).toBeUndefined();
  const [{ supportEffect }] = answer.data!._entities;
  expect(supportEffect).toMatchObject({ indicatorCode: 'MERIT_VALUE_17', group: 'ALL' });
  const round = (f: Figure) => ({ ...f, value: f.value === null ? null : Math.round(f.value * 1000) / 1000 });
  const years = supportEffect.years.map((year) => ({
    yearsFromSupport: year.yearsFromSupport,
    supported: round(year.supported),
    comparison: round(year.comparison),
    difference: round(year.difference),
  }));
  expect(years).toEqual([
    { yearsFromSupport: -3, supported: missing, comparison: missing, difference: missing },
    // S3 in 2019 (200) beside C1–C3 (210): one supported unit, withheld; the comparison rests on three.
    { yearsFromSupport: -2, supported: suppressed(1), comparison: reported(210, 3), difference: suppressed(4) },
    // S1, S2 in 2019 (190, 180) and S3 in 2020 (190), each beside 210.
    {
      yearsFromSupport: -1,
      supported: reported(186.667, 3),
      comparison: reported(210, 3),
      difference: reported(-23.333, 6),
    },
    // S1, S2 in 2020 (195, 185) beside 210; S3 in 2021 (205) beside C1, C2 (215: C3's ".." is not 0).
    {
      yearsFromSupport: 0,
      supported: reported(195, 3),
      comparison: reported(211.667, 3),
      difference: reported(-16.667, 6),
    },
    // S1, S2 in 2021 (225, 215) beside 215; S3 in 2022 (235) beside 230.
    { yearsFromSupport: 1, supported: reported(225, 3), comparison: reported(220, 3), difference: reported(5, 6) },
    // S1 in 2022 (240) beside 230; S2's "." is left out.
    { yearsFromSupport: 2, supported: suppressed(1), comparison: reported(230, 3), difference: suppressed(4) },
    { yearsFromSupport: 3, supported: missing, comparison: missing, difference: missing },
  ]);
});

test('the comparisons of many areas take one statement, and an area without support has no pairs', async () => {
  const before = await sqlStatementCount(subgraph.url);
  const many = await postToSubgraph<{ _entities: unknown[] }>(subgraph.url, COMPARISON, {
    representations: Array.from({ length: 12 }, () => organiser()),
  });
  expect(many.errors).toBeUndefined();
  expect(many.data!._entities).toHaveLength(12);
  // The indicator, then the data versions and the comparisons.
  expect((await sqlStatementCount(subgraph.url)) - before).toBe(3);

  const withoutSupport = await postToSubgraph<{ _entities: { supportEffect: unknown }[] }>(subgraph.url, COMPARISON, {
    representations: [organiser(randomUUID())],
  });
  const [{ supportEffect }] = withoutSupport.data!._entities as { supportEffect: { years: ComparisonYear[] } }[];
  expect(supportEffect.years).toHaveLength(7);
  expect(
    supportEffect.years.every((year) =>
      [year.supported, year.comparison, year.difference].every((f) => f.status === 'MISSING'),
    ),
  ).toBe(true);
});
