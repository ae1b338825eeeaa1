// `npm run check:package`: builds the real Linux package (the `dir` target) offline around
// a stand-in Electron, then checks what it holds (scripts/packageRules.mjs) and prints its
// size. Electron cannot be downloaded here; electron-builder packages around any folder
// holding an `electron` executable, `version` and the licences. The stand-in carries an
// Electron fuse wire (sentinel, version 1, eight fuses at Electron's defaults) so that
// electron-builder's `electronFuses` really flip it and the check reads the result back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { packageProblems } from './packageRules.mjs';

const require = createRequire(import.meta.url);
const { build, Platform } = require('electron-builder');
const asar = require('@electron/asar');
const { getCurrentFuseWire } = require('@electron/fuses');

const root = process.cwd();

/** A recording `electron` for the packaged main process: just enough to start it. */
const shellStandIn = `
import fs from 'node:fs';
process.resourcesPath = process.env.REMBUG_RESOURCES;
const report = { preload: null, url: null, fetched: null };
const save = () => fs.writeFileSync(process.env.REMBUG_SHELL_REPORT, JSON.stringify(report));
let serve = null;
const on = () => undefined;
export const app = {
  requestSingleInstanceLock: () => true, on, whenReady: () => Promise.resolve(), quit: on,
  getPath: () => process.env.REMBUG_USERDATA, setPath: on, isPackaged: true, addRecentDocument: on,
};
export const protocol = { registerSchemesAsPrivileged: on, handle: (scheme, fn) => { serve = fn; } };
export const net = { fetch: async (url) => { report.fetched = url; save(); return new Response(''); } };
export class BrowserWindow {
  constructor(options) { report.preload = options.webPreferences.preload; save(); }
  webContents = { on, once: on, send: on, setWindowOpenHandler: on };
  once() { return this; } on() { return this; }
  isDestroyed() { return false; } getBounds() { return { x: 0, y: 0, width: 1024, height: 768 }; }
  async loadURL(url) { report.url = url; save(); if (serve) await serve(new Request(url)); }
}
export const ipcMain = { handle: on, on, removeListener: on };
export const Menu = { buildFromTemplate: (t) => t, setApplicationMenu: on };
export const dialog = {};
// One display: the laptop alone, so no audience window opens.
const display = { id: 1, bounds: { x: 0, y: 0, width: 1024, height: 768 } };
export const screen = { on, removeListener: on, getAllDisplays: () => [display], getDisplayMatching: () => display };
export const session = { defaultSession: { setPermissionRequestHandler: on, setPermissionCheckHandler: on } };
export default { app, protocol, net, BrowserWindow, ipcMain, Menu, dialog, session, screen };
`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rembug-package-'));
const standIn = path.join(work, 'electron-dist');
fs.mkdirSync(standIn);
const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const defaults = '10110001'; // RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on, ...
fs.writeFileSync(
  path.join(standIn, 'electron'),
  Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron"\nexit 0\n# '),
    Buffer.from(sentinel),
    Buffer.from([1, defaults.length]),
    Buffer.from(defaults),
    Buffer.from('\n'),
  ]),
  { mode: 0o755 },
);
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
fs.writeFileSync(path.join(standIn, 'version'), electronVersion);
fs.writeFileSync(path.join(standIn, 'LICENSE'), 'stand-in');
fs.writeFileSync(path.join(standIn, 'LICENSES.chromium.html'), '<p>stand-in</p>');

const output = path.join(work, 'release');
await build({
  targets: Platform.LINUX.createTarget('dir'),
  config: { electronDist: standIn, npmRebuild: false, directories: { output } },
});

const unpackedApp = path.join(output, 'linux-unpacked');
const resourcesDir = path.join(unpackedApp, 'resources');
const asarFile = path.join(resourcesDir, 'app.asar');
const walk = (dir, base = dir) =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        return e.isDirectory() ? walk(full, base) : [`/${path.relative(base, full).split(path.sep).join('/')}`];
      })
    : [];
const asarEntries = asar.listPackage(asarFile, { isPack: false }).map((e) => e.split(path.sep).join('/'));
const executable =
  fs.readdirSync(unpackedApp).find((f) => f === 'rembug' || f === 'Rembug' || f === 'electron') ?? null;
