import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Backend } from '../../electron/core/backend.js';
import { dispatch } from '../../electron/core/dispatcher.js';
import { FakeBrowserWindow } from './fakeElectron.js';
import { resourcesDir, tempDir } from '../support/paths.js';
import { copyVillage, folderListing, writeVillageTemplate } from '../support/overviewFixtures.js';

vi.mock('electron', async () => (await import('./fakeElectron.js')).fakeElectronModule());
const electron = (await import('electron')) as unknown as {
  dialog: { showOpenDialog: ReturnType<typeof vi.fn>; showSaveDialog: ReturnType<typeof vi.fn> };
  app: { getPath: (name: string) => string };
};
const { createElectronHost } = await import('../../electron/electronHost.js');

describe("the shell's dialogs for the programme overview", () => {
  const window = new FakeBrowserWindow({});
  const host = createElectronHost({
    userDataDir: tempDir('shell-overview-ud'),
    resourcesDir,
    window: () => window as never,
    language: () => 'id',
  });

  it('asks for a folder (openDirectory, titled in the user language, over the window) and gives its path; cancel gives null', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/data/Program Air Bersih'] });
    await expect(host.chooseFolder()).resolves.toBe('/data/Program Air Bersih');
    const [parent, options] = electron.dialog.showOpenDialog.mock.calls.at(-1)!;
    expect(parent).toBe(window);
    expect(options).toMatchObject({ title: 'Pilih folder…', properties: ['openDirectory'] });
    expect(options.properties).not.toContain('openFile');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(host.chooseFolder()).resolves.toBeNull();
  });

  it('asks where to save the CSV with a CSV filter', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/data/ringkasan.csv' });
    await expect(host.chooseCsvPath('Ringkasan.csv')).resolves.toBe('/data/ringkasan.csv');
    const [, options] = electron.dialog.showSaveDialog.mock.calls.at(-1)!;
    expect(options.filters).toEqual([{ name: 'CSV', extensions: ['csv'] }]);
    expect(String(options.defaultPath)).toMatch(/Ringkasan\.csv$/);
  });

  it('the folder chosen in the dialog is read by the backend, and left as it was', async () => {
    const work = tempDir('shell-overview');
    const template = await writeVillageTemplate(work);
    const folder = path.join(work, 'Program');
    fs.mkdirSync(folder);
    copyVillage(template, path.join(folder, 'cibodas.rembug'), { name: 'Desa Cibodas' });
    fs.writeFileSync(path.join(folder, 'catatan.rembug'), 'bukan');
    const before = folderListing(folder);
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    const result = await dispatch(new Backend(host).handlers, 'overview.chooseFolder', {});
    expect(result.ok).toBe(true);
    const rows = result.ok ? (result.value as { rows: { fileName: string; kind: string }[] }).rows : [];
    expect(rows.map((r) => `${r.fileName}:${r.kind}`)).toEqual(['catatan.rembug:refused', 'cibodas.rembug:community']);
    expect(folderListing(folder)).toEqual(before);
  }, 60_000);
});
