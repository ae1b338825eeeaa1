import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { repoRoot, tempDir } from '../support/paths.js';

vi.mock('electron', async () => (await import('./fakeElectron.js')).fakeElectronModule());
const { FakeWebContents, fakeEvent, recorded } = await import('./fakeElectron.js');

/**
 * Electron's security checklist, item by item, against what the shell asks of Electron
 * (the recording stand-in): the answers a page would get.
 */
describe("Electron's security checklist", () => {
  beforeAll(async () => {
    recorded.userData = tempDir('security-userdata');
    await import('../../electron/main.js');
    await new Promise((r) => setTimeout(r, 20));
  });
  const mainWindow = () => recorded.windows[0]!;

  it('the print window runs no script, in a sandbox, isolated, without Node or DevTools', async () => {
    const { printHtmlToPdf } = await import('../../electron/windows.js');
    const pdf = await printHtmlToPdf('<p>Laporan</p>', '<span></span>');
    expect(pdf.toString()).toBe('%PDF-fake');
    const print = recorded.windows.at(-1)!;
    expect(print).not.toBe(mainWindow());
    expect(print.options.show).toBe(false);
    const prefs = print.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      javascript: false,
      devTools: false,
    });
    expect(prefs.preload).toBeUndefined();
    expect(print.loadedFile).toMatch(/report\.html$/);
    // Hardened like every web contents, and gone (with its temporary file) once printed.
    expect(print.webContents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(print.isDestroyed()).toBe(true);
    expect(fs.existsSync(print.loadedFile)).toBe(false);
  });

  it('every permission request and check is refused, except full screen for the app page', () => {
    const request = recorded.permissionRequestHandler!;
    const check = recorded.permissionCheckHandler!;
    const contents = mainWindow().webContents;
    const asked = (permission: string, requestingUrl: string): boolean => {
      let granted: boolean | null = null;
      request(contents, permission, (answer: boolean) => (granted = answer), { requestingUrl, isMainFrame: true });
      if (granted === null) throw new Error(`no answer to ${permission}`);
      return granted;
    };
    const refused = [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'openExternal',
      'midiSysex',
      'hid',
      'usb',
      'serial',
      'display-capture',
      'pointerLock',
      'unknown',
    ];
    for (const permission of refused) {
      expect(asked(permission, 'app://rembug/index.html'), permission).toBe(false);
      expect(check(contents, permission, 'app://rembug', {}), permission).toBe(false);
    }
    expect(asked('fullscreen', 'app://rembug/index.html')).toBe(true);
    expect(check(contents, 'fullscreen', 'app://rembug', {})).toBe(true);
    for (const foreign of [
      'https://example.org/',
      'app://evil/index.html',
      'file:///etc/passwd',
      'app://rembug.evil/',
    ]) {
      expect(asked('fullscreen', foreign), foreign).toBe(false);
      expect(check(contents, 'fullscreen', foreign, {}), foreign).toBe(false);
    }
  });

  it('any web contents created later gets the navigation limit and the new-window refusal', () => {
    const later = new FakeWebContents();
    recorded.appEvents.get('web-contents-created')!(fakeEvent(), later);
    expect(later.windowOpenHandler?.({ url: 'app://rembug/index.html' })).toEqual({ action: 'deny' });
    for (const event of ['will-navigate', 'will-redirect']) {
      const away = fakeEvent();
      later.emit(event, away, 'https://example.org/');
      expect(away.preventDefault, event).toHaveBeenCalled();
      const lookalike = fakeEvent();
      later.emit(event, lookalike, 'app://rembug.evil.org/index.html');
      expect(lookalike.preventDefault, event).toHaveBeenCalled();
      const inside = fakeEvent();
      later.emit(event, inside, 'app://rembug/index.html');
      expect(inside.preventDefault, event).not.toHaveBeenCalled();
    }
    const webview = fakeEvent();
    later.emit('will-attach-webview', webview, {}, { src: 'https://example.org/' });
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('a development run keeps DevTools (the menu item and the tools)', () => {
    expect((mainWindow().options.webPreferences as Record<string, unknown>).devTools).toBe(true);
    expect(JSON.stringify(recorded.menuTemplate)).toContain('toggleDevTools');
  });

  it("the page's Content-Security-Policy allows nothing inline, no eval, nothing from outside", () => {
    for (const file of ['renderer/index.html', 'dist/renderer/index.html']) {
      const html = fs.readFileSync(path.join(repoRoot, file), 'utf8');
      const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
      expect(csp, file).toBeDefined();
      const directives = new Map(
        csp!.split(';').map((d) => {
          const [name, ...sources] = d.trim().split(/\s+/);
          return [name!, sources] as const;
        }),
      );
      expect(directives.get('default-src'), file).toEqual(["'self'"]);
      expect(directives.get('object-src'), file).toEqual(["'none'"]);
      expect(directives.get('base-uri'), file).toEqual(["'none'"]);
      expect(directives.get('form-action'), file).toEqual(["'none'"]);
      expect(directives.has('script-src'), file).toBe(false); // default-src 'self' rules scripts
      for (const sources of directives.values()) {
        expect(sources, file).not.toContain("'unsafe-inline'");
        expect(sources, file).not.toContain("'unsafe-eval'");
        expect(
          sources.some((s) => /^https?:|^\*$/.test(s)),
          file,
        ).toBe(false);
      }
      // No inline script or style in the page itself, which the policy would refuse anyway.
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, file).not.toMatch(/<style\b/);
    }
  });
});
