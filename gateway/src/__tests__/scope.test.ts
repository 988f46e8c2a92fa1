import 'reflect-metadata';
import { useTestPlatform } from '@lagesbild/test-utils';

const platform = useTestPlatform();

interface Scope {
  schools: { id: string; organiserId: string; municipalityCode: string; socioEconomicBand: number | null }[];
  organisers: { id: string }[];
}

test('an area’s scope lists the school units in it, and an office’s is its municipalities’', async () => {
  const answer = await platform().query<{
    nation: { scope: Scope; counties: { code: string; scope: Scope }[] };
    office: { municipalities: { code: string; scope: Scope }[]; scope: Scope };
  }>(`{
    nation {
      scope { schools { id organiserId municipalityCode socioEconomicBand } organisers { id } }
      counties { code scope { schools { id municipalityCode } organisers { id } } }
    }
    office(id: "SOL") {
      municipalities { code scope { schools { id } } }
      scope { schools { id municipalityCode } organisers { id } }
    }
  }`);
  expect(answer.errors).toBeUndefined();
  const { nation, office } = answer.data!;
  // The counties partition the nation.
  const countySchools = nation.counties.flatMap((county) => county.scope.schools.map((school) => school.id));
  expect(countySchools.sort()).toEqual(nation.scope.schools.map((school) => school.id).sort());
  for (const county of nation.counties) {
    for (const school of county.scope.schools) expect(school.municipalityCode.slice(0, 2)).toBe(county.code);
  }
  // The office's scope is exactly its municipalities' schools, and their organisers.
  const fromMunicipalities = office.municipalities.flatMap((m) => m.scope.schools.map((school) => school.id));
  expect(office.scope.schools.map((school) => school.id).sort()).toEqual(fromMunicipalities.sort());
  expect(office.scope.schools.length).toBeGreaterThan(0);
  const organiserIds = new Set(
    nation.scope.schools.filter((s) => fromMunicipalities.includes(s.id)).map((s) => s.organiserId),
  );
  expect(office.scope.organisers.map((organiser) => organiser.id).sort()).toEqual([...organiserIds].sort());
  // Bands are quartiles: each holds about a quarter of the schools that have an index.
  const banded = nation.scope.schools.filter((school) => school.socioEconomicBand !== null);
  for (const band of [1, 2, 3, 4]) {
    const share = banded.filter((school) => school.socioEconomicBand === band).length / banded.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
  }
});

test('no field exists only for one subgraph to feed another: the figures come from replicas', async () => {
  for (const query of [
    '{ county(code: "12") { scope { table } } }',
    '{ county(code: "12") { highNeed { schoolIds } } }',
    '{ county(code: "12") { firstSupport { schoolId } } }',
    '{ nation { officeMap { municipalityCode } } }',
  ]) {
    const answer = await platform().query(query);
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  }
});