const readFuses = async () => {
  try {
    return executable ? await getCurrentFuseWire(path.join(unpackedApp, executable)) : null;
  } catch {
    return null; // no fuse wire at all: reported below
  }
};
const fuses = await readFuses();
const problems = packageProblems({
  asarEntries,
  asarSize: fs.statSync(asarFile).size,
  unpacked: walk(path.join(resourcesDir, 'app.asar.unpacked')),
  resources: walk(path.join(resourcesDir, 'resources')),
  migrations: fs
    .readdirSync(path.join(root, 'electron/core/db/migrations'))
    .filter((f) => /^\d+-.+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, '')),
  fuses,
  executable,
  packageJson: JSON.parse(asar.extractFile(asarFile, 'package.json').toString('utf8')),
});

// The packaged backend, unpacked as Electron would see it, must run on what the package
// holds alone: create a community file with it under plain Node (the native module here
// is built for Node, as npmRebuild is off for this check).
const runDir = path.join(work, 'app');
asar.extractAll(asarFile, runDir);
fs.cpSync(path.join(resourcesDir, 'app.asar.unpacked'), runDir, { recursive: true });
const probe = `const { CommunityFile } = await import(${JSON.stringify(path.join(runDir, 'dist/app/electron/core/communityFile.js'))});
const file = CommunityFile.create(${JSON.stringify(path.join(work, 'probe.rembug'))}, { name: 'Desa Uji', desa: '', kecamatan: '', kabupaten: '', province: '', description: '' });
console.log(file.community.get().name); file.close();`;
const { execFileSync } = await import('node:child_process');
try {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: work, encoding: 'utf8' });
  if (out.trim() !== 'Desa Uji') problems.push(`the packaged backend answered ${out.trim()}`);
} catch (error) {
  problems.push(`the packaged backend does not run on what the package holds: ${String(error).split('\n')[0]}`);
}

// The packaged main process, started as Electron starts it (its package.json `main`,
// inside the app's folder) with a recording stand-in for the `electron` module: the
// preload and the page it loads must resolve to files the package holds.
const standInModule = path.join(runDir, 'node_modules', 'electron');
fs.mkdirSync(standInModule, { recursive: true });
fs.writeFileSync(path.join(standInModule, 'package.json'), JSON.stringify({ type: 'module', exports: './index.js' }));
fs.writeFileSync(path.join(standInModule, 'index.js'), shellStandIn);
const shellReport = path.join(work, 'shell.json');
const mainFile = path.join(runDir, JSON.parse(fs.readFileSync(path.join(runDir, 'package.json'), 'utf8')).main);
try {
  execFileSync(process.execPath, [mainFile], {
    cwd: work,
    env: { ...process.env, REMBUG_SHELL_REPORT: shellReport, REMBUG_RESOURCES: resourcesDir, REMBUG_USERDATA: work },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const shell = JSON.parse(fs.readFileSync(shellReport, 'utf8'));
  const inside = (file) => file.startsWith(runDir + path.sep) && fs.existsSync(file);
  if (!inside(shell.preload)) problems.push(`the packaged main's preload is not in the package: ${shell.preload}`);
  const page = shell.fetched ? fileURLToPath(shell.fetched) : '';
  if (!page.endsWith(`${path.sep}index.html`) || !inside(page))
    problems.push(`the packaged main serves its page from outside the package: ${page}`);
} catch (error) {
  problems.push(`the packaged main process does not start: ${String(error).split('\n')[0]}`);
}

const unpackedBytes = walk(path.join(resourcesDir, 'app.asar.unpacked')).reduce(
  (sum, f) => sum + fs.statSync(path.join(resourcesDir, 'app.asar.unpacked', f)).size,
  0,
);
console.log(
  `package: app.asar ${(fs.statSync(asarFile).size / 1048576).toFixed(2)} MB, ${asarEntries.length} entries; ` +
    `unpacked native module ${(unpackedBytes / 1048576).toFixed(2)} MB`,
);
fs.rmSync(work, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(`the package is not right:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('package holds what runs and nothing else; fuses set; under the size budget');
