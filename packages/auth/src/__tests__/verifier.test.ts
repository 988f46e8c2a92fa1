import { generateKeyPair, importJWK, SignJWT } from 'jose';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AUDIENCE, DEV_ISSUER, devJwks, issueDevToken } from '../devIssuer';
import { createVerifier } from '../verifier';

let dataDir: string;
let verify: (token: string) => ReturnType<ReturnType<typeof createVerifier>>;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'lagesbild-auth-'));
  verify = createVerifier({ issuer: DEV_ISSUER, audience: AUDIENCE, jwks: await devJwks(dataDir) });
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('a development token for a regional manager reads as that user', async () => {
  const user = await verify(await issueDevToken(dataDir, { role: 'regional', counties: ['17', '03'] }));
  expect(user).toMatchObject({ role: 'regional', counties: ['03', '17'], officeId: null });
  expect(user.subject).toBe('demo-regional-17-03');
});

test('an office user’s office is read, upper-cased', async () => {
  const user = await verify(await issueDevToken(dataDir, { role: 'office', office: 'ume' }));
  expect(user).toMatchObject({ role: 'office', officeId: 'UME', counties: [] });
});

async function signed(
  claims: Record<string, unknown>,
  options: { issuer?: string; audience?: string; exp?: number; key?: 'own' | 'other' } = {},
) {
  const other = await generateKeyPair('ES256');
  const { kid } = (await devJwks(dataDir)).keys[0];
  const ownKey = JSON.parse(readFileSync(path.join(dataDir, 'dev-issuer.json'), 'utf8')).privateJwk;
  const key = options.key === 'other' ? other.privateKey : await importJWK(ownKey, 'ES256');
  return new SignJWT({ role: 'leadership', ...claims })
    .setProtectedHeader({ alg: 'ES256', kid })
    .setIssuer(options.issuer ?? DEV_ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setSubject('someone')
    .setExpirationTime(options.exp ?? Math.floor(Date.now() / 1000) + 600)
    .sign(key);
}

test.each([
  ['an expired token', () => signed({}, { exp: Math.floor(Date.now() / 1000) - 60 }), /has expired/],
  ['a forged token (another key, same key id)', () => signed({}, { key: 'other' }), /signature is not valid/],
  ['a token from another issuer', () => signed({}, { issuer: 'https://evil.example' }), /not for this service \(iss/],
  ['a token for another audience', () => signed({}, { audience: 'another-service' }), /not for this service \(aud/],
  ['a token without a known role', () => signed({ role: 'superuser' }), /names no known role/],
  ['a regional token without counties', () => signed({ role: 'regional' }), /must name the counties/],
  ['a token naming an unknown county', () => signed({ role: 'regional', counties: ['02'] }), /unknown counties: 02/],
  ['an office token without an office', () => signed({ role: 'office' }), /must name a valid office/],
  ['something that is not a token', async () => 'not-a-token', /could not be read/],
])('%s is refused as UNAUTHENTICATED, with a reason', async (_name, token, message) => {
  await expect(verify(await token())).rejects.toMatchObject({
    code: 'UNAUTHENTICATED',
    message: expect.stringMatching(message),
  });
});

test('a remembered token is refused once it expires', async () => {
  const exp = Math.floor(Date.now() / 1000) + 2;
  const token = await signed({}, { exp });
  await expect(verify(token)).resolves.toMatchObject({ role: 'leadership' });
  await expect(verify(token)).resolves.toMatchObject({ role: 'leadership' });
  await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
  await expect(verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: /has expired/ });
});

test('a token altered after it was remembered is checked, not taken on trust', async () => {
  const token = await signed({ role: 'regional', counties: ['17'] });
  await verify(token);
  const [header, , signature] = token.split('.');
  const widened = Buffer.from(JSON.stringify({ role: 'leadership', sub: 'someone' })).toString('base64url');
  await expect(verify(`${header}.${widened}.${signature}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
});
