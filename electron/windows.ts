import { BrowserWindow, net, protocol, type Session, type WebContents } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Window factory and the security defaults in one place (Electron's security checklist):
 * isolated, sandboxed renderers without Node, no new windows, no navigation away from the
 * app, and the app's files served from a custom scheme instead of file://.
 */
export const appScheme = 'app';
export const appHost = 'rembug';
export const appOrigin = `${appScheme}://${appHost}`;

export const secureWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  spellcheck: false,
} as const;

/** Must run before the app is ready. */
export function registerSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer; a path that leaves its folder gets a 404. */
export function serveRenderer(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle(appScheme, (request) => {
    const url = new URL(request.url);
    const file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
    if (url.host !== appHost || !file.startsWith(root + path.sep)) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}

export function isAppUrl(url: string): boolean {
  return url.startsWith(`${appOrigin}/`);
}

/** The app's own origin or a page under it; `app://rembug` alone is how permission checks name it. */
function isAppOrigin(url: string): boolean {
  return url === appOrigin || isAppUrl(url);
}

/**
 * Applied to every web contents the app creates (main.ts hooks it on
 * `web-contents-created`, so a window made later cannot miss it): no new windows, no
 * navigation or redirect away from the app, no <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayInApp = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Which permission a page may have: none, except full screen for the app's own page (the
 * F11 key and the full-screen button call requestFullscreen, which Electron routes
 * through the permission handler). Camera, microphone, location, notifications,
 * clipboard reads, MIDI, HID and the rest are refused, to the requests and to the checks.
 */
export function permissionAllowed(permission: string, requestingUrl: string): boolean {
  return permission === 'fullscreen' && isAppOrigin(requestingUrl);
}

export function denyPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl)),
  );
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin),
  );
}

/** DevTools only in a development run: a packaged build has neither the menu item nor the tools. */
export function createMainWindow(preloadPath: string, options: { devTools: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Rembug',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: { ...secureWebPreferences, devTools: options.devTools, preload: preloadPath },
  });
  window.once('ready-to-show', () => {
    window.maximize();
    window.show();
  });
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}

/**
 * The projector's audience window (issue 11, presenter view): frameless and full screen on
 * the given display, with the main window's security defaults and preload (the page reads
 * the wall through the same sender-checked IPC, `app://rembug/index.html#audience`). It is
 * shown without taking the focus from the presenter's window, where the facilitator types.
 */
export function createAudienceWindow(
  preloadPath: string,
  bounds: { x: number; y: number; width: number; height: number },
  options: { devTools: boolean },
): BrowserWindow {
  const window = new BrowserWindow({
    ...bounds,
    frame: false,
    fullscreen: true,
    show: false,
    title: 'Rembug',
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    webPreferences: { ...secureWebPreferences, devTools: options.devTools, preload: preloadPath },
  });
  window.once('ready-to-show', () => window.showInactive());
  void window.loadURL(`${appOrigin}/index.html#audience`);
  return window;
}

/** The print window runs no script at all and has no DevTools. */
export const printWebPreferences = { ...secureWebPreferences, javascript: false, devTools: false } as const;

/**
 * Prints report HTML in a hidden sandboxed window without scripts. The HTML goes through
 * a temporary file because large data: URLs are refused.
 */
export async function printHtmlToPdf(html: string, footerHtml: string): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rembug-report-'));
  const file = path.join(dir, 'report.html');
  fs.writeFileSync(file, html);
  const window = new BrowserWindow({ show: false, webPreferences: printWebPreferences });
  try {
    await window.loadFile(file);
    return await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerHtml,
    });
  } finally {
    window.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
