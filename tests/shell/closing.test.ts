import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { makeBackend, village } from '../support/coreFixtures.js';
import { tempDir } from '../support/paths.js';

vi.mock('electron', async () => (await import('./fakeElectron.js')).fakeElectronModule());
const { FakeBrowserWindow, fakeEvent, recorded, sendToMain } = await import('./fakeElectron.js');
const { closeAnswerTimeoutMs, guardClosing } = await import('../../electron/closing.js');

const appPage = { parent: null, url: 'app://rembug/index.html' };
/** The events of one type the shell sent the page. */
const sentEvents = (window: InstanceType<typeof FakeBrowserWindow>, type: string) =>
  window.webContents.sent.filter((m) => m.channel === 'rembug:event' && (m.payload as { type: string }).type === type)
    .length;
const closeRequests = (window: InstanceType<typeof FakeBrowserWindow>) => sentEvents(window, 'closeRequested');
/** The page's answer, as its preload sends it. */
const answer = (window: InstanceType<typeof FakeBrowserWindow>, value: unknown, frame: unknown = appPage) =>
  sendToMain('rembug:close', { sender: window.webContents, senderFrame: frame }, value);

function guardedWindow() {
  const window = new FakeBrowserWindow({});
  guardClosing(window as never);
  return window;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('closing the window asks the page first', () => {
  it('the close is held back and the page is asked; its "close" lets the window go', () => {
    const window = guardedWindow();
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(closeRequests(window)).toBe(1);
    answer(window, 'wait');
    expect(window.isDestroyed()).toBe(false);
    answer(window, 'close');
    expect(window.isDestroyed()).toBe(true);
  });

  it('only the app page of this window may answer, only with a known answer, only when asked', () => {
    const window = guardedWindow();
    answer(window, 'close');
    expect(window.isDestroyed()).toBe(false); // nobody asked yet
    window.close();
    answer(window, 'close', { parent: {}, url: 'app://rembug/index.html' }); // a subframe
    answer(window, 'close', { parent: null, url: 'https://example.org/' }); // another origin
    answer(window, 'close', null);
    answer(window, 'please');
    answer(window, { toString: () => 'close' });
    const other = new FakeBrowserWindow({});
    sendToMain('rembug:close', { sender: other.webContents, senderFrame: appPage }, 'close');
    expect(window.isDestroyed()).toBe(false);
    answer(window, 'close');
    expect(window.isDestroyed()).toBe(true);
  });

  it('the page that says "wait" (saving, or asking the user) keeps the window as long as it needs', () => {
    vi.useFakeTimers();
    const window = guardedWindow();
    window.close();
    answer(window, 'wait');
    vi.advanceTimersByTime(closeAnswerTimeoutMs * 10);
    expect(window.isDestroyed()).toBe(false);
    // The user chose "Batal"; a later close asks again.
    window.close();
    expect(closeRequests(window)).toBe(2);
    answer(window, 'close');
    expect(window.isDestroyed()).toBe(true);
  });

  it('a hung page that never answers does not make the app unclosable', () => {
    vi.useFakeTimers();
    const window = guardedWindow();
    window.close();
    window.close(); // pressed twice: one bound, not two
    vi.advanceTimersByTime(closeAnswerTimeoutMs - 1);
    expect(window.isDestroyed()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(window.isDestroyed()).toBe(true);
  });

  it('a crashed page is not waited for', () => {
    const asked = guardedWindow();
    asked.close();
    asked.webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed' });
    expect(asked.isDestroyed()).toBe(true);
    const gone = guardedWindow();
    gone.webContents.emit('render-process-gone', fakeEvent(), { reason: 'killed' });
    gone.close();
    expect(gone.isDestroyed()).toBe(true);
    expect(closeRequests(gone)).toBe(0);
  });

  it('a close the page allowed but its beforeunload held: the next close asks the page again', () => {
    const window = new FakeBrowserWindow({});
    const guard = guardClosing(window as never);
    window.close();
    // The page said "close", but by the time the window went its beforeunload held the
    // unload (something unsaved meanwhile): the window stays.
    window.pageHoldsUnload = true;
    answer(window, 'close');
    expect(window.isDestroyed()).toBe(false);
    expect(guard.closeAllowed()).toBe(false);
    // The next close (or quit) is not let through unasked.
    window.pageHoldsUnload = false;
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(closeRequests(window)).toBe(2);
    answer(window, 'close');
    expect(window.isDestroyed()).toBe(true);
  });

  it('a close the page allowed that has not gone through within the bound is no longer let through unasked', () => {
    vi.useFakeTimers();
    const window = new FakeBrowserWindow({});
    const guard = guardClosing(window as never);
    window.close();
    // The unload is held with no word of it (as if will-prevent-unload never came).
    window.pageHoldsUnload = true;
    window.webContents.listeners.set('will-prevent-unload', []);
    answer(window, 'close');
    expect(window.isDestroyed()).toBe(false);
    expect(guard.closeAllowed()).toBe(true); // the close is under way
    vi.advanceTimersByTime(closeAnswerTimeoutMs);
    expect(guard.closeAllowed()).toBe(false);
    window.pageHoldsUnload = false;
    window.close();
    expect(closeRequests(window)).toBe(2);
    expect(window.isDestroyed()).toBe(false);
  });

  it('a file from the OS replaces the open one only once the page agrees; a silent page keeps its file', () => {
    vi.useFakeTimers();
    const window = new FakeBrowserWindow({});
    const guard = guardClosing(window as never);
    const replaced: string[] = [];
    guard.askBeforeReplacing(() => replaced.push('first'));
    expect(sentEvents(window, 'openRequested')).toBe(1);
    // The page saves or asks the user ("wait"), for as long as the user needs.
    answer(window, 'wait');
    vi.advanceTimersByTime(closeAnswerTimeoutMs * 10);
    expect(replaced).toEqual([]);
    answer(window, 'close'); // an answer about closing, when nobody asked to close: nothing
    expect(replaced).toEqual([]);
    answer(window, 'replace');
    expect(replaced).toEqual(['first']);
    expect(window.isDestroyed()).toBe(false); // opening another file does not close the window
    answer(window, 'replace'); // not asked again: nothing more happens
    expect(replaced).toEqual(['first']);
    // A page that says nothing at all (hung) keeps its file: nothing is replaced unasked.
    guard.askBeforeReplacing(() => replaced.push('second'));
    vi.advanceTimersByTime(closeAnswerTimeoutMs);
    answer(window, 'replace');
    expect(replaced).toEqual(['first']);
    expect(closeRequests(window)).toBe(0);
  });

  it('after the user stayed ("Batal"), the page agreeing to a file from the OS does not close the window', () => {
    const window = new FakeBrowserWindow({});
    const guard = guardClosing(window as never);
    window.close();
    answer(window, 'wait'); // the page asks; the user chooses to stay, and the page says no more
    const replaced: string[] = [];
    guard.askBeforeReplacing(() => replaced.push('file'));
    answer(window, 'replace');
    expect(replaced).toEqual(['file']);
    expect(window.isDestroyed()).toBe(false);
  });

  it('closing wins over a file waiting to be opened', () => {
    const window = new FakeBrowserWindow({});
    const guard = guardClosing(window as never);
    const replaced: string[] = [];
    guard.askBeforeReplacing(() => replaced.push('file'));
    answer(window, 'wait');
    window.close();
    answer(window, 'close');
    expect(window.isDestroyed()).toBe(true);
    expect(replaced).toEqual([]);
  });

  it('stops listening for answers once the window is closed', () => {
    const before = recorded.ipcListeners.get('rembug:close')?.length ?? 0;
    const window = guardedWindow();
    expect(recorded.ipcListeners.get('rembug:close')).toHaveLength(before + 1);
    window.destroy();
    expect(recorded.ipcListeners.get('rembug:close')).toHaveLength(before);
  });
});

describe('quitting goes through the same guard', () => {
  beforeAll(async () => {
    recorded.userData = tempDir('closing-userdata');
    await import('../../electron/main.js');
    await new Promise((r) => setTimeout(r, 20));
  });

  it('a .rembug file from a second launch opens only after the page has saved or the user chose', async () => {
    const main = recorded.windows.find((w) => w.url === 'app://rembug/index.html')!;
    const made = makeBackend();
    const file = path.join(made.dir, 'cibodas.rembug');
    made.host.savePaths.push(file);
    await made.call('community.create', village);
    await made.call('community.close', {});
    const outcomes = () => sentEvents(main, 'communityOpened') + sentEvents(main, 'error');
    recorded.appEvents.get('second-instance')!(fakeEvent(), ['rembug', file]);
    expect(sentEvents(main, 'openRequested')).toBe(1);
    expect(main.focused).toBeGreaterThan(0); // the question is in front of the user
    answer(main, 'wait');
    expect(outcomes()).toBe(0); // the open file is still the page's
    answer(main, 'replace');
    expect(sentEvents(main, 'communityOpened')).toBe(1);
    expect(sentEvents(main, 'error')).toBe(0);
  });

  it('before-quit is held back, the page is asked, and its "close" lets the app quit', () => {
    const main = recorded.windows.find((w) => w.url === 'app://rembug/index.html')!;
    const quit = fakeEvent();
    recorded.appEvents.get('before-quit')!(quit);
    expect(quit.preventDefault).toHaveBeenCalled();
    expect(main.isDestroyed()).toBe(false);
    expect(closeRequests(main)).toBe(1);
    answer(main, 'close');
    expect(main.isDestroyed()).toBe(true);
    // The window is gone: the app quits (window-all-closed) and before-quit lets it.
    recorded.appEvents.get('window-all-closed')!();
    expect(recorded.quit).toHaveBeenCalled();
    const again = fakeEvent();
    recorded.appEvents.get('before-quit')!(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});
