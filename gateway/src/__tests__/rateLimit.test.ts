import { ANALYST, LEADERSHIP, postGraphQL, testToken, useTestPlatform } from '@lagesbild/test-utils';

// Issue #5's rate limit per user, on a platform of its own with a limit low enough to reach.

const platform = useTestPlatform({ env: { RATE_LIMIT_REQUESTS: '5', RATE_LIMIT_WINDOW_SECONDS: '600' } });

test('a user over the limit gets 429 RATE_LIMITED with a sentence; other users go on', async () => {
  const url = `${platform().gatewayUrl}/graphql`;
  const headers = { authorization: `Bearer ${await testToken(LEADERSHIP)}` };
  for (let i = 0; i < 5; i++) {
    expect(await postGraphQL(url, '{ nation { name } }', {}, headers)).toMatchObject({ status: 200 });
  }
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ nation { name } }' }),
  });
  expect(response.status).toBe(429);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(await response.json()).toEqual({
    errors: [
      {
        message: expect.stringMatching(/^Too many requests: at most 5 every 600 seconds per user\. Try again in \d+ s/),
        extensions: { code: 'RATE_LIMITED' },
      },
    ],
  });
  // The limit is the user's, not the gateway's: an analyst still gets answers.
  expect(await platform().queryAs(ANALYST, '{ nation { name } }')).toMatchObject({ status: 200 });
});

test('requests without a valid token do not count against anyone', async () => {
  const url = `${platform().gatewayUrl}/graphql`;
  for (let i = 0; i < 10; i++) expect((await postGraphQL(url, '{ nation { name } }')).status).toBe(401);
  const user = { role: 'office' as const, office: 'UME' };
  expect(await platform().queryAs(user, '{ nation { name } }')).toMatchObject({ status: 200 });
});
