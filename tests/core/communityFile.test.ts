import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createCommunityFile,
  migrate,
  openCommunityFile,
  rembugApplicationId,
} from '../../electron/core/db/openFile.js';
import { latestVersion, migrations } from '../../electron/core/db/migrations/index.js';
import { bytesOf, communityWithSession, makeBackend, village } from '../support/coreFixtures.js';
import { tempDir } from '../support/paths.js';

describe('a community file on disk', () => {
  it('is created empty at the latest schema, marked as Rembug, in WAL with foreign keys', () => {
    const file = path.join(tempDir('db'), 'new.rembug');
    const opened = createCommunityFile(file);
    expect(opened.db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(opened.db.pragma('application_id', { simple: true })).toBe(rembugApplicationId);
    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    opened.db.close();
  });

  it('keeps what was written after it is closed and opened again', async () => {
    const { call, backend, file, session } = await communityWithSession();
    await call('participant.add', {
      sessionId: session.id,
      fields: { name: 'Ibu Ani', gender: 'female', ageGroup: 'adult', group: 'PKK' },
    });
    backend.openFile?.close();
    const again = makeBackend();
    again.backend.openPath(file);
    const reopened = await again.call('session.get', { id: session.id });
    expect(reopened.participants.map((p) => p.name)).toEqual(['Ibu Ani']);
    expect((await again.call('community.current', {}))?.community).toEqual(village);
  });

  it('migration 1010 turns an empty file into the first schema', () => {
    // Signal's pattern: start at the version before, insert, migrate, read.
    const file = path.join(tempDir('db'), 'old.rembug');
    const db = new Database(file);
    db.pragma(`application_id = ${rembugApplicationId}`);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    migrate(db, 1010);
    db.prepare("INSERT INTO community (id, name, created_at, updated_at) VALUES (1, 'Desa Lama', 'x', 'x')").run();
    db.close();
    const opened = openCommunityFile(file);
    expect(opened.db.prepare('SELECT name FROM community').get()).toEqual({ name: 'Desa Lama' });
    expect(migrations.map((m) => m.version)).toEqual([1010, 1020, 1030, 1040, 1050]);
    opened.db.close();
  });

  it('migration 1020 adds photo storage to a file of 1010, keeping what it held', () => {
    const file = path.join(tempDir('db'), 'v1010.rembug');
    const old = createCommunityFile(file, 1010);
    old.db.prepare("INSERT INTO community (id, name, created_at, updated_at) VALUES (1, 'Desa 1010', 'x', 'x')").run();
    expect(old.db.pragma('user_version', { simple: true })).toBe(1010);
    old.db.close();
    const opened = openCommunityFile(file);
    expect(opened.db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(opened.db.prepare('SELECT name FROM community').get()).toEqual({ name: 'Desa 1010' });
    opened.db
      .prepare(
        "INSERT INTO photos (id, mime, width, height, bytes, created_at) VALUES ('p', 'image/jpeg', 1, 1, x'FFD8FF', 'x')",
      )
      .run();
    expect(opened.db.prepare('SELECT COUNT(*) AS n FROM photos').get()).toEqual({ n: 1 });
    opened.db.close();
  });
});

describe('files Rembug must refuse without writing to them', () => {
  async function refuse(file: string, code: string) {
    const before = bytesOf(file);
    const mtime = fs.statSync(file).mtimeMs;
    const { send, host } = makeBackend();
    host.openPaths.push(file);
    const result = await send('community.openDialog', {});
    expect(result).toMatchObject({ ok: false, error: { code, params: { file: path.basename(file) } } });
    expect(bytesOf(file).equals(before)).toBe(true);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  }

  it('a text file renamed to .rembug', async () => {
    const file = path.join(tempDir('bad'), 'catatan.rembug');
    fs.writeFileSync(file, 'Ini bukan basis data, hanya catatan rapat.\n'.repeat(200));
    await refuse(file, 'not_rembug_file');
  });

  it('a SQLite database of another program', async () => {
    const file = path.join(tempDir('bad'), 'other.rembug');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    await refuse(file, 'not_rembug_file');
  });

  it('a file from a newer Rembug', async () => {
    const { backend, file } = await communityWithSession();
    backend.openFile?.close();
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.pragma(`user_version = ${latestVersion + 10}`);
    db.close();
    await refuse(file, 'newer_version');
  });

  it('a damaged file', async () => {
    const { backend, file, call, session } = await communityWithSession();
    for (let i = 0; i < 40; i += 1)
      await call('participant.add', {
        sessionId: session.id,
        fields: { name: `Warga ${i}`, gender: 'male', ageGroup: 'adult', group: '' },
      });
    backend.openFile?.close();
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    // Scribble over the middle of the file, as a failing USB stick would.
    const bytes = bytesOf(file);
    const pageSize = 4096;
    for (let i = pageSize * 2; i < bytes.length - pageSize; i += 1) bytes[i] = (i * 7) % 256;
    fs.writeFileSync(file, bytes);
    await refuse(file, 'damaged_file');
  });

  it('a missing file in the recent list is shown as missing, and opening it says so', async () => {
    const { call, send, backend, file } = await communityWithSession();
    backend.openFile?.close();
    fs.rmSync(file);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    const settings = await call('settings.get', {});
    expect(settings.recent).toEqual([{ path: file, name: 'Desa Cibodas', exists: false }]);
    expect(await send('community.openRecent', { path: file })).toMatchObject({
      ok: false,
      error: { code: 'file_missing' },
    });
  });
});
