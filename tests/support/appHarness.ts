import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { Backend } from '../../electron/core/backend.js';
import { dispatch } from '../../electron/core/dispatcher.js';
import type { ShellEvent } from '#shared/ipc/contract.js';
import { launchChromium } from './chromium.js';
import { rendererDist, tempDir, testResultsDir } from './paths.js';
import { TestHost } from './testHost.js';

const appOrigin = 'http://rembug.test';
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface AppHarness {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  backend: Backend;
  host: TestHost;
  userDataDir: string;
  /** Every request the renderer made outside the app's own files. */
  outsideRequests: string[];
  emit(event: ShellEvent): Promise<void>;
  /** The shell's side of closing: sends `closeRequested`, as the window's close button or quitting would. */
  requestClose(): Promise<void>;
  /** The page's answers to close requests so far (`wait`, `close`), in order. */
  closeAnswers: string[];
  /** Holds every `exercise.save` until the returned function is called: a save in flight, for as long as a test needs. */
  holdSaves(): () => void;
  screenshot(name: string): Promise<string>;
  /**
   * The projector's audience window, as the shell opens it on a second display: a second
   * page (`index.html#audience`) on the same backend, sent every wall change as the shell
   * sends it (the `wall` event); the presenter's page is told an audience window is open.
   */
  openAudience(): Promise<Page>;
  /** Loads the app again, as after a restart, keeping user data (and the open file in the backend closed). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real renderer in headless Chromium, its `window.rembug` bridged to a real Backend
 * (real SQLite files) through the same dispatcher the Electron shell uses. The app's
 * files are served from a routed origin; any other request is refused and recorded.
 */
export async function startApp(options: { userDataDir?: string; rendererDir?: string } = {}): Promise<AppHarness> {
  const rendererDir = options.rendererDir ?? rendererDist;
  if (!fs.existsSync(path.join(rendererDir, 'index.html')))
    throw new Error('dist/renderer is missing: run `npm run build:renderer` (npm test does it first)');
  const userDataDir = options.userDataDir ?? tempDir('userdata');
  const host = new TestHost(userDataDir);
  let backend = new Backend(host);
  const browser = await launchChromium();
  host.browser = browser;
  const outsideRequests: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'id-ID' });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${appOrigin}/`)) {
      outsideRequests.push(url);
      await route.abort('blockedbyclient');
      return;
    }
    const relative = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '');
    const file = path.resolve(rendererDir, relative || 'index.html');
    if (!file.startsWith(rendererDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      await route.fulfill({ status: 404, body: 'not found' });
      return;
    }
    await route.fulfill({
      status: 200,
      body: fs.readFileSync(file),
      headers: { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' },
    });
  });
  const closeAnswers: string[] = [];
  let saveHold: Promise<void> | null = null;
  // Messages cross as JSON text, as near as a test gets to Electron's IPC (a structured
  // clone, a few milliseconds for a large map): Playwright's own serialising of a binding's
  // objects takes about half a second for a 2,000-object map, which the bench of opening a
  // canvas would count against the app. Both ways, a message is wrapped ({ v }) so that
  // `undefined` stays so.
  await context.exposeBinding('__rembugInvoke', async (_source, channel: unknown, message: string) => {
    if (channel === 'exercise.save' && saveHold) await saveHold;
    const input = (JSON.parse(message) as { v?: unknown }).v;
    return JSON.stringify({ v: await dispatch(backend.handlers, channel, input) });
  });
  await context.exposeBinding('__rembugAnswerClose', (_source, answer: unknown) => {
    closeAnswers.push(String(answer));
  });
  await context.addInitScript(() => {
    type Listener = (event: unknown) => void;
    const listeners = new Set<Listener>();
    const w = window as unknown as {
      __rembugInvoke: (c: string, message: string) => Promise<string>;
      __rembugAnswerClose: (answer: string) => Promise<void>;
      __rembugEmit: (e: unknown) => void;
      rembug: unknown;
    };
    w.__rembugEmit = (event) => listeners.forEach((l) => l(event));
    w.rembug = {
      invoke: async (channel: string, input: unknown) =>
        (JSON.parse(await w.__rembugInvoke(channel, JSON.stringify({ v: input }))) as { v?: unknown }).v,
      onEvent: (listener: Listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      answerClose: (answer: string) => void w.__rembugAnswerClose(answer),
    };
  });
  const pageErrors: string[] = [];
  const watchErrors = (target: Page): void => {
    target.setDefaultTimeout(10_000);
    target.on('pageerror', (e) => pageErrors.push(String(e)));
    target.on('console', (m) => {
      if (m.type() === 'error' && m.text().startsWith('missing translation')) pageErrors.push(m.text());
      // The page's Content-Security-Policy (no inline styles or scripts) must refuse nothing the app does.
      if (m.type() === 'error' && m.text().includes('Content Security Policy')) pageErrors.push(m.text());
    });
  };
  const page = await context.newPage();
  watchErrors(page);
  await page.goto(`${appOrigin}/index.html`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  fs.mkdirSync(testResultsDir, { recursive: true });
  const emitTo = async (target: Page, event: ShellEvent): Promise<void> => {
    await target.evaluate((e) => (window as unknown as { __rembugEmit: (e: unknown) => void }).__rembugEmit(e), event);
  };
  // The shell's audience window (electron/audience.ts): the backend's wall changes go to the
  // pages as the shell sends them; again to a new backend after a restart.
  let audienceOpen = false;
  // Wall changes go through a raw DevTools session per page, one message each way, as near
  // as a test gets to the shell's one IPC message (page.evaluate adds Playwright's own
  // round trips, about 10 ms, which the bench of edit-to-wall would count against the app).
  const wallChannels = new Map<Page, Promise<CDPSession>>();
  const emitWall = async (target: Page, event: ShellEvent): Promise<void> => {
    let channel = wallChannels.get(target);
    if (!channel) wallChannels.set(target, (channel = context.newCDPSession(target)));
    await (await channel).send('Runtime.evaluate', { expression: `window.__rembugEmit(${JSON.stringify(event)})` });
  };
  const relayWall = (): void => {
    backend.wall.setAudienceOpen(true);
    backend.wall.onChange((state) => {
      for (const target of context.pages()) void emitWall(target, { type: 'wall', state }).catch(() => undefined);
    });
  };

  const harness: AppHarness = {
    browser,
    context,
    page,
    get backend() {
      return backend;
    },
    host,
    userDataDir,
    outsideRequests,
    emit: (event) => emitTo(page, event),
    requestClose: () => harness.emit({ type: 'closeRequested' }),
    closeAnswers,
    holdSaves: () => {
      let release = (): void => undefined;
      saveHold = new Promise((resolve) => {
        release = () => {
          saveHold = null;
          resolve();
        };
      });
      return release;
    },
    screenshot: async (name) => {
      const file = path.join(testResultsDir, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    restart: async () => {
      backend.openFile?.close();
      backend = new Backend(host);
      if (audienceOpen) relayWall();
      await page.reload();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    },
    openAudience: async () => {
      const audience = await context.newPage();
      watchErrors(audience);
      if (!audienceOpen) relayWall();
      audienceOpen = true;
      await audience.goto(`${appOrigin}/index.html#audience`);
      await audience.locator('.audience').first().waitFor();
      await harness.emit({ type: 'audience', open: true });
      return audience;
    },
    close: async () => {
      backend.openFile?.close();
      await browser.close();
      if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join('\n')}`);
      // Offline, always: any request outside the app's own files fails the test file.
      if (outsideRequests.length > 0)
        throw new Error(`the renderer asked the network for: ${outsideRequests.join(', ')}`);
    },
  };
  return harness;
}

/**
 * Opens the bundled sample from the start screen and its FGD session, as a new user
 * would; returns the session's id.
 */
export async function openSampleSession(app: AppHarness): Promise<string> {
  await app.page.getByRole('button', { name: /Buka contoh/ }).click();
  await app.page.getByText('FGD pemetaan kelembagaan').click();
  return (await app.backend.handlers['community.current']({}))!.sessions.find(
    (s) => s.title === 'FGD pemetaan kelembagaan',
  )!.id;
}

/**
 * Takes the sample back to where the plan was made: deletes its sessions that hold any of
 * `types` (the sample goes on with indicators, monitoring, successes and an evaluation), so
 * a test can make them again as a facilitator would, without the sample's own copies.
 */
export async function sampleBefore(app: AppHarness, types: readonly string[]): Promise<void> {
  const community = (await app.backend.handlers['community.current']({}))!;
  for (const s of community.sessions) {
    const { exercises } = await app.backend.handlers['session.get']({ id: s.id });
    if (exercises.some((e) => types.includes(e.type))) await app.backend.handlers['session.delete']({ id: s.id });
  }
}
