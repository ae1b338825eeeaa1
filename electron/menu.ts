import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, ShellEvent } from '#shared/ipc/contract.js';
import { ipcEventChannel } from '#shared/ipc/contract.js';
import type { Language } from '#shared/i18n/languages.js';
import { backendTranslator } from './core/translate.js';

/**
 * The application menu, in the user's language. Each item only forwards a command to the
 * renderer, which runs the same action as its on-screen button.
 */
export function buildMenuTemplate(
  language: Language,
  send: (command: MenuCommand) => void,
  options: { devTools: boolean },
): MenuItemConstructorOptions[] {
  const t = backendTranslator(language);
  const item = (
    label: string,
    command: MenuCommand,
    accelerator?: string,
    registerAccelerator = true,
  ): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator, registerAccelerator } : {}),
  });
  return [
    {
      label: t('community.file'),
      submenu: [
        item(t('start.newCommunity'), 'newCommunity', 'CmdOrCtrl+N'),
        item(t('start.openFile'), 'openCommunity', 'CmdOrCtrl+O'),
        item(t('community.saveCopyAs'), 'saveCopyAs', 'CmdOrCtrl+Shift+S'),
        item(t('session.exportPdf'), 'exportPdf', 'CmdOrCtrl+P'),
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: t('common.edit'),
      submenu: [
        // Undo/redo of diagrams are the app's own; text fields keep the native ones.
        item(t('exercise.undo'), 'undo', 'CmdOrCtrl+Z'),
        item(t('exercise.redo'), 'redo', 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t('common.language'),
      submenu: [item('Bahasa Indonesia', 'languageId'), item('English', 'languageEn')],
    },
    {
      label: 'View',
      // DevTools only in a development run (never in a packaged build).
      submenu: [
        item(t('common.fullScreen'), 'toggleFullScreen', 'F11'),
        // F5 is shown, not taken: the page's own F5 enters and leaves (and knows whether an
        // exercise is open); the item works from the menu alone.
        item(t('projection.enter'), 'project', 'F5', false),
        ...(options.devTools ? [{ role: 'toggleDevTools' } as const] : []),
      ],
    },
  ];
}

export function installMenu(window: BrowserWindow, language: Language, options: { devTools: boolean }): void {
  const send = (command: MenuCommand): void => {
    const event: ShellEvent = { type: 'menu', command };
    window.webContents.send(ipcEventChannel, event);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(language, send, options)));
}
