import 'reflect-metadata';
import { startSubgraph } from '@lagesbild/subgraph-kit';
import { sqlStatementCount, useSubgraphUnderTest } from '@lagesbild/test-utils';
import { schoolsSubgraph } from '../subgraph';

const subgraph = useSubgraphUnderTest((env) => startSubgraph(schoolsSubgraph, env));

interface SchoolNode {
  id: string;
  unitCode: string;
  schoolForm: string;
  municipality: { code: string };
  county: { code: string };
  organiser: { id: string; type: string };
}

test('filters schools by county, school form and organiser type, and every answer fits the filter', async () => {
  const answer = await subgraph().query<{ schools: { totalCount: number; nodes: SchoolNode[] } }>(
    `{ schools(first: 500, filter: { countyCode: "12", schoolForm: GYMNASIESKOLA, organiserType: INDEPENDENT }) {
        totalCount nodes { id unitCode schoolForm municipality { code } county { code } organiser { id type } }
    } }`,
  );
  expect(answer.errors).toBeUndefined();
  const { nodes, totalCount } = answer.data!.schools;
  expect(totalCount).toBeGreaterThan(0);
  expect(nodes).toHaveLength(Math.min(totalCount, 500));
  for (const school of nodes) {
    expect(school.schoolForm).toBe('GYMNASIESKOLA');
    expect(school.county.code).toBe('12');
    expect(school.municipality.code.startsWith('12')).toBe(true);
    expect(school.organiser.type).toBe('INDEPENDENT');
  }
});

test('_entities resolves schools and organisers, and municipalities’ schools, in one statement per kind', async () => {
  const page = await subgraph().query<{ schools: { nodes: SchoolNode[] } }>(
    `{ schools(first: 40) { nodes { id unitCode schoolForm municipality { code } county { code } organiser { id type } } } }`,
  );
  const schools = page.data!.schools.nodes;
  const before = await sqlStatementCount(subgraph().url);
  const answer = await subgraph().query<{
    _entities: ({ id?: string; unitCode?: string; schools?: { id: string }[] } | null)[];
  }>(
    `query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on School { id unitCode }
        ... on Organiser { id name }
        ... on Municipality { schools { id } }
      }
    }`,
    {
      representations: [
        ...schools.map((school) => ({ __typename: 'School', id: school.id })),
        ...schools.map((school) => ({ __typename: 'Organiser', id: school.organiser.id })),
        ...schools.map((school) => ({ __typename: 'Municipality', code: school.municipality.code })),
      ],
    },
  );
  const statements = (await sqlStatementCount(subgraph().url)) - before;
  expect(answer.errors).toBeUndefined();
  const entities = answer.data!._entities;
  expect(entities.slice(0, schools.length).map((entity) => entity?.unitCode)).toEqual(schools.map((s) => s.unitCode));
  for (const [i, school] of schools.entries()) {
    const municipality = entities[2 * schools.length + i];
    expect(municipality?.schools?.map((s) => s.id)).toContain(school.id);
  }
  expect(statements).toBe(3);
});

test('an unknown school is null, not an error', async () => {
  const answer = await subgraph().query(`{ school(id: "00000000-0000-4000-8000-000000000000") { id } }`);
  expect(answer.errors).toBeUndefined();
  expect(answer.data).toEqual({ school: null });
});

test('a cursor it did not give out gets a clear BAD_USER_INPUT error', async () => {
  const answer = await subgraph().query(`{ schools(after: "not-a-cursor") { totalCount } }`);
  expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(answer.errors?.[0].message).toMatch(/after is not a cursor/);
});
