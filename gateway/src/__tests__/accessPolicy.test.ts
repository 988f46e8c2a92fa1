import { AUDIENCE, DEV_ISSUER, issueDevToken, signSubgraphRequest } from '@lagesbild/auth';
import { COUNTIES } from '@lagesbild/reference-data';
import {
  ADMIN,
  ANALYST,
  officeUser,
  postGraphQL,
  postToSubgraph,
  regionalUser,
  testIdentity,
  useTestPlatform,
  type TestUser,
} from '@lagesbild/test-utils';
import { schemaDir } from '@lagesbild/platform';
import { generateKeyPair, SignJWT } from 'jose';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { areaCodes } from './areaCodes';

// Issue #5's policy suite: who may read and write what, through the gateway and straight at the subgraphs.

const platform = useTestPlatform();
const subgraphUrl = (name: string) => platform().subgraphs.find((subgraph) => subgraph.name === name)!.url;
const namedOperation = (name: string) => readFileSync(path.join(schemaDir, 'operations', `${name}.graphql`), 'utf8');

/** A token that claims to come from the development issuer, signed with another key. */
async function forgedToken(): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256');
  return new SignJWT({ role: 'leadership' })
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer(DEV_ISSUER)
    .setAudience(AUDIENCE)
    .setSubject('intruder')
    .setExpirationTime('1h')
    .sign(privateKey);
}

const codes = (errors?: { extensions?: Record<string, unknown> }[]) => (errors ?? []).map((e) => e.extensions?.code);

describe('sign-in', () => {
  test('without a token, with a forged one or an expired one, the graph answers 401 UNAUTHENTICATED', async () => {
    const url = `${platform().gatewayUrl}/graphql`;
    const expired = await issueDevToken(process.env.LAGESBILD_TEST_DATA_DIR as string, {
      role: 'leadership',
      expiresIn: '-1m',
    });
    for (const headers of <Record<string, string>[]>[
      {},
      { authorization: `Bearer ${await forgedToken()}` },
      { authorization: `Bearer ${expired}` },
      { authorization: 'Basic dXNlcjpwYXNz' },
    ]) {
      const answer = await postGraphQL(url, '{ nation { name } }', {}, headers);
      expect(answer.status).toBe(401);
      expect(codes(answer.errors)).toEqual(['UNAUTHENTICATED']);
      expect(answer.data).toBeUndefined();
    }
    expect((await fetch(`${platform().gatewayUrl}/healthz`)).status).toBe(200);
  });
});

describe('a trusted gateway', () => {
  test('a subgraph refuses requests the gateway did not sign, _service and _entities included', async () => {
    for (const { name } of platform().subgraphs) {
      const url = subgraphUrl(name);
      const unsigned = await postGraphQL(url, '{ _service { sdl } }');
      expect({ name, status: unsigned.status }).toEqual({ name, status: 401 });
      const body = JSON.stringify({ query: '{ _entities(representations: []) { __typename } }' });
      const wrongSecret = signSubgraphRequest('x'.repeat(43), testIdentity(ANALYST), body);
      const forged = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...wrongSecret },
        body,
      });
      expect({ name, status: forged.status }).toEqual({ name, status: 401 });
      // A signature is for one body: the same headers with another query are refused.
      const rightSecret = signSubgraphRequest(process.env.SUBGRAPH_SIGNING_SECRET!, testIdentity(ANALYST), body);
      const swapped = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...rightSecret },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      expect({ name, status: swapped.status }).toEqual({ name, status: 401 });
    }
  });
});

