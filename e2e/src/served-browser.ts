import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startServedApp } from './served-app';

export interface ServedBrowser {
  served: Awaited<ReturnType<typeof startServedApp>>;
  browser: Browser;
}

/**
 * Serves the real app and launches Chromium before the file's tests and closes both after them.
 * The fields are filled in once the tests run: read them inside tests and hooks, not at the top of the file.
 */
export function servedBrowser(): ServedBrowser {
  const setup = {} as ServedBrowser;
  beforeAll(async () => {
    setup.served = await startServedApp();
    setup.browser = await launchChromium();
  });
  afterAll(async () => {
    await setup.browser?.close();
    await setup.served?.app.close();
  });
  return setup;
}
