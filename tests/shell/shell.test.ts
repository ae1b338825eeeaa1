import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Backend } from '../../electron/core/backend.js';
import { tempDir } from '../support/paths.js';
import { TestHost } from '../support/testHost.js';
import { village } from '../support/coreFixtures.js';

vi.mock('electron', async () => (await import('./fakeElectron.js')).fakeElectronModule());
const { recorded, sendToMain } = await import('./fakeElectron.js');

describe('the Electron shell, with a recording stand-in for electron', () => {
  beforeAll(async () => {
    recorded.userData = tempDir('shell-userdata');
    await import('../../electron/main.js');
    await new Promise((r) => setTimeout(r, 20));
  });
  const window = () => recorded.windows[0]!;
  const trustedEvent = { senderFrame: { parent: null, url: 'app://rembug/index.html' } };

  it('takes the single-instance lock and registers the app scheme before ready', () => {
    expect(recorded.privilegedSchemes).toEqual([
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
    ]);
    expect([...recorded.appEvents.keys()].sort()).toEqual([
      'before-quit',
      'open-file',
      'second-instance',
      'web-contents-created',
      'will-quit',
      'window-all-closed',
    ]);
  });

  it('opens one window with the security defaults and the app page', () => {
    expect(recorded.windows).toHaveLength(1);
    const prefs = window().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(window().options).toMatchObject({ minWidth: 1024 });
    expect(window().url).toBe('app://rembug/index.html');
  });

  it('denies new windows and navigation away from the app', () => {
    const contents = window().webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    const away = { preventDefault: vi.fn() };
    contents.emit('will-navigate', away, 'https://example.org/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    contents.emit('will-navigate', inside, 'app://rembug/index.html');
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('serves only files inside the renderer folder', async () => {
    const serve = recorded.protocolHandlers.get('app')!;
    await serve(new Request('app://rembug/index.html'));
    expect(recorded.fetched.at(-1)).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
    const escape = await serve(new Request('app://rembug/..%2F..%2Fpackage.json'));
    expect(escape.status).toBe(404);
    const otherHost = await serve(new Request('app://evil/index.html'));
    expect(otherHost.status).toBe(404);
  });

  it('answers IPC through the dispatcher, and only for the app page', async () => {
    const handler = recorded.ipcHandlers.get('rembug:invoke')!;
    expect(await handler(trustedEvent, 'settings.get', {})).toMatchObject({
      ok: true,
      value: { language: 'id', recent: [] },
    });
    expect(await handler(trustedEvent, 'settings.get', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const subframe = { senderFrame: { parent: {}, url: 'app://rembug/index.html' } };
    expect(await handler(subframe, 'settings.get', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    const foreign = { senderFrame: { parent: null, url: 'https://example.org/' } };
    expect(await handler(foreign, 'settings.get', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('builds the menu in the user language and forwards its commands to the page', async () => {
    type Item = { label?: string; submenu?: Item[]; click?: () => void };
    const menu = () => recorded.menuTemplate as Item[];
    expect(menu()[0]!.label).toBe('Berkas');
    const exportItem = menu()[0]!.submenu!.find((i) => i.label === 'Ekspor PDF')!;
    exportItem.click!();
    expect(window().webContents.sent.at(-1)).toEqual({
      channel: 'rembug:event',
      payload: { type: 'menu', command: 'exportPdf' },
    });
    // Projection is in the View menu; F5 is shown there but left to the page, which knows whether an exercise is open.
    const view = menu().find((m) => m.label === 'View')!.submenu as (Item & {
      accelerator?: string;
      registerAccelerator?: boolean;
    })[];
    const project = view.find((i) => i.label === 'Proyeksikan')!;
    expect({ accelerator: project.accelerator, registerAccelerator: project.registerAccelerator }).toEqual({
      accelerator: 'F5',
      registerAccelerator: false,
    });
    project.click!();
    expect(window().webContents.sent.at(-1)).toEqual({
      channel: 'rembug:event',
      payload: { type: 'menu', command: 'project' },
    });
    // Changing the language through IPC rebuilds the menu in English.
    await recorded.ipcHandlers.get('rembug:invoke')!(trustedEvent, 'settings.setLanguage', { language: 'en' });
    expect(menu()[0]!.label).toBe('File');
  });

  it('a second launch with a .rembug file opens it in the first window', async () => {
    const dir = tempDir('shell');
    const file = path.join(dir, 'cibodas.rembug');
    const host = new TestHost(path.join(dir, 'ud'));
    host.savePaths.push(file);
    // Made by another Rembug that then closes it (an open file is locked to its writer).
    const maker = new Backend(host);
    await maker.handlers['community.create'](village);
    await maker.handlers['community.close']({});
    window().webContents.emit('did-finish-load');
    // The page is asked first (it may have unsaved work); its `replace` lets the file in.
    const pageAgrees = (): void =>
      sendToMain(
        'rembug:close',
        { sender: window().webContents, senderFrame: { parent: null, url: 'app://rembug/index.html' } },
        'replace',
      );
    recorded.appEvents.get('second-instance')!({}, ['rembug', '--flag', file]);
    expect(window().webContents.sent.at(-1)).toEqual({ channel: 'rembug:event', payload: { type: 'openRequested' } });
    pageAgrees();
    expect(window().webContents.sent.at(-1)).toEqual({ channel: 'rembug:event', payload: { type: 'communityOpened' } });
    expect(window().title).toBe('Desa Cibodas — Rembug');
    expect(window().focused).toBeGreaterThan(0);
    const bad = path.join(dir, 'bukan.rembug');
    fs.writeFileSync(bad, 'not a database');
    recorded.appEvents.get('second-instance')!({}, ['rembug', bad]);
    pageAgrees();
    expect(window().webContents.sent.at(-1)).toMatchObject({
      payload: { type: 'error', error: { code: 'not_rembug_file', params: { file: 'bukan.rembug' } } },
    });
    // Quitting gives the file back: its lock is gone and another Rembug opens it to write.
    expect(fs.existsSync(`${file}.lock`)).toBe(true);
    recorded.appEvents.get('will-quit')!({});
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    expect(new Backend(new TestHost(path.join(dir, 'ud2'))).openPath(file).readOnly).toBe(false);
  });
});

describe('the preload bridge', () => {
  it('exposes one invoke, one event stream and the close answer, never ipcRenderer itself', async () => {
    await import('../../electron/preload.cjs');
    const api = recorded.exposed.get('rembug') as Record<string, (...a: unknown[]) => unknown>;
    expect(Object.keys(api).sort()).toEqual(['answerClose', 'invoke', 'onEvent']);
    expect(await api.invoke!('settings.get', {})).toEqual(['rembug:invoke', 'settings.get', {}]);
    api.answerClose!('close');
    expect(recorded.rendererSent.at(-1)).toEqual(['rembug:close', 'close']);
  });
});
