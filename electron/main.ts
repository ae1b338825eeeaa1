import { app, session, type BrowserWindow } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ipcEventChannel, type ShellEvent } from '#shared/ipc/contract.js';
import { AppFailure } from '#shared/result.js';
import { Backend } from './core/backend.js';
import { useSqliteBinding } from './core/db/sqlite.js';
import { attachAudience } from './audience.js';
import { guardClosing, type CloseGuard } from './closing.js';
import { createElectronHost } from './electronHost.js';
import { registerIpc } from './ipc.js';
import { installMenu } from './menu.js';
import {
  createMainWindow,
  denyPermissions,
  hardenWebContents,
  registerSchemePrivileges,
  serveRenderer,
} from './windows.js';

/**
 * Electron entry: single instance, one window, the backend behind IPC. A .rembug file
 * handed over by the OS (argv on Windows/Linux, open-file on macOS, or a second launch)
 * opens in the existing window.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
export const paths = {
  /** dist/app/electron -> the app root (project folder, or app.asar when packaged). */
  appRoot: path.resolve(here, '..', '..', '..'),
  preload: path.join(here, 'preload.cjs'),
  renderer: path.resolve(here, '..', '..', 'renderer'),
  resources: (): string =>
    app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.resolve(here, '..', '..', '..', 'resources'),
};

export function rembugFileIn(argv: readonly string[]): string | null {
  return argv.slice(1).find((arg) => arg.toLowerCase().endsWith('.rembug') && !arg.startsWith('-')) ?? null;
}

let window: BrowserWindow | null = null;
let closeGuard: CloseGuard | null = null;
let backend: Backend | null = null;
let pendingFile: string | null = rembugFileIn(process.argv);

function send(event: ShellEvent): void {
  window?.webContents.send(ipcEventChannel, event);
}

/** Opens a file in place of the open one, now: the page has agreed, or has nothing open yet. */
function openNow(filePath: string): void {
  if (!backend || !window) return;
  try {
    backend.openPath(filePath);
    send({ type: 'communityOpened' });
  } catch (error) {
    const failure = error instanceof AppFailure ? error : new AppFailure('internal', String(error));
    send({ type: 'error', error: { code: failure.code, message: failure.message, params: failure.params } });
  }
}

/**
 * A file handed over by the OS (a double-click, a second launch, macOS open-file) replaces
 * the open one only once the page has saved what is pending or the user has chosen about a
 * change that could not be saved, as for closing.
 */
function openFromOs(filePath: string): void {
  if (!backend || !window || !closeGuard) {
    pendingFile = filePath;
    return;
  }
  closeGuard.askBeforeReplacing(() => openNow(filePath));
  if (window.isMinimized()) window.restore();
  window.focus();
}

/**
 * The portable Windows build (one .exe, often run from a USB stick) keeps its settings and
 * recent list beside itself, so they travel with the stick; electron-builder's portable
 * launcher names its folder in PORTABLE_EXECUTABLE_DIR.
 */
export function portableUserData(env: NodeJS.ProcessEnv): string | null {
  const dir = env.PORTABLE_EXECUTABLE_DIR;
  return dir ? path.join(dir, 'Rembug-data') : null;
}

/**
 * Run from the project (`npm start`), better-sqlite3's Electron build sits beside
 * node_modules' Node build (scripts/ensure-electron-sqlite.mjs), so neither `npm start`
 * nor `npm test` rebuilds node_modules for the other. A packaged app has its own copy of
 * node_modules rebuilt for Electron and needs none.
 */
export function sideSqliteBinding(
  appRoot: string,
  electronVersion: string | undefined,
  arch: string,
): string | undefined {
  if (!electronVersion) return undefined;
  const binding = path.join(appRoot, '.native', `electron-${electronVersion}-${arch}`, 'better_sqlite3.node');
  return fs.existsSync(binding) ? binding : undefined;
}

export function start(): void {
  if (!app.isPackaged) useSqliteBinding(sideSqliteBinding(app.getAppPath(), process.versions.electron, process.arch));
  const portable = portableUserData(process.env);
  if (portable) app.setPath('userData', portable);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerSchemePrivileges();
  // Every web contents, whoever creates it (the main window, the print window, anything
  // Electron or a bug makes later), gets the navigation and new-window limits.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // Quitting (the menu, Cmd+Q, the OS logging out) closes the window through the same
  // guard as its close button: the page saves or asks first, then the app quits.
  app.on('before-quit', (event) => {
    if (!window || !closeGuard || closeGuard.closeAllowed()) return;
    event.preventDefault();
    window.close();
  });
  app.on('second-instance', (_event, argv) => {
    const file = rembugFileIn(argv);
    if (file) openFromOs(file);
    else if (window) window.focus();
  });
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFromOs(filePath);
  });
  app.on('window-all-closed', () => app.quit());
  // The open community's lock goes with the app, so another laptop on a shared folder can
  // open the file at once instead of waiting for the lock to go stale.
  app.on('will-quit', () => {
    backend?.openFile?.close();
  });
  void app.whenReady().then(() => {
    denyPermissions(session.defaultSession);
    serveRenderer(paths.renderer);
    const host = createElectronHost({
      userDataDir: app.getPath('userData'),
      resourcesDir: paths.resources(),
      window: () => window,
      language: () => backend?.settings.language ?? 'id',
    });
    backend = new Backend(host);
    const current = backend;
    // DevTools (menu item and tools) only when running from the project, never packaged.
    const devTools = !app.isPackaged;
    registerIpc(current, (channel) => {
      if (channel === 'settings.setLanguage' && window) installMenu(window, current.settings.language, { devTools });
    });
    window = createMainWindow(paths.preload, { devTools });
    closeGuard = guardClosing(window);
    installMenu(window, current.settings.language, { devTools });
    // A second display (the projector) gets the audience window, now or when plugged in.
    attachAudience(window, current.wall, { preloadPath: paths.preload, devTools });
    window.webContents.once('did-finish-load', () => {
      // The file the app was started with: nothing is open yet, so nothing to ask about.
      if (pendingFile) {
        const file = pendingFile;
        pendingFile = null;
        openNow(file);
      }
    });
    window.on('closed', () => {
      window = null;
      closeGuard = null;
    });
  });
}

start();
