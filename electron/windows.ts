import { BrowserWindow, net, protocol, type WebContents } from 'electron';
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

function harden(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Rembug',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: { ...secureWebPreferences, preload: preloadPath },
  });
  harden(window.webContents);
  window.once('ready-to-show', () => {
    window.maximize();
    window.show();
  });
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}

/**
 * Prints report HTML in a hidden sandboxed window without scripts. The HTML goes through
 * a temporary file because large data: URLs are refused.
 */
export async function printHtmlToPdf(html: string, footerHtml: string): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rembug-report-'));
  const file = path.join(dir, 'report.html');
  fs.writeFileSync(file, html);
  const window = new BrowserWindow({ show: false, webPreferences: { ...secureWebPreferences, javascript: false } });
  harden(window.webContents);
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
