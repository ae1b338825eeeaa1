import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupStore } from '../../electron/core/backups.js';
import { CommunityFile } from '../../electron/core/communityFile.js';
import { lockPathOf } from '../../electron/core/db/fileLock.js';
import { createCommunityFile } from '../../electron/core/db/openFile.js';
import { CommunityRepo } from '../../electron/core/repos/communityRepo.js';
import { SessionRepo } from '../../electron/core/repos/sessionRepo.js';
import { communityWithSession, fgd, makeBackend, village } from '../support/coreFixtures.js';
import { largeVenn } from '../support/damage.js';
import { tempDir } from '../support/paths.js';

/**
 * Whole files written over a path: "new community", "save a copy as", a restore. Each
 * holds the path's lock from before it writes until the new file is open, and a failure
 * at the last step (the rename) leaves the file that was there with all its saves.
 */

const participant = (name: string) => ({ name, gender: 'female' as const, ageGroup: 'adult' as const, group: '' });

/** What another Rembug gets when it tries to open `file` now: 'opened' or the refusal's code. */
function otherRembugOpens(file: string): string {
  const other = makeBackend();
  try {
    other.backend.openPath(file);
    return 'opened';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    other.backend.openFile?.close();
  }
}

/** A community file on its own in a folder, closed, with `exercises` large diagrams. */
async function closedFile(name: string, exercises = 0) {
  const fixture = await communityWithSession();
  for (let i = 0; i < exercises; i += 1) {
    const venn = await fixture.call('exercise.create', { sessionId: fixture.session.id, type: 'venn', title: `V${i}` });
    await fixture.call('exercise.save', { id: venn.id, baseVersion: 1, body: largeVenn(`v${i}`) });
  }
  await fixture.backend.backups.settled();
  await fixture.call('community.close', {});
  const file = path.join(fixture.dir, name);
  fs.renameSync(fixture.file, file);
  return file;
}

describe('the path is locked from before anything is written until the new file is open', () => {
  it('"new community" over a closed file: another Rembug opening it while the new one is built is refused', async () => {
    const file = await closedFile('lama.rembug');
    let otherGot = '';
    const created = CommunityFile.create(
      file,
      { ...village, name: 'Desa Baru' },
      { beforeReplace: () => (otherGot = otherRembugOpens(file)) },
    );
    expect(otherGot).toBe('file_in_use');
    expect(created.community.get().name).toBe('Desa Baru');
    expect(JSON.parse(fs.readFileSync(lockPathOf(file), 'utf8'))).toMatchObject({ pid: process.pid });
    created.close();
    expect(fs.existsSync(lockPathOf(file))).toBe(false);
  });

  it('"new community" over the open file hands its lock to the new file: the same holder throughout', async () => {
    const { call, host, file } = await communityWithSession();
    const lockBefore = fs.readFileSync(lockPathOf(file), 'utf8');
    host.savePaths.push(file);
    const created = await call('community.create', { ...village, name: 'Desa Pengganti' });
    expect(created).toMatchObject({ path: file, readOnly: false, community: { name: 'Desa Pengganti' } });
    expect(fs.readFileSync(lockPathOf(file), 'utf8')).toBe(lockBefore);
    await call('community.close', {});
  });

  it('"save a copy as" over a closed file: another Rembug opening it while the copy is written is refused', async () => {
    const target = await closedFile('tujuan.rembug');
    const targetBytes = fs.readFileSync(target);
    const first = await communityWithSession();
    for (let i = 0; i < 120; i += 1) {
      const venn = await first.call('exercise.create', { sessionId: first.session.id, type: 'venn', title: `V${i}` });
      await first.call('exercise.save', { id: venn.id, baseVersion: 1, body: largeVenn(`v${i}`) });
    }
    await first.backend.backups.settled();
    first.host.savePaths.push(target);
    const saving = first.send('community.saveCopyAs', {});
    // The moment the copy is being written: a private file beside the target, or the target itself changing.
    const folder = path.dirname(target);
    expect(fs.readdirSync(folder).filter((f) => f.startsWith('tujuan'))).toEqual(['tujuan.rembug']);
    const writing = () =>
      fs.readdirSync(folder).some((f) => f.includes('.copying') || /^tujuan\.rembug-(wal|journal)$/.test(f)) ||
      !fs.readFileSync(target).equals(targetBytes);
    for (let turns = 0; !writing() && turns < 100_000; turns += 1)
      await new Promise((resolve) => setImmediate(resolve));
    expect(otherRembugOpens(target)).toBe('file_in_use');
    const saved = await saving;
    expect(saved.ok && saved.value).toMatchObject({ path: target, readOnly: false, community: { name: village.name } });
    expect((await first.call('session.get', { id: first.session.id })).exercises).toHaveLength(120);
    expect(fs.readdirSync(folder).filter((f) => f.includes('.copying'))).toEqual([]);
    await first.call('community.close', {});
  });
});

