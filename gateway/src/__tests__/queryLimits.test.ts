import { schemaDir } from '@lagesbild/platform';
import {
  ANALYST,
  LEADERSHIP,
  officeUser,
  postGraphQL,
  regionalUser,
  testToken,
  useTestPlatform,
  type GraphQLResponse,
  type TestUser,
} from '@lagesbild/test-utils';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LIMIT_CODES } from '../limits/limitErrors';
import { readQueryLimits } from '../limits/limitValues';

// Issue #5's query limits, each at its value (accepted) and one above (refused with its code), with the defaults.

const platform = useTestPlatform();
const limits = readQueryLimits({});

const codes = (answer: GraphQLResponse) => (answer.errors ?? []).map((error) => error.extensions?.code);
const limitCodes = (answer: GraphQLResponse) =>
  codes(answer).filter((code) => (LIMIT_CODES as readonly unknown[]).includes(code));
const repeat = (count: number, text: string) => Array.from({ length: count }, () => text).join(' ');

async function expectAccepted(user: TestUser, query: string, variables?: Record<string, unknown>) {
  const answer = await platform().queryAs(user, query, variables);
  expect({ status: answer.status, limitCodes: limitCodes(answer) }).toEqual({ status: 200, limitCodes: [] });
  return answer;
}

async function expectRefused(code: string, user: TestUser, query: string, variables?: Record<string, unknown>) {
  const answer = await platform().queryAs(user, query, variables);
  expect(codes(answer)).toEqual([code]);
  expect(answer.data ?? null).toBeNull();
  const [error] = answer.errors!;
  // A sentence with the limit in it, not Armor's "Syntax Error: …" nor a stack trace.
  expect(error.message).not.toMatch(/syntax error|\n\s+at /i);
  expect(JSON.stringify(error.extensions)).not.toMatch(/stack|exception/i);
  return error;
}

describe('the named operations are accepted for the roles that use them', () => {
  const operations = readdirSync(path.join(schemaDir, 'operations'))
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => [file.replace('.graphql', ''), readFileSync(path.join(schemaDir, 'operations', file), 'utf8')]);
  const users: [string, TestUser][] = [
    ['leadership', LEADERSHIP],
    ['an analyst', ANALYST],
    ['a regional manager', regionalUser('17')],
    ['office staff', officeUser('UME')],
  ];

  test.each(users)('every named operation, with its default variables, for %s', async (_label, user) => {
    for (const [name, operation] of operations) {
      const answer = await platform().queryAs(user, operation);
      expect({ name, status: answer.status, limitCodes: limitCodes(answer) }).toEqual({
        name,
        status: 200,
        limitCodes: [],
      });
    }
  });

  test('the follow-up page as the regional manager and the office ask for it', async () => {
    const followUp = operations.find(([name]) => name === 'FollowUpByArea')![1];
    // At the largest page the subgraphs serve, too.
    await expectAccepted(regionalUser('17'), followUp, { inNation: false, inCounty: true, county: '17', first: 500 });
    await expectAccepted(officeUser('UME'), followUp, { inNation: false, inOffice: true, office: 'UME', first: 500 });
    await expectAccepted(LEADERSHIP, followUp, { first: 500 });
  });
});