describe('a regional manager reads only their counties', () => {
  // Every county, each with its own manager, and one manager of two counties.
  const managers: [string, TestUser][] = [
    ...COUNTIES.map((county): [string, TestUser] => [county.code, regionalUser(county.code)]),
    ['10+12', regionalUser('10', '12')],
  ];

  test.each(managers)('the named operations, for the manager of %s', async (_label, user) => {
    const own = new Set(user.counties);
    const overview = await platform().queryAs<{ nation: { counties: { code: string }[]; coverage: unknown } }>(
      user,
      namedOperation('NationalOverview'),
    );
    expect(overview.data?.nation.counties.map((county) => county.code).sort()).toEqual([...own].sort());
    // The national figures are not theirs to read.
    expect(overview.data?.nation.coverage ?? null).toBeNull();
    for (const code of COUNTIES.map((county) => county.code)) {
      const detail = await platform().queryAs(user, namedOperation('CountyDetail'), { county: code });
      const found = areaCodes(detail.data);
      if (own.has(code)) {
        expect(detail.errors).toBeUndefined();
        expect([...found.counties].every((county) => own.has(county))).toBe(true);
      } else {
        expect(codes(detail.errors)).toContain('FORBIDDEN');
        expect(found.counties.size).toBe(0);
      }
    }
  });

  test('ad-hoc queries with aliases, fragments and nested lists reach nothing outside the scope', async () => {
    const user = regionalUser('17');
    const answer = await platform().queryAs(
      user,
      `fragment Unit on School { id county { code } municipality { code } }
       query {
         schools(first: 500) { nodes { ...Unit } }
         organisers(first: 500) { nodes { id schools { ...Unit } } }
         mine: counties { nodes { code municipalities { code } } }
         municipalities(first: 500) { nodes { code } }
         nation { counties { code scope: coverage { schools } } }
       }`,
    );
    expect(answer.errors).toBeUndefined();
    const found = areaCodes(answer.data);
    expect([...found.counties]).toEqual(['17']);
    const other = await platform().queryAs(user, `{ a: county(code: "17") { code } b: county(code: "01") { code } }`);
    expect(other.data).toEqual({ a: { code: '17' }, b: null });
    expect(other.errors).toMatchObject([{ path: ['b'], extensions: { code: 'FORBIDDEN' } }]);
  });

  test('_entities straight at the subgraphs, signed for the manager, with keys of another county, gives nothing', async () => {
    const user = regionalUser('17');
    const schools = await platform().query<{ schools: { nodes: { id: string; county: { code: string } }[] } }>(
      `{ schools(first: 200, filter: { countyCode: "01" }) { nodes { id county { code } } } }`,
    );
    const foreign = schools.data!.schools.nodes.slice(0, 20);
    expect(foreign.length).toBeGreaterThan(0);
    const answer = await postToSubgraph<{ _entities: unknown[] }>(
      subgraphUrl('schools'),
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on School { id name } ... on County { code } } }`,
      {
        r: [
          ...foreign.map((school) => ({ __typename: 'School', id: school.id })),
          { __typename: 'County', code: '01' },
        ],
      },
      user,
    );
    expect(answer.data!._entities.every((entity) => entity === null)).toBe(true);
    for (const name of ['interventions', 'outcomes']) {
      const areas = await postToSubgraph<{ _entities: unknown[] }>(
        subgraphUrl(name),
        `query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
        {
          r: [
            { __typename: 'County', code: '01', scope: { schools: [], organisers: [] } },
            { __typename: 'Nation', id: 'SE' },
          ],
        },
        user,
      );
      expect({ name, entities: areas.data?._entities }).toEqual({ name, entities: [null, null] });
    }
  });
});

describe('writes', () => {
  const CREATE = `mutation ($input: NewInterventionInput!) { createIntervention(input: $input) { id } }`;
  const input = (officeId: string) => ({
    kind: 'ADVICE',
    origin: 'OUTREACH',
    organiserId: '00000000-0000-0000-0000-000000000000',
    officeId,
  });

  test.each([ANALYST, regionalUser('17'), ADMIN])('%j may not record interventions', async (user) => {
    const answer = await platform().queryAs(user, CREATE, { input: input('UME') });
    expect(codes(answer.errors)).toEqual(['FORBIDDEN']);
  });

  test('office staff may not record interventions for another office', async () => {
    // An organiser in Malmö's area, which Malmö's staff may see, recorded as if for Umeå's office.
    const organisers = await platform().query<{ organisers: { nodes: { id: string }[] } }>(
      `{ organisers(first: 1, filter: { municipalityCode: "1280" }) { nodes { id } } }`,
    );
    const organiserId = organisers.data!.organisers.nodes[0].id;
    const answer = await platform().queryAs(officeUser('MAL'), CREATE, { input: { ...input('UME'), organiserId } });
    expect(codes(answer.errors)).toEqual(['FORBIDDEN']);
    expect(answer.errors![0].message).toMatch(/UME/);
  });

  test.each([ANALYST, officeUser('UME'), regionalUser('17')])('%j may not import', async (user) => {
    const answer = await platform().queryAs(
      user,
      `mutation ($f: String!) { importSchools(fileBase64: $f) { committed } }`,
      {
        f: Buffer.from('unit_code\n').toString('base64'),
      },
    );
    expect(codes(answer.errors)).toEqual(['FORBIDDEN']);
  });
});
