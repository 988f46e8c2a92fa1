import 'reflect-metadata';
import { startSubgraph } from '@lagesbild/subgraph-kit';
import { sqlStatementCount, useSubgraphUnderTest } from '@lagesbild/test-utils';
import { officesSubgraph } from '../subgraph';

const subgraph = useSubgraphUnderTest((env) => startSubgraph(officesSubgraph, env));

test('serves the 21 counties, 290 municipalities and 16 offices', async () => {
  const answer = await subgraph().query<{
    counties: { totalCount: number };
    municipalities: { totalCount: number };
    offices: { totalCount: number; nodes: { town: string; municipalities: { code: string }[] }[] };
  }>(
    `{ counties { totalCount } municipalities { totalCount } offices { totalCount nodes { town municipalities { code } } } }`,
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.counties.totalCount).toBe(21);
  expect(answer.data!.municipalities.totalCount).toBe(290);
  expect(answer.data!.offices.totalCount).toBe(16);
  const covered = answer.data!.offices.nodes.flatMap((office) => office.municipalities.map((m) => m.code));
  expect(new Set(covered).size).toBe(290);
});

test('Stockholms län is split between the Solna and Stockholm offices, Gotland goes with Stockholm', async () => {
  const answer = await subgraph().query<{
    stockholm: { offices: { id: string }[] };
    gotland: { offices: { id: string }[] };
  }>(`{ stockholm: county(code: "01") { offices { id } } gotland: county(code: "09") { offices { id } } }`);
  expect(answer.data!.stockholm.offices.map((office) => office.id)).toEqual(['SOL', 'STO']);
  expect(answer.data!.gotland.offices.map((office) => office.id)).toEqual(['STO']);
});

test('_entities resolves many municipalities and counties in one statement per type', async () => {
  const codes = ['0114', '0180', '0380', '1280', '1480', '2480', '2584'];
  const before = await sqlStatementCount(subgraph().url);
  const answer = await subgraph().query<{
    _entities: ({ code: string; name: string; office?: { id: string } } | null)[];
  }>(
    `query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Municipality { code name office { id } }
        ... on County { code name }
      }
    }`,
    {
      representations: [
        ...codes.map((code) => ({ __typename: 'Municipality', code })),
        { __typename: 'County', code: '01' },
        { __typename: 'County', code: '25' },
        { __typename: 'Municipality', code: '9999' },
      ],
    },
  );
  const statements = (await sqlStatementCount(subgraph().url)) - before;
  expect(answer.errors).toBeUndefined();
  const entities = answer.data!._entities;
  expect(entities.slice(0, codes.length).map((entity) => entity?.code)).toEqual(codes);
  expect(entities[1]).toEqual({ code: '0180', name: 'Stockholm', office: { id: 'STO' } });
  expect(entities[codes.length]).toEqual({ code: '01', name: 'Stockholms län' });
  expect(entities[entities.length - 1]).toBeNull();
  // Municipalities, counties, and the municipalities' offices: one statement each.
  expect(statements).toBe(3);
});

test('the SDL declares the owned entities with their keys', async () => {
  const answer = await subgraph().query<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
  const sdl = answer.data!._service.sdl;
  expect(sdl).toMatch(/type County\s+@key\(fields: "code"\)/);
  expect(sdl).toMatch(/type Municipality\s+@key\(fields: "code"\)/);
  expect(sdl).toMatch(/type Office\s+@key\(fields: "id"\)/);
});
