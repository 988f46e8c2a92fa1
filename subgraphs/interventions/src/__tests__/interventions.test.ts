import 'reflect-metadata';
import { startSubgraph } from '@lagesbild/subgraph-kit';
import { sqlStatementCount, useSubgraphUnderTest } from '@lagesbild/test-utils';
import { interventionsSubgraph } from '../subgraph';

const subgraph = useSubgraphUnderTest((env) => startSubgraph(interventionsSubgraph, env));

interface InterventionNode {
  id: string;
  status: string;
  kind: string;
  identifiedOn: string;
  organiser: { id: string };
  office: { id: string };
  schools: { id: string }[];
  followUps: { dueOn: string; completedOn: string | null; status: string }[];
}

const NODE = `id status kind identifiedOn organiser { id } office { id } schools { id } followUps { dueOn completedOn status }`;

test('filters by office, status and date, and every answer fits the filter', async () => {
  const answer = await subgraph().query<{ interventions: { totalCount: number; nodes: InterventionNode[] } }>(
    `{ interventions(first: 500, filter: { officeId: "GBG", status: COMPLETED, identifiedFrom: "2022-01-01" }) {
        totalCount nodes { ${NODE} } } }`,
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.interventions.totalCount).toBeGreaterThan(0);
  for (const node of answer.data!.interventions.nodes) {
    expect(node.office.id).toBe('GBG');
    expect(node.status).toBe('COMPLETED');
    expect(node.identifiedOn >= '2022-01-01').toBe(true);
  }
});

test('a follow-up’s status follows from its dates', async () => {
  const answer = await subgraph().query<{ interventions: { nodes: InterventionNode[] } }>(
    `{ interventions(first: 500) { nodes { ${NODE} } } }`,
  );
  const followUps = answer.data!.interventions.nodes.flatMap((node) => node.followUps);
  expect(followUps.length).toBeGreaterThan(0);
  for (const followUp of followUps) {
    if (followUp.completedOn) expect(followUp.status).toBe('DONE');
    else expect(['NOT_DUE', 'DUE_SOON', 'OVERDUE']).toContain(followUp.status);
  }
});

test('School.interventions for many schools is one statement', async () => {
  const page = await subgraph().query<{ interventions: { nodes: InterventionNode[] } }>(
    `{ interventions(first: 300) { nodes { ${NODE} } } }`,
  );
  const targeted = page.data!.interventions.nodes.filter((node) => node.schools.length > 0);
  const schoolIds = [...new Set(targeted.flatMap((node) => node.schools.map((school) => school.id)))].slice(0, 60);
  expect(schoolIds.length).toBeGreaterThan(5);
  const before = await sqlStatementCount(subgraph().url);
  const answer = await subgraph().query<{ _entities: { interventions: { id: string }[] }[] }>(
    `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on School { interventions { id } } } }`,
    { representations: schoolIds.map((id) => ({ __typename: 'School', id })) },
  );
  expect((await sqlStatementCount(subgraph().url)) - before).toBe(1);
  for (const [i, id] of schoolIds.entries()) {
    const expected = targeted.filter((node) => node.schools.some((school) => school.id === id)).map((node) => node.id);
    const got = answer.data!._entities[i].interventions.map((intervention) => intervention.id);
    expect(got).toEqual(expect.arrayContaining(expected));
  }
});
