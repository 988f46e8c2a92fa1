import 'reflect-metadata';
import { startSubgraph } from '@lagesbild/subgraph-kit';
import { useSubgraphUnderTest } from '@lagesbild/test-utils';
import { schoolsSubgraph } from '../subgraph';

// Issue #15: office staff find an organiser or a school by its name or its number.
const subgraph = useSubgraphUnderTest((env) => startSubgraph(schoolsSubgraph, env));

interface Named {
  id: string;
  name: string;
}

async function all<T>(query: string): Promise<T[]> {
  const answer = await subgraph().query<Record<string, { nodes: T[] }>>(query);
  expect(answer.errors).toBeUndefined();
  return Object.values(answer.data!)[0].nodes;
}

test('an organiser is found by part of its name in any case, and by its organisation number with or without the hyphen', async () => {
  const [sample] = await all<Named & { organisationNumber: string }>(
    '{ organisers(first: 1) { nodes { id name organisationNumber } } }',
  );
  const part = sample.name.slice(1, 6).toUpperCase();
  const byName = await all<Named>(
    `{ organisers(first: 500, filter: { search: ${JSON.stringify(part)} }) { nodes { id name } } }`,
  );
  expect(byName.map((organiser) => organiser.id)).toContain(sample.id);
  for (const organiser of byName) expect(organiser.name.toUpperCase()).toContain(part);
  for (const number of [sample.organisationNumber, sample.organisationNumber.replace('-', '')]) {
    const byNumber = await all<Named>(`{ organisers(filter: { search: "${number}" }) { nodes { id name } } }`);
    expect(byNumber.map((organiser) => organiser.id)).toEqual([sample.id]);
  }
});

test('a school is found by its unit code, and LIKE wildcards in a term are taken literally', async () => {
  const [sample] = await all<Named & { unitCode: string }>('{ schools(first: 1) { nodes { id name unitCode } } }');
  const byCode = await all<Named>(`{ schools(filter: { search: "${sample.unitCode}" }) { nodes { id name } } }`);
  expect(byCode.map((school) => school.id)).toEqual([sample.id]);
  expect(await all<Named>('{ schools(filter: { search: "%" }) { nodes { id } } }')).toEqual([]);
  expect(await all<Named>('{ schools(filter: { search: "_" }) { nodes { id } } }')).toEqual([]);
  const everything = await subgraph().query<{ schools: { totalCount: number } }>('{ schools { totalCount } }');
  const blank = await subgraph().query<{ schools: { totalCount: number } }>(
    '{ schools(filter: { search: "  " }) { totalCount } }',
  );
  expect(blank.data!.schools.totalCount).toBe(everything.data!.schools.totalCount);
});
