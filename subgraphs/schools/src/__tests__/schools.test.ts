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

test('lists sort by a chosen field in either direction, page by page, with ties broken by id', async () => {
  const read = async (direction: 'ASC' | 'DESC') => {
    const names: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const answer: {
        data?: { schools: { nodes: { name: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } } | null;
      } = await subgraph().query(
        `query ($after: String, $direction: SortDirection!) {
            schools(first: 37, after: $after, filter: { countyCode: "12" }, orderBy: { field: NAME, direction: $direction }) {
              nodes { name } pageInfo { endCursor hasNextPage }
            }
          }`,
        { after, direction },
      );
      names.push(...answer.data!.schools.nodes.map((node) => node.name));
      if (!answer.data!.schools.pageInfo.hasNextPage) break;
      after = answer.data!.schools.pageInfo.endCursor;
    }
    return names;
  };
  const ascending = await read('ASC');
  const collate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  expect(ascending.length).toBeGreaterThan(37);
  expect(ascending).toEqual([...ascending].sort(collate));
  expect(await read('DESC')).toEqual([...ascending].reverse());
});
