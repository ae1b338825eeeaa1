import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Backend } from '../../electron/core/backend.js';
import { tempDir } from '../support/paths.js';
import { TestHost } from '../support/testHost.js';

vi.mock('electron', async () => (await import('./fakeElectron.js')).fakeElectronModule());
const { FakeBrowserWindow, fakeEvent, plugDisplay, recorded, unplugDisplay } = await import('./fakeElectron.js');
const { attachAudience } = await import('../../electron/audience.js');

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const projector = { id: 2, bounds: { x: 1366, y: 0, width: 1024, height: 768 } };
const trustedEvent = { senderFrame: { parent: null, url: 'app://rembug/index.html' } };

type Window = InstanceType<typeof FakeBrowserWindow>;
/** The events of one type the shell sent a window's page. */
const eventsTo = (window: Window, type: string) =>
  window.webContents.sent
    .filter((m) => m.channel === 'rembug:event' && (m.payload as { type: string }).type === type)
    .map((m) => m.payload as Record<string, unknown>);
const invoke = (channel: string, input: unknown) =>
  recorded.ipcHandlers.get('rembug:invoke')!(trustedEvent, channel, input);

/**
 * Presenter view on two screens, the shell's side (electron/audience.ts), with the
 * recording `electron`: the laptop and a projector attached at start, then unplugged and
 * plugged in again, as a facilitator moving between halls would.
 */
describe('the audience window follows the second display', () => {
  beforeAll(async () => {
    recorded.userData = tempDir('audience-userdata');
    recorded.displays = [laptop, projector];
    await import('../../electron/main.js');
    await new Promise((r) => setTimeout(r, 20));
  });
  const main = () => recorded.windows[0]!;
  const audience = () => recorded.windows[1]!;

  it('opens on the projector at start: frameless, full screen on its bounds, with the same security defaults and preload', () => {
    expect(recorded.windows).toHaveLength(2);
    expect(audience().options).toMatchObject({
      ...projector.bounds,
      frame: false,
      fullscreen: true,
      show: false,
    });
    const prefs = audience().options.webPreferences as Record<string, unknown>;
    const mainPrefs = main().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(prefs).toEqual(mainPrefs);
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(audience().url).toBe('app://rembug/index.html#audience');
    // Shown without taking the focus from the presenter's window.
    audience().emit('ready-to-show');
    expect(audience().shownInactive).toBe(true);
    expect(audience().focused).toBe(0);
  });

  it('is hardened like every web contents: no new windows, no navigation away', () => {
    const contents = audience().webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    const away = fakeEvent();
    contents.emit('will-navigate', away, 'https://example.org/');
    expect(away.defaultPrevented).toBe(true);
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
  });

  it('the wall goes to the audience window only; the backend knows the audience is open', async () => {
    expect(await invoke('wall.status', {})).toMatchObject({ ok: true, value: { audienceOpen: true, mode: 'live' } });
    expect(await invoke('wall.setMode', { mode: 'black' })).toMatchObject({ ok: true });
    expect(eventsTo(audience(), 'wall').at(-1)).toEqual({
      type: 'wall',
      state: { mode: 'black', revision: 1, exercise: null },
    });
    expect(eventsTo(main(), 'wall')).toEqual([]);
    await invoke('wall.setMode', { mode: 'live' });
  });

  it('unplugging the projector closes the audience window and tells the presenter', async () => {
    unplugDisplay(projector.id);
    expect(audience().isDestroyed()).toBe(true);
    expect(main().isDestroyed()).toBe(false);
    expect(eventsTo(main(), 'audience').at(-1)).toEqual({ type: 'audience', open: false });
    expect(await invoke('wall.status', {})).toMatchObject({ value: { audienceOpen: false } });
    // Nothing more is sent to the closed window.
    const before = audience().webContents.sent.length;
    await invoke('wall.setMode', { mode: 'frozen' });
    expect(audience().webContents.sent).toHaveLength(before);
    await invoke('wall.setMode', { mode: 'live' });
  });

  it('plugging a projector in later opens a new audience window on it', async () => {
    const hall = { id: 3, bounds: { x: -1280, y: 0, width: 1280, height: 720 } };
    plugDisplay(hall);
    expect(recorded.windows).toHaveLength(3);
    const again = recorded.windows[2]!;
    expect(again.options).toMatchObject({ ...hall.bounds, frame: false, fullscreen: true });
    expect(eventsTo(main(), 'audience').at(-1)).toEqual({ type: 'audience', open: true });
    expect(await invoke('wall.status', {})).toMatchObject({ value: { audienceOpen: true } });
    // Unplugging another display (not the audience's) leaves it open.
    plugDisplay({ id: 4, bounds: { x: 0, y: 768, width: 800, height: 600 } });
    unplugDisplay(4);
    expect(again.isDestroyed()).toBe(false);
    expect(recorded.windows).toHaveLength(3);
  });

  it('closing the presenter window closes the audience window with it', () => {
    const open = recorded.windows[2]!;
    main().destroy();
    expect(open.isDestroyed()).toBe(true);
  });

  it('with one screen nothing opens, until a second display is plugged in', () => {
    recorded.displays = [laptop];
    const presenter = new FakeBrowserWindow({ width: 1280, height: 800 });
    const count = recorded.windows.length;
    const backend = new Backend(new TestHost(path.join(tempDir('audience-one'), 'userdata')));
    attachAudience(presenter as never, backend.wall, { preloadPath: '/app/preload.cjs', devTools: false });
    expect(recorded.windows).toHaveLength(count);
    expect(eventsTo(presenter, 'audience')).toEqual([]);
    expect(backend.wall.status().audienceOpen).toBe(false);
    plugDisplay(projector);
    expect(recorded.windows.at(-1)!.options).toMatchObject({ ...projector.bounds, frame: false });
    expect(backend.wall.status().audienceOpen).toBe(true);
  });
});
