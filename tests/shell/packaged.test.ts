import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/paths.js';

vi.mock('electron', async () => (await import('./fakeElectron.js')).fakeElectronModule());
const { recorded } = await import('./fakeElectron.js');

describe('a packaged build', () => {
  it('has no DevTools: neither the menu item nor the tools in the window', async () => {
    recorded.isPackaged = true;
    recorded.userData = tempDir('packaged-userdata');
    // Electron sets this for a packaged app; the shell reads the bundled resources there.
    (process as { resourcesPath?: string }).resourcesPath = tempDir('packaged-resources');
    await import('../../electron/main.js');
    await new Promise((r) => setTimeout(r, 20));
    const window = recorded.windows[0]!;
    expect((window.options.webPreferences as Record<string, unknown>).devTools).toBe(false);
    const menu = JSON.stringify(recorded.menuTemplate);
    expect(menu).not.toContain('toggleDevTools');
    expect(menu).toContain('"role":"quit"'); // the menu itself is there
    // Rebuilt in another language, still without them.
    const trustedEvent = { senderFrame: { parent: null, url: 'app://rembug/index.html' } };
    await recorded.ipcHandlers.get('rembug:invoke')!(trustedEvent, 'settings.setLanguage', { language: 'en' });
    expect(JSON.stringify(recorded.menuTemplate)).toContain('"label":"File"');
    expect(JSON.stringify(recorded.menuTemplate)).not.toContain('toggleDevTools');
  });
});