/** Whether this machine can make a file immutable (chattr +i: root on ext4, as here and in CI). */
function canMakeImmutable(): boolean {
  const probe = path.join(tempDir('chattr'), 'probe');
  fs.writeFileSync(probe, '');
  try {
    execFileSync('chattr', ['+i', probe], { stdio: 'pipe' });
    execFileSync('chattr', ['-i', probe], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

const immutable = (file: string, on: boolean) => execFileSync('chattr', [on ? '+i' : '-i', file], { stdio: 'pipe' });

// An immutable file cannot be renamed over (EPERM, even for root), and a connection closing on it
// cannot move its WAL into it: the WAL alone holds the latest saves when the rename fails.
describe.skipIf(!canMakeImmutable())('the rename over the file fails (the file is immutable: chattr +i)', () => {
  it('"new community" over the open file: refused, the old file is open again as any opened file, with every save', async () => {
    const fixture = await communityWithSession();
    const { call, send, host, file, session } = fixture;
    for (const name of ['Ibu Ani', 'Pak Budi', 'Ibu Citra'])
      await call('participant.add', { sessionId: session.id, fields: participant(name) });
    await fixture.backend.backups.settled();
    const backupsBefore = (await call('backup.list', { of: 'open' })).backups;
    immutable(file, true);
    try {
      host.savePaths.push(file);
      const refused = await send('community.create', { ...village, name: 'Desa Pengganti' });
      expect(refused.ok || refused.error.code).toBe('read_only');
      // The old community is the open one again, opened as any file is: with its backup on opening.
      expect(await call('community.current', {})).toMatchObject({ path: file, community: { name: village.name } });
      await fixture.backend.backups.settled();
      const backupsAfter = (await call('backup.list', { of: 'open' })).backups;
      expect(backupsAfter.map((b) => b.reason)).toEqual(['open', ...backupsBefore.map((b) => b.reason)]);
      expect(fs.readdirSync(path.dirname(file)).filter((f) => /\.(creating|replaced)/.test(f))).toEqual([]);
      await call('community.close', {});
    } finally {
      immutable(file, false);
    }
    const later = makeBackend();
    later.backend.openPath(file);
    const people = (await later.call('session.get', { id: session.id })).participants.map((p) => p.name);
    expect(people).toEqual(['Ibu Ani', 'Pak Budi', 'Ibu Citra']);
    await later.call('community.close', {});
  });

  it('a restore over a file a crash left with its WAL: refused, and the WAL is still beside it with its saves', async () => {
    const folder = tempDir('restore-wal');
    const live = path.join(folder, 'hidup.rembug');
    const { db } = createCommunityFile(live);
    new CommunityRepo(db).save(village);
    const store = new BackupStore(tempDir('backups'));
    const backup = await store.make(db, live, 'edit');
    db.pragma('wal_autocheckpoint = 0');
    const sessions = new SessionRepo(db);
    for (const title of ['Satu', 'Dua', 'Tiga']) sessions.create({ ...fgd, title });
    // A crash: the file and its WAL as the laptop left them, the saves in the WAL only.
    const crashed = path.join(folder, 'tertinggal.rembug');
    fs.copyFileSync(live, crashed);
    fs.copyFileSync(`${live}-wal`, `${crashed}-wal`);
    db.close();
    immutable(crashed, true);
    try {
      expect(() => store.restoreTo(backup, crashed)).toThrow(expect.objectContaining({ code: 'read_only' }));
    } finally {
      immutable(crashed, false);
    }
    expect(fs.existsSync(`${crashed}-wal`)).toBe(true);
    expect(fs.readdirSync(folder).filter((f) => /\.(restoring|replaced)/.test(f))).toEqual([]);
    const reopened = new Database(crashed, { readonly: true, fileMustExist: true });
    const titles = reopened.prepare('SELECT title FROM sessions ORDER BY title').all() as { title: string }[];
    reopened.close();
    expect(titles.map((t) => t.title)).toEqual(['Dua', 'Satu', 'Tiga']);
  });
});
