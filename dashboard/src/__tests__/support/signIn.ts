import type { Page } from 'playwright-core';

/**
 * Signs the browser in as a demo user. With the gateway's sign-in (GET /auth/demo-users answers) the token is a
 * real one from POST /auth/demo-token; without it (sign-in not enforced yet) the token is an unsigned one with the
 * same claims, which the graph ignores and the dashboard reads, so the UI's own limits are still tested.
 */
export interface DemoUser {
  id: string;
  role: string;
  counties?: string[];
  office?: string;
}

export async function signInAs(page: Page, gatewayUrl: string, user: DemoUser): Promise<void> {
  const listing = await fetch(`${gatewayUrl}/auth/demo-users`);
  let token: string;
  if (listing.status === 404) {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = { sub: user.id, role: user.role, counties: user.counties, office: user.office, name: user.id };
    token = `${encode({ alg: 'none' })}.${encode({ ...claims, exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
  } else {
    const response = await fetch(`${gatewayUrl}/auth/demo-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: user.id }),
    });
    token = ((await response.json()) as { token: string }).token;
  }
  await page.goto(`${gatewayUrl}/logga-in`);
  await page.evaluate((value) => window.sessionStorage.setItem('lagesbild.token', value), token);
}
