import { schemaDir } from '@lagesbild/platform';
import {
  ANALYST,
  LEADERSHIP,
  postGraphQL,
  queryTestDatabase,
  regionalUser,
  sqlStatementCount,
  useTestPlatform,
  type TestUser,
} from '@lagesbild/test-utils';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { areaCodes } from './areaCodes';
import { importSchoolUnit } from './schoolUnitImport';

// The gateway's response cache (issue #13): a repeated dashboard read is answered without the subgraphs, a user
// never gets an answer made for another scope, and a write through the gateway shows in the next read. A settled
// reading of the data versions is trusted for the whole file here, so that only a write can make the gateway read
// them again: what the tests see is then the write's doing, never the clock's.

const platform = useTestPlatform({
  env: { RESPONSE_CACHE: 'on', RESPONSE_CACHE_VERSION_CHECK_MS: String(60 * 60_000) },
});

const namedOperation = (name: string) => readFileSync(path.join(schemaDir, 'operations', `${name}.graphql`), 'utf8');
const NATIONAL_OVERVIEW = namedOperation('NationalOverview');
const COUNTY_DETAIL = namedOperation('CountyDetail');
const COUNTY = '21';
const UNIT_CODE = '99210001';
const COUNTY_SCHOOLS = `query ($code: ID!) {
  county(code: $code) { schools { id } coverage { schools } }
}`;

/** Every subgraph's running count of SQL statements. */
const statementCounts = async () =>
  Object.fromEntries(
    await Promise.all(
      platform().subgraphs.map(async (subgraph) => [subgraph.name, await sqlStatementCount(subgraph.url)] as const),
    ),
  );

/** An answer, and whether any subgraph ran a statement for it. */
async function read<TData>(user: TestUser, query: string, variables: Record<string, unknown> = {}) {
  const before = await statementCounts();
  const answer = await platform().queryAs<TData>(user, query, variables);
  expect(answer.errors).toBeUndefined();
  const after = await statementCounts();
  return { data: answer.data!, reachedSubgraphs: JSON.stringify(after) !== JSON.stringify(before) };
}

type Overview = { nation: { counties: { code: string }[] } };

beforeAll(() => platform().replicasCaughtUp());

afterAll(async () => {
  await queryTestDatabase('schools', 'DELETE FROM school WHERE unit_code = $1', [UNIT_CODE]);
  await queryTestDatabase('schools', 'SELECT refresh_school_scope()');
  await platform().replicasCaughtUp();
});

test('a repeated national overview is answered from the cache, without a statement in any subgraph', async () => {
  const first = await read<Overview>(LEADERSHIP, NATIONAL_OVERVIEW);
  const second = await read<Overview>(LEADERSHIP, NATIONAL_OVERVIEW);
  expect(second.reachedSubgraphs).toBe(false);
  expect(second.data).toEqual(first.data);
  expect(first.data.nation.counties).toHaveLength(21);
});

test("a county's manager never gets an answer cached for another scope, nor does a caller without a token", async () => {
  const variables = { county: '03' };
  await read(LEADERSHIP, COUNTY_DETAIL, variables);
  expect((await read(LEADERSHIP, COUNTY_DETAIL, variables)).reachedSubgraphs).toBe(false);
  // The county's own manager: computed for them, in their scope, then answered from the cache.
  const own = await read<{ county: { code: string } }>(regionalUser('03'), COUNTY_DETAIL, variables);
  expect(own.reachedSubgraphs).toBe(true);
  expect(own.data.county.code).toBe('03');
  expect(await read(regionalUser('03'), COUNTY_DETAIL, variables)).toEqual({ data: own.data, reachedSubgraphs: false });
  // Another county's manager is refused, every time, although two answers for the county are in the cache.
  for (let attempt = 0; attempt < 2; attempt++) {
    const other = await platform().queryAs(regionalUser(COUNTY), COUNTY_DETAIL, variables);
    expect(other.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
    expect(areaCodes(other.data).counties.size).toBe(0);
  }
  // Without a sign-in token the gateway answers nothing from the graph, cached or not.
  const anonymous = await postGraphQL(`${platform().gatewayUrl}/graphql`, COUNTY_DETAIL, variables);
  expect(anonymous.status).toBe(401);
  expect(anonymous.data).toBeUndefined();
});

test('after an import through the gateway the next read shows it, and is cached again once the replicas agree', async () => {
  type CountySchools = { county: { schools: { id: string }[]; coverage: { schools: number } } };
  const before = await read<CountySchools>(LEADERSHIP, COUNTY_SCHOOLS, { code: COUNTY });
  expect((await read(LEADERSHIP, COUNTY_SCHOOLS, { code: COUNTY })).reachedSubgraphs).toBe(false);

  expect(await importSchoolUnit(platform(), { county: COUNTY, unitCode: UNIT_CODE, name: 'Cacheskolan' })).toEqual({
    committed: true,
    inserted: 1,
  });

  // The register's own count shows the unit at once; the coverage figure once its replica has it.
  const next = await read<CountySchools>(LEADERSHIP, COUNTY_SCHOOLS, { code: COUNTY });
  expect(next.reachedSubgraphs).toBe(true);
  expect(next.data.county.schools).toHaveLength(before.data.county.schools.length + 1);
  await platform().replicasCaughtUp();
  const caughtUp = await read<CountySchools>(LEADERSHIP, COUNTY_SCHOOLS, { code: COUNTY });
  expect(caughtUp.data.county.schools).toHaveLength(before.data.county.schools.length + 1);
  expect(caughtUp.data.county.coverage.schools).toBe(before.data.county.coverage.schools + 1);
  expect(await read(LEADERSHIP, COUNTY_SCHOOLS, { code: COUNTY })).toEqual({
    data: caughtUp.data,
    reachedSubgraphs: false,
  });
});

test('a mutation is never answered from the cache: the same one twice writes twice', async () => {
  const exportMutation = 'mutation { recordExport(what: "Response cache test", rows: 1) }';
  for (let attempt = 0; attempt < 2; attempt++) {
    const before = await statementCounts();
    const answer = await platform().queryAs(LEADERSHIP, exportMutation);
    expect(answer).toMatchObject({ data: { recordExport: true } });
    expect(await statementCounts()).not.toEqual(before);
  }
});

test('the query limits and introspection answer every role as they do without the cache', async () => {
  // Over everyone's budget but an analyst's (see queryLimits.test.ts): the analyst's answer, cached, is theirs alone.
  const fields = Array.from({ length: 270 }, (_, i) => ['id', 'name', 'unitCode', 'schoolForm'][i % 4]).join(' ');
  const large = `{ schools(first: 500) { nodes { ${fields} } } }`;
  const analysts = await read(ANALYST, large);
  expect(await read(ANALYST, large)).toEqual({ data: analysts.data, reachedSubgraphs: false });
  const introspection = '{ __schema { queryType { name } } }';
  expect((await platform().queryAs(ANALYST, introspection)).data).toEqual({
    __schema: { queryType: { name: 'Query' } },
  });
  for (let attempt = 0; attempt < 2; attempt++) {
    const refused = await platform().queryAs(LEADERSHIP, large);
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['COST_LIMIT_EXCEEDED']);
    const hidden = await platform().queryAs(LEADERSHIP, introspection);
    expect(hidden.errors?.map((error) => error.extensions?.code)).toEqual(['INTROSPECTION_DISABLED']);
  }
});
