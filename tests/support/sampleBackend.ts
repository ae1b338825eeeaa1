import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildSampleCommunity } from '../../electron/core/sample/sampleCommunity.js';
import { launchChromium } from './chromium.js';
import { makeBackend } from './coreFixtures.js';

/**
 * A backend with the sample village's file (built fresh) open and a Chromium to print its
 * PDFs, for the describe block it is called in (it registers its own beforeAll/afterAll).
 * `sessionNamed` reads one of the sample's sessions by its title.
 */
export function sampleCommunityBackend() {
  const fixture = makeBackend();
  const { call, host, dir } = fixture;
  let browser: Browser | undefined;
  const sessionNamed = async (title: string) => {
    const open = await call('community.current', {});
    const summary = open!.sessions.find((s) => s.title === title)!;
    return call('session.get', { id: summary.id });
  };

  beforeAll(async () => {
    const file = path.join(dir, 'sukamaju.rembug');
    buildSampleCommunity(file);
    host.openPaths.push(file);
    await call('community.openDialog', {});
    browser = await launchChromium();
    host.browser = browser;
  });
  afterAll(async () => {
    await browser?.close();
  });
  return { ...fixture, sessionNamed };
}
