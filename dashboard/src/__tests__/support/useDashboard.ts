import { useTestPlatform, type TestPlatform } from '@lagesbild/test-utils';
import { launchBrowser, type Browser } from './browser';
import { signInAs, type DemoUser } from './signIn';

/**
 * A test file's platform (whose gateway serves the built dashboard) and browser, started before its tests and
 * stopped after them; the browser is signed in as `user` when one is given. The gateway enforces trusted documents,
 * as it does by default in production, so every page shows that the dashboard works by ids alone.
 */
export function useDashboard(user?: DemoUser): {
  platform: () => TestPlatform;
  browser: () => Browser;
  url: (path: string) => string;
} {
  const platform = useTestPlatform({ env: { TRUSTED_DOCUMENTS: 'on' } });
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    if (user) await signInAs(browser.page, platform().gatewayUrl, user);
  }, 60_000);
  afterAll(async () => {
    await browser?.stop();
  });
  return {
    platform,
    browser: () => {
      if (!browser) throw new Error('The browser did not start; see the beforeAll error.');
      return browser;
    },
    url: (path) => `${platform().gatewayUrl}${path}`,
  };
}