describe('limits on the document', () => {
  /** Gotland is one county of one municipality, so nesting county and municipalities stays one row deep. */
  function nested(depth: number): string {
    let selection = 'code';
    for (let level = depth - 1; level > 1; level--) {
      selection = `${level % 2 === 0 ? 'county' : 'municipalities'} { ${selection} }`;
    }
    return `{ municipality(code: "0980") { ${selection} } }`;
  }

  test(`depth: ${limits.maxDepth} levels are accepted, one more is refused`, async () => {
    const answer = await expectAccepted(ANALYST, nested(limits.maxDepth));
    expect(answer.errors).toBeUndefined();
    const error = await expectRefused('DEPTH_LIMIT_EXCEEDED', ANALYST, nested(limits.maxDepth + 1));
    expect(error.message).toBe(`The query nests 11 levels deep; at most ${limits.maxDepth} are allowed.`);
  });

  const aliased = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `a${i}: county(code: "01") { name }`).join(' ')} }`;

  test(`aliases: ${limits.maxAliases} are accepted, one more is refused`, async () => {
    expect((await expectAccepted(LEADERSHIP, aliased(limits.maxAliases))).errors).toBeUndefined();
    const error = await expectRefused('ALIAS_LIMIT_EXCEEDED', LEADERSHIP, aliased(limits.maxAliases + 1));
    expect(error.message).toMatch(/uses 21 aliases; at most 20/);
  });

  const directed = (count: number) => `{ nation { ${repeat(count, 'name @include(if: true)')} } }`;

  test(`directives: ${limits.maxDirectives} are accepted, one more is refused`, async () => {
    expect((await expectAccepted(LEADERSHIP, directed(limits.maxDirectives))).errors).toBeUndefined();
    await expectRefused('DIRECTIVE_LIMIT_EXCEEDED', LEADERSHIP, directed(limits.maxDirectives + 1));
  });

  // `{ nation { name } }` is six tokens; each further field is one more. (The fields alternate, since graphql-js
  // gives up validating hundreds of copies of one field.)
  const tokens = (count: number) =>
    `{ nation { ${Array.from({ length: count - 5 }, (_, i) => (i % 2 ? 'id' : 'name')).join(' ')} } }`;

  test(`tokens: ${limits.maxTokens} are accepted, one more is refused`, async () => {
    expect((await expectAccepted(LEADERSHIP, tokens(limits.maxTokens))).errors).toBeUndefined();
    const error = await expectRefused('TOKEN_LIMIT_EXCEEDED', LEADERSHIP, tokens(limits.maxTokens + 1));
    expect(error.message).toMatch(/at most 1000 tokens/);
  });
});

describe('a cost budget per role', () => {
  const schoolFields = (count: number) =>
    Array.from({ length: count }, (_, i) => ['id', 'name', 'unitCode', 'schoolForm'][i % 4]).join(' ');

  /**
   * Armor counts `{ schools(first: n) { nodes { …12 fields } } }` as n × (2 + 1.5 × (2 + 1.5 × 12)) = 32 n, so a
   * budget divisible by 32 is met exactly, and a `__typename` beside it (1) goes one over. Pages this large are
   * refused by the subgraphs (500 rows at most), but not by the budget, which is what is tested here.
   */
  function costing(cost: number, asVariable = false): { query: string; variables: Record<string, unknown> } {
    const first = Math.floor(cost / 32);
    const extra = cost - first * 32;
    expect(extra).toBeLessThanOrEqual(1);
    const page = asVariable ? '$first' : String(first);
    const query = `${asVariable ? 'query ($first: Int)' : ''} {
      schools(first: ${page}) { nodes { ${schoolFields(12)} } } ${extra ? '__typename' : ''} }`;
    return { query, variables: asVariable ? { first } : {} };
  }

  test(`leadership may spend ${limits.costBudget.leadership} on a query, not one more`, async () => {
    const atBudget = costing(limits.costBudget.leadership);
    await expectAccepted(LEADERSHIP, atBudget.query);
    const error = await expectRefused(
      'COST_LIMIT_EXCEEDED',
      LEADERSHIP,
      costing(limits.costBudget.leadership + 1).query,
    );
    expect(error.message).toMatch(/would cost 300001, more than the leadership role's budget of 300000/);
  });

  test(`an analyst may spend ${limits.costBudget.analyst}, not one more, with the page size as a variable`, async () => {
    const atBudget = costing(limits.costBudget.analyst, true);
    await expectAccepted(ANALYST, atBudget.query, atBudget.variables);
    const over = costing(limits.costBudget.analyst + 1, true);
    await expectRefused('COST_LIMIT_EXCEEDED', ANALYST, over.query, over.variables);
  });

  test('a query over the others’ budget is an analyst’s to run', async () => {
    // 500 × (2 + 1.5 × (2 + 1.5 × 270)) = 306,250.
    const query = `{ schools(first: 500) { nodes { ${schoolFields(270)} } } }`;
    const answer = await expectAccepted(ANALYST, query);
    expect(answer.errors).toBeUndefined();
    expect((answer.data as { schools: { nodes: unknown[] } }).schools.nodes.length).toBeGreaterThan(100);
    for (const user of [LEADERSHIP, regionalUser('17'), officeUser('UME')]) {
      await expectRefused('COST_LIMIT_EXCEEDED', user, query);
    }
  });
});

describe('what the graph tells about itself', () => {
  const introspection = '{ __schema { queryType { name } } }';

  test('introspection is for analysts only', async () => {
    const answer = await expectAccepted(ANALYST, introspection);
    expect(answer.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    for (const user of [LEADERSHIP, regionalUser('17'), officeUser('UME')]) {
      const error = await expectRefused('INTROSPECTION_DISABLED', user, introspection);
      expect(error.message).toMatch(/Only analysts may explore the schema/);
      await expectRefused('INTROSPECTION_DISABLED', user, '{ __type(name: "School") { name } }');
      expect((await platform().queryAs(user, '{ __typename }')).data).toEqual({ __typename: 'Query' });
    }
  });

  test('a misspelt field gets no suggestions, for analysts too', async () => {
    for (const user of [ANALYST, LEADERSHIP]) {
      const answer = await platform().queryAs(user, '{ nation { nam coutnies { code } } }');
      expect(answer.errors?.length).toBeGreaterThan(0);
      for (const error of answer.errors!) {
        expect(error.message).not.toMatch(/did you mean|"name"|"counties"/i);
        expect(JSON.stringify(error)).not.toMatch(/stack|exception|\n\s+at /i);
      }
    }
  });
});

describe('how requests arrive', () => {
  const url = () => `${platform().gatewayUrl}/graphql`;
  const bearer = async () => ({ authorization: `Bearer ${await testToken(ANALYST)}` });

  test('a batch (a JSON array of operations) is refused', async () => {
    const response = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await bearer()) },
      body: JSON.stringify([{ query: '{ nation { name } }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const answer = (await response.json()) as GraphQLResponse;
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0].message).toBeTruthy();
  });

  test('CSRF prevention: a request a plain form or link could send is refused; JSON posts are not', async () => {
    const get = (headers: Record<string, string>) =>
      fetch(`${url()}?query=${encodeURIComponent('{ nation { name } }')}`, { headers });
    const plainGet = await get(await bearer());
    expect(plainGet.status).toBe(403);
    expect(await plainGet.json()).toEqual({
      errors: [{ message: expect.stringMatching(/CSRF/), extensions: { code: 'BAD_REQUEST' } }],
    });
    expect((await get({ ...(await bearer()), 'x-graphql-yoga-csrf': '1' })).status).toBe(200);
    const form = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...(await bearer()) },
      body: JSON.stringify({ query: '{ nation { name } }' }),
    });
    expect(form.status).toBe(403);
    const json = await postGraphQL(url(), '{ nation { name } }', {}, await bearer());
    expect(json).toEqual({ status: 200, data: { nation: { name: expect.any(String) } } });
  });
});
