import { app, dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { Host } from './core/host.js';
import { backendTranslator } from './core/translate.js';
import type { Language } from '#shared/i18n/languages.js';
import { printHtmlToPdf } from './windows.js';

const rembugFilter = { name: 'Rembug', extensions: ['rembug'] };

/** The backend's dialogs and printing, done by Electron. */
export function createElectronHost(options: {
  userDataDir: string;
  resourcesDir: string;
  window: () => BrowserWindow | null;
  language: () => Language;
}): Host {
  const parent = (): BrowserWindow | undefined => options.window() ?? undefined;
  const documents = (): string => app.getPath('documents');
  const save = async (defaultName: string, filter: { name: string; extensions: string[] }): Promise<string | null> => {
    const win = parent();
    const opts = { defaultPath: path.join(documents(), defaultName), filters: [filter] };
    const result = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  return {
    userDataDir: options.userDataDir,
    resourcesDir: options.resourcesDir,
    chooseNewCommunityPath: (name) => save(name, rembugFilter),
    chooseCopyPath: (name) => save(name, rembugFilter),
    choosePdfPath: (name) => save(name, { name: 'PDF', extensions: ['pdf'] }),
    chooseCsvPath: (name) => save(name, { name: 'CSV', extensions: ['csv'] }),
    chooseFolder: async () => {
      const t = backendTranslator(options.language());
      const win = parent();
      const opts = {
        title: t('overview.chooseFolder'),
        defaultPath: documents(),
        properties: ['openDirectory' as const],
      };
      const result = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseCommunityToOpen: async () => {
      const t = backendTranslator(options.language());
      const win = parent();
      const opts = {
        title: t('start.openFile'),
        defaultPath: documents(),
        filters: [rembugFilter],
        properties: ['openFile' as const],
      };
      const result = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseImageToOpen: async () => {
      const win = parent();
      const opts = {
        defaultPath: app.getPath('pictures'),
        filters: [{ name: 'Image', extensions: ['jpg', 'jpeg', 'png', 'webp'] }],
        properties: ['openFile' as const],
      };
      const result = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    printPdf: (html, footerHtml) => printHtmlToPdf(html, footerHtml),
    communityOpened: (filePath, name) => {
      app.addRecentDocument(filePath);
      parent()?.setTitle(`${name} — Rembug`);
    },
  };
}
