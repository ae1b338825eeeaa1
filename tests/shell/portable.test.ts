import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/paths.js';

vi.mock('electron', async () => (await import('./fakeElectron.js')).fakeElectronModule());
const { recorded } = await import('./fakeElectron.js');

describe('the portable build', () => {
  it('keeps its settings beside the .exe (on the USB stick), before anything reads them', async () => {
    const stick = tempDir('usb-stick');
    vi.stubEnv('PORTABLE_EXECUTABLE_DIR', stick);
    recorded.userData = tempDir('installed-userdata');
    await import('../../electron/main.js');
    await new Promise((r) => setTimeout(r, 20));
    expect(recorded.setPaths.get('userData')).toBe(path.join(stick, 'Rembug-data'));
    // A setting chosen now is written on the stick, not in the installed app's folder.
    const trustedEvent = { senderFrame: { parent: null, url: 'app://rembug/index.html' } };
    await recorded.ipcHandlers.get('rembug:invoke')!(trustedEvent, 'settings.setLanguage', { language: 'en' });
    expect(JSON.parse(fs.readFileSync(path.join(stick, 'Rembug-data', 'settings.json'), 'utf8'))).toMatchObject({
      language: 'en',
    });
    expect(fs.existsSync(path.join(recorded.userData, 'settings.json'))).toBe(false);
    vi.unstubAllEnvs();
  });

  it("is not portable without the launcher's folder", async () => {
    const { portableUserData } = await import('../../electron/main.js');
    expect(portableUserData({})).toBeNull();
    expect(portableUserData({ PORTABLE_EXECUTABLE_DIR: 'E:\\Rembug' })).toBe(path.join('E:\\Rembug', 'Rembug-data'));
  });
});
