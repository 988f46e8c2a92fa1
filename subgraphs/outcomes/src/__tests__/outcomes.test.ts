import 'reflect-metadata';
import { startSubgraph } from '@lagesbild/subgraph-kit';
import { queryTestDatabase, sqlStatementCount, useSubgraphUnderTest } from '@lagesbild/test-utils';
import { outcomesSubgraph } from '../subgraph';

const subgraph = useSubgraphUnderTest((env) => startSubgraph(outcomesSubgraph, env));

const sql = <T>(query: string, params: unknown[] = []) => queryTestDatabase<T>('outcomes', query, params);

interface Outcome {
  year: number;
  group: string;
  status: string;
  value: number | null;
  pupilCount: number | null;
  indicator: { code: string };
}

async function outcomesOf(schoolIds: string[], args = ''): Promise<Outcome[][]> {
  const answer = await subgraph().query<{ _entities: { outcomes: Outcome[] }[] }>(
    `query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on School { outcomes${args} { year group status value pupilCount indicator { code } } }
      }
    }`,
    { representations: schoolIds.map((id) => ({ __typename: 'School', id })) },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!._entities.map((entity) => entity.outcomes);
}

test('the indicator catalogue includes the required indicators', async () => {
  const answer = await subgraph().query<{
    indicators: { nodes: { code: string; unit: string; higherIsBetter: boolean }[] };
  }>(`{ indicators { nodes { code unit higherIsBetter } } }`);
  const codes = answer.data!.indicators.nodes.map((indicator) => indicator.code);
  for (const code of [
    'ELIGIBLE_NATIONAL_PROGRAMME',
    'MERIT_VALUE_17',
    'PASSED_ALL_SUBJECTS',
    'DEGREE_WITHIN_3_YEARS',
    'ABSENCE_OVER_15',
    'SALSA_RESIDUAL',
  ]) {
    expect(codes).toContain(code);
  }
  expect(answer.data!.indicators.nodes.find((indicator) => indicator.code === 'ABSENCE_OVER_15')?.higherIsBetter).toBe(
    false,
  );
});

test('a suppressed value comes back with a status and nulls, never 0 and never its small pupil count', async () => {
  const suppressed = await sql<{ school_id: string }>(
    `SELECT DISTINCT school_id FROM outcome_value WHERE status = 'SUPPRESSED' LIMIT 5`,
  );
  expect(suppressed.length).toBeGreaterThan(0);
  const outcomes = (await outcomesOf(suppressed.map((row) => row.school_id))).flat();
  const hidden = outcomes.filter((outcome) => outcome.status === 'SUPPRESSED');
  expect(hidden.length).toBeGreaterThan(0);
  for (const outcome of hidden) {
    expect(outcome.value).toBeNull();
    expect(outcome.pupilCount).toBeNull();
  }
  for (const outcome of outcomes.filter((o) => o.status === 'REPORTED')) {
    expect(outcome.value).not.toBeNull();
    expect(outcome.pupilCount).toBeGreaterThanOrEqual(10);
  }
});

test('School.outcomes for many schools with a selection is one statement, and the selection holds', async () => {
  const schools = await sql<{ school_id: string }>(`SELECT DISTINCT school_id FROM outcome_value LIMIT 50`);
  const ids = schools.map((row) => row.school_id);
  const before = await sqlStatementCount(subgraph().url);
  const perSchool = await outcomesOf(
    ids,
    '(indicatorCode: "MERIT_VALUE_17", group: GIRLS, fromYear: 2020, toYear: 2024)',
  );
  // School stubs need no statement; the outcomes and their indicator: one each.
  expect((await sqlStatementCount(subgraph().url)) - before).toBe(2);
  expect(perSchool.flat().length).toBeGreaterThan(0);
  for (const outcome of perSchool.flat()) {
    expect(outcome.indicator.code).toBe('MERIT_VALUE_17');
    expect(outcome.group).toBe('GIRLS');
    expect(outcome.year).toBeGreaterThanOrEqual(2020);
    expect(outcome.year).toBeLessThanOrEqual(2024);
  }
});
