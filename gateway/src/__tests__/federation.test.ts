import { useTestPlatform } from '@lagesbild/test-utils';

const platform = useTestPlatform();

interface SchoolAnswer {
  school: {
    id: string;
    name: string;
    municipality: { code: string; name: string; county: { code: string; name: string }; office: { town: string } };
    organiser: { name: string; type: string };
    interventions: { id: string; kind: string; office: { id: string } }[];
    outcomes: { year: number; status: string; value: number | null; indicator: { nameEn: string } }[];
  } | null;
}

test('a school unit is resolved across all four subgraphs through the gateway', async () => {
  // An intervention that targets schools, found through the interventions subgraph.
  const found = await platform().query<{ interventions: { nodes: { id: string; schools: { id: string }[] }[] } }>(
    `{ interventions(first: 200) { nodes { id schools { id } } } }`,
  );
  expect(found.errors).toBeUndefined();
  const targeted = found.data?.interventions.nodes.find((node) => node.schools.length > 0);
  expect(targeted).toBeDefined();
  const schoolId = targeted!.schools[0].id;

  const answer = await platform().query<SchoolAnswer>(
    `query School($id: ID!) {
      school(id: $id) {
        id name
        municipality { code name county { code name } office { town } }
        organiser { name type }
        interventions { id kind office { id } }
        outcomes(group: ALL) { year status value indicator { nameEn } }
      }
    }`,
    { id: schoolId },
  );
  expect(answer.errors).toBeUndefined();
  const school = answer.data!.school!;
  // schools subgraph
  expect(school.id).toBe(schoolId);
  expect(school.name).toEqual(expect.any(String));
  expect(['MUNICIPAL', 'INDEPENDENT']).toContain(school.organiser.type);
  // offices subgraph: the municipality's name and county, consistent with its code
  expect(school.municipality.name.length).toBeGreaterThan(1);
  expect(school.municipality.county.code).toBe(school.municipality.code.slice(0, 2));
  expect(school.municipality.county.name).toMatch(/län$/);
  expect(school.municipality.office.town.length).toBeGreaterThan(1);
  // interventions subgraph: the intervention we started from is among the school's
  expect(school.interventions.map((intervention) => intervention.id)).toContain(targeted!.id);
  // outcomes subgraph: values with their indicator's name
  for (const outcome of school.outcomes) {
    expect(outcome.indicator.nameEn.length).toBeGreaterThan(1);
    expect(outcome.status === 'REPORTED').toBe(outcome.value !== null);
  }
});

test('the same entity answers the same whichever subgraph the query starts from', async () => {
  const direct = await platform().query<{ municipality: { name: string; schools: { id: string }[] } }>(
    `{ municipality(code: "0180") { name schools { id } } }`,
  );
  expect(direct.errors).toBeUndefined();
  expect(direct.data!.municipality.name).toBe('Stockholm');
  expect(direct.data!.municipality.schools.length).toBeGreaterThan(0);
  const viaSchool = await platform().query<{ school: { municipality: { code: string; name: string } } }>(
    `query ($id: ID!) { school(id: $id) { municipality { code name } } }`,
    { id: direct.data!.municipality.schools[0].id },
  );
  expect(viaSchool.data!.school.municipality).toEqual({ code: '0180', name: 'Stockholm' });
});

test('lists page with cursors and refuse a page larger than the maximum', async () => {
  const first = await platform().query<{
    counties: { totalCount: number; nodes: { code: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
  }>(`{ counties(first: 15) { totalCount nodes { code } pageInfo { endCursor hasNextPage } } }`);
  expect(first.data!.counties.totalCount).toBe(21);
  expect(first.data!.counties.pageInfo.hasNextPage).toBe(true);
  const rest = await platform().query<{ counties: { nodes: { code: string }[]; pageInfo: { hasNextPage: boolean } } }>(
    `query ($after: String) { counties(first: 15, after: $after) { nodes { code } pageInfo { hasNextPage } } }`,
    { after: first.data!.counties.pageInfo.endCursor },
  );
  const codes = [...first.data!.counties.nodes, ...rest.data!.counties.nodes].map((county) => county.code);
  expect(codes).toHaveLength(21);
  expect(new Set(codes).size).toBe(21);
  expect(rest.data!.counties.pageInfo.hasNextPage).toBe(false);

  const tooBig = await platform().query(`{ schools(first: 501) { totalCount } }`);
  expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(tooBig.errors?.[0].message).toMatch(/first must be between 1 and 500/);
});
