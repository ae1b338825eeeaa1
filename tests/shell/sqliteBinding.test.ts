import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { village } from '../support/coreFixtures.js';
import { repoRoot, tempDir } from '../support/paths.js';

vi.mock('electron', async () => (await import('./fakeElectron.js')).fakeElectronModule());
const { recorded } = await import('./fakeElectron.js');
const electron = (await import('electron')) as unknown as {
  dialog: { showSaveDialog: { mockResolvedValueOnce: (value: unknown) => void } };
};

const require = createRequire(import.meta.url);
const nodeModulesBinding = path.join(
  path.dirname(require.resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
);
const sha256 = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
/** The native modules this process has loaded, as the kernel lists them. */
const loadedFiles = (): string => fs.readFileSync('/proc/self/maps', 'utf8');

// A version no real Electron has, so the test's side folder never meets a real build.
const testElectronVersion = '0.0.0-rembug-test';
const sideFolder = path.join(repoRoot, '.native', `electron-${testElectronVersion}-${process.arch}`);

describe("better-sqlite3 for Electron is kept beside node_modules' build for Node", () => {
  afterAll(() => fs.rmSync(sideFolder, { recursive: true, force: true }));

  it('the app started from the project (npm start) opens its files through the side build', async () => {
    // Stands in for the Electron build (this process is Node, so the Node build is what loads).
    fs.mkdirSync(sideFolder, { recursive: true });
    const sideBinding = path.join(sideFolder, 'better_sqlite3.node');
    fs.copyFileSync(nodeModulesBinding, sideBinding);
    (process.versions as Record<string, string>).electron = testElectronVersion;
    recorded.userData = tempDir('sqlite-binding-userdata');
    recorded.appPath = repoRoot;
    await import('../../electron/main.js');
    await new Promise((r) => setTimeout(r, 20));
    const { sqliteBinding } = await import('../../electron/core/db/sqlite.js');
    expect(sqliteBinding()).toBe(sideBinding);

    expect(loadedFiles()).not.toContain(sideBinding);
    const file = path.join(tempDir('sqlite-binding'), 'cibodas.rembug');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    const invoke = recorded.ipcHandlers.get('rembug:invoke')!;
    const appPage = { senderFrame: { parent: null, url: 'app://rembug/index.html' } };
    expect(await invoke(appPage, 'community.create', village)).toMatchObject({ ok: true });
    expect(fs.statSync(file).size).toBeGreaterThan(0);
    expect(loadedFiles()).toContain(sideBinding);
  });

  it('without a side build it names none (node_modules as before), and a packaged app never looks', async () => {
    const { sideSqliteBinding } = await import('../../electron/main.js');
    expect(sideSqliteBinding(repoRoot, '99.0.0', process.arch)).toBeUndefined();
    expect(sideSqliteBinding(repoRoot, undefined, process.arch)).toBeUndefined();
  });

  it('the build script builds into its own folder and leaves node_modules as it was', () => {
    const before = sha256(nodeModulesBinding);
    const out = tempDir('side-build');
    const run = (): string =>
      execFileSync(
        'npm',
        ['run', '-s', 'sqlite:electron', '--', '--runtime', 'node', '--target', process.versions.node, '--out', out],
        { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    expect(run()).toContain(`better-sqlite3 for node ${process.versions.node} (${process.arch}) built`);
    const built = path.join(out, 'better_sqlite3.node');
    expect(fs.readdirSync(out).sort()).toEqual(['better_sqlite3.node', 'built-from.json']);
    expect(sha256(nodeModulesBinding)).toBe(before);
    // The side build works: a child Node loads it by nativeBinding and reads SQLite through it.
    const answer = execFileSync(
      process.execPath,
      [
        '-e',
        `const D=require('better-sqlite3');const db=new D(':memory:',{nativeBinding:${JSON.stringify(built)}});` +
          `process.stdout.write(db.prepare('select sqlite_version() v').get().v+' '+` +
          `require('fs').readFileSync('/proc/self/maps','utf8').includes(${JSON.stringify(built)}))`,
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(answer).toMatch(/^3\.\d+\.\d+ true$/);
    // A second start finds it ready and builds nothing (the module is not even rewritten).
    const builtAt = fs.statSync(built).mtimeMs;
    expect(run()).toContain('is ready');
    expect(fs.statSync(built).mtimeMs).toBe(builtAt);
  }, 900_000);
});
