import { ANALYST, testToken, useTestPlatform } from '@lagesbild/test-utils';

// Requests a client got wrong, each answered with an HTTP status, a code and a message that says what is wrong, and
// none of them logged above info level: a client's mistake is not the operator's problem.

const gatewayLines: string[] = [];
const platform = useTestPlatform({
  // Low limits, so that one small query meets each of them.
  env: { LOG_LEVEL: 'info', QUERY_MAX_DEPTH: '3', ANALYST_QUERY_COST_BUDGET: '20' },
  print: (line) => {
    if (line.startsWith('[gateway]')) gatewayLines.push(line.slice('[gateway] '.length));
  },
});

interface MalformedRequest {
  name: string;
  method?: 'GET' | 'POST';
  /** A JSON body (serialised here), or a raw body when a string. */
  body?: unknown;
  /** Search parameters of a GET. */
  search?: Record<string, string>;
  headers?: Record<string, string>;
  status: number;
  code: string;
  message: string | RegExp;
}

const COUNTY_QUERY = '{ county(code: "17") { name } }';

const table: MalformedRequest[] = [
  {
    name: 'a variable of the wrong type',
    body: {
      query: 'query ($inCounty: Boolean!) { county(code: "17") @include(if: $inCounty) { name } }',
      variables: { inCounty: '17' },
    },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: 'Variable "$inCounty" got invalid value "17"; Boolean cannot represent a non boolean value: "17"',
  },
  {
    name: 'a required variable left out',
    body: { query: 'query ($code: ID!) { county(code: $code) { name } }', variables: {} },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: 'Variable "$code" of required type "ID!" was not provided.',
  },
  {
    name: 'a variable used but not declared',
    body: { query: '{ county(code: $code) { name } }', variables: { code: '17' } },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Variable "$code" is not defined.',
  },
  {
    name: 'an unknown operation name',
    body: { query: 'query County { county(code: "17") { name } }', operationName: 'Counties' },
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: 'Unknown operation named "Counties".',
  },
  {
    name: 'several operations and no operation name',
    body: { query: `query A ${COUNTY_QUERY} query B ${COUNTY_QUERY}` },
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: 'Must provide operation name if query contains multiple operations.',
  },
  {
    name: 'a document without an operation',
    body: { query: 'fragment Name on County { name }' },
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: 'Must provide an operation.',
  },
  {
    name: 'a syntax error',
    body: { query: '{ county(code: "17") { name }' },
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: 'Syntax Error: Expected Name, found <EOF>.',
  },
  {
    name: 'a field the graph does not have',
    body: { query: '{ county(code: "17") { population } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Cannot query field "population" on type "County".',
  },
  {
    name: 'an argument of the wrong type',
    body: { query: '{ county(code: 17.5) { name } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'ID cannot represent a non-string and non-integer value: 17.5',
  },
  {
    name: 'a subscription, which the graph does not serve',
    body: { query: 'subscription { county(code: "17") { name } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'The subscription operation is not supported by the schema.',
  },
  {
    name: 'a body that is not JSON',
    body: '{"query": "{ __typename }"',
    status: 400,
    code: 'BAD_REQUEST',
    message: 'POST body sent invalid JSON.',
  },
  {
    name: 'an empty body',
    body: '',
    status: 400,
    code: 'BAD_REQUEST',
    message: /body/i,
  },
  {
    name: 'a query that is not a string',
    body: { query: 42 },
    status: 400,
    code: 'BAD_REQUEST',
    message: 'Expected "query" param to be a string, but given number.',
  },
  {
    name: 'variables that are not an object',
    body: { query: COUNTY_QUERY, variables: 'code=17' },
    status: 400,
    code: 'BAD_REQUEST',
    message: 'Expected "variables" param to be empty or an object, but given string.',
  },
  {
    name: 'an operation name that is not a string',
    body: { query: COUNTY_QUERY, operationName: 7 },
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: 'Expected "operationName" param to be a string, but given number.',
  },
  {
    name: 'a batch of operations, which the gateway does not take',
    body: [{ query: COUNTY_QUERY }, { query: COUNTY_QUERY }],
    status: 400,
    code: 'BAD_REQUEST',
    message: /batch/i,
  },
  {
    name: 'a body of the wrong content type',
    body: COUNTY_QUERY,
    headers: { 'content-type': 'text/plain' },
    status: 403,
    code: 'BAD_REQUEST',
    message: /CSRF/,
  },
  {
    name: 'a GET without the CSRF header',
    method: 'GET',
    search: { query: COUNTY_QUERY },
    status: 403,
    code: 'BAD_REQUEST',
    message: /CSRF/,
  },
  {
    name: 'a mutation sent with GET',
    method: 'GET',
    search: { query: 'mutation { recordFollowUp(input: {}) { id } }' },
    headers: { 'x-graphql-yoga-csrf': '1' },
    status: 405,
    code: 'BAD_REQUEST',
    message: 'Can only perform a mutation operation from a POST request.',
  },
  {
    name: 'a query deeper than the depth limit',
    body: { query: '{ county(code: "17") { municipalities { county { municipalities { name } } } } }' },
    status: 400,
    code: 'DEPTH_LIMIT_EXCEEDED',
    message: 'The query nests 5 levels deep; at most 3 are allowed.',
  },
  {
    name: 'a query over the cost budget',
    body: {
      query: `{ ${Array.from({ length: 8 }, (_, i) => `c${i}: counties(first: 21) { nodes { name } }`).join(' ')} }`,
    },
    status: 400,
    code: 'COST_LIMIT_EXCEEDED',
    message: /cost/i,
  },
];

async function send(request: MalformedRequest): Promise<Response> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${await testToken(ANALYST)}`,
    // The GraphQL-over-HTTP media type, under which the status tells a request error (4xx) from an answer.
    accept: 'application/graphql-response+json',
    ...(request.method === 'GET' ? {} : { 'content-type': 'application/json' }),
    ...request.headers,
  };
  if (request.method === 'GET') {
    const search = new URLSearchParams(request.search).toString();
    return fetch(`${platform().gatewayUrl}/graphql?${search}`, { headers });
  }
  const body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  return fetch(`${platform().gatewayUrl}/graphql`, { method: 'POST', headers, body });
}

describe.each(table)('$name', (request) => {
  test(`is answered ${request.status} with ${request.code}`, async () => {
    const response = await send(request);
    const answer = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: object }[] };
    expect(answer.errors).toHaveLength(1);
    const [error] = answer.errors!;
    expect({ status: response.status, code: (error.extensions as { code?: string }).code }).toEqual({
      status: request.status,
      code: request.code,
    });
    expect(error.message).toEqual(
      typeof request.message === 'string' ? request.message : expect.stringMatching(request.message),
    );
    expect(answer.data ?? null).toBeNull();
    // Nothing of the gateway's inside: no stack, no subgraph call.
    expect(Object.keys(error.extensions ?? {})).toEqual(['code']);
    expect(JSON.stringify(error)).not.toMatch(/stack|\n\s+at /i);
  });
});

test('the gateway logs none of these requests above info level', async () => {
  // Each request of the table once more, now that the log lines before it are known: a line at warn (40) or above
  // after this point came from one of them.
  // The gateway's own lines reach this file (its start is logged at info), so an empty list below means silence.
  expect(gatewayLines.length).toBeGreaterThan(0);
  const before = gatewayLines.length;
  for (const request of table) await (await send(request)).text();
  // The gateway's last line about the last request: a sign that it has written what it had to say about them.
  await (await send({ ...table[0], name: 'again' })).text();
  const levels = gatewayLines.slice(before).map((line) => {
    const parsed = JSON.parse(line) as { level?: number; msg?: string };
    return { level: parsed.level ?? 0, msg: parsed.msg };
  });
  expect(levels.filter(({ level }) => level >= 40)).toEqual([]);
});
