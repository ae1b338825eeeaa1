import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupEveryMs } from '../../electron/core/backupHandlers.js';
import { BackupStore, communityUidOf } from '../../electron/core/backups.js';
import { lockPathOf } from '../../electron/core/db/fileLock.js';
import { closeOpenedFile, createCommunityFile, openCommunityFile } from '../../electron/core/db/openFile.js';
import { CommunityRepo } from '../../electron/core/repos/communityRepo.js';
import { ExerciseRepo } from '../../electron/core/repos/exerciseRepo.js';
import { SessionRepo } from '../../electron/core/repos/sessionRepo.js';
import { communityWithSession, fgd, makeBackend, village } from '../support/coreFixtures.js';
import { largeVenn, zeroLastOverflowPage } from '../support/damage.js';
import { tempDir } from '../support/paths.js';

/** A closed-over community file (no backend) holding `exercises` large Venn diagrams. */
function communityDb(exercises: number) {
  const file = path.join(tempDir('backup-src'), 'cibodas.rembug');
  const { db } = createCommunityFile(file);
  new CommunityRepo(db).save(village);
  const sessionId = new SessionRepo(db).create(fgd);
  const repo = new ExerciseRepo(db);
  const ids = db.transaction(() =>
    Array.from({ length: exercises }, (_, i) => repo.create(sessionId, 'venn', `Venn ${i}`, largeVenn(`v${i}`))),
  )();
  return { file, db, ids, uid: communityUidOf(db)! };
}

function folderOf(file: string): string[] {
  return fs.readdirSync(path.dirname(file)).sort();
}

/** Waits for the backups the backend started in the background (on open, after edits). */
async function settledBackups(fixture: ReturnType<typeof makeBackend>) {
  await fixture.backend.backups.settled();
}

describe('the community uid (migration 1030)', () => {
  it('is made for a new file, added to an older file on its first writable open, and kept', () => {
    const { db, file, uid } = communityDb(0);
    expect(uid).toMatch(/^[0-9a-f]{32}$/);
    db.close();
    const again = openCommunityFile(file);
    expect(communityUidOf(again.db)).toBe(uid);
    closeOpenedFile(again);

    const old = path.join(tempDir('uid'), 'lama.rembug');
    const created = createCommunityFile(old, 1020);
    new CommunityRepo(created.db).save(village);
    expect(communityUidOf(created.db)).toBeNull();
    created.db.close();
    const upgraded = openCommunityFile(old);
    const given = communityUidOf(upgraded.db);
    expect(given).toMatch(/^[0-9a-f]{32}$/);
    expect(given).not.toBe(uid);
    closeOpenedFile(upgraded);
    const reopened = openCommunityFile(old);
    expect(communityUidOf(reopened.db)).toBe(given);
    closeOpenedFile(reopened);
  });
});

describe('the backup store', () => {
  it('keeps the last 10 and the newest of each of the last 7 days, removing the rest with their JSON', async () => {
    const { db, file, uid } = communityDb(1);
    let now = new Date(2026, 10, 1, 8, 0); // 1 Nov 2026, 08.00 local time
    const store = new BackupStore(tempDir('backups'), { now: () => now });
    const made: string[] = [];
    for (let day = 1; day <= 10; day += 1)
      for (const hour of [8, 12, 16]) {
        now = new Date(2026, 10, day, hour, 0);
        made.push((await store.make(db, file, 'edit')).takenAt);
      }
    const kept = store.list(uid).map((b) => b.takenAt);
    const at = (day: number, hour: number) => new Date(2026, 10, day, hour, 0).toISOString();
    expect(kept).toEqual([
      // the last ten
      ...[10, 9, 8].flatMap((day) => [at(day, 16), at(day, 12), at(day, 8)]),
      at(7, 16),
      // and one per day for the rest of the week (the day's newest)
      at(6, 16),
      at(5, 16),
      at(4, 16),
    ]);
    expect(made).toHaveLength(30);
    // Half-made copies a crash left are cleared once old; a recent one may still be in the making.
    const folder = path.join(store.root, uid);
    const crashed = path.join(folder, '.2026-11-01T01-00-00-000Z.4242.making');
    const recent = path.join(folder, '.2026-11-10T15-00-00-000Z.4243.making');
    fs.writeFileSync(crashed, 'half');
    fs.writeFileSync(recent, 'half');
    fs.utimesSync(crashed, new Date(2026, 10, 1), new Date(2026, 10, 1));
    fs.utimesSync(recent, now, now);
    store.prune(uid);
    expect(fs.existsSync(crashed)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
    fs.rmSync(recent);
    const onDisk = fs.readdirSync(path.join(store.root, uid)).sort();
    expect(onDisk).toHaveLength(kept.length * 2);
    expect(onDisk.filter((f) => f.endsWith('.rembug'))).toHaveLength(kept.length);
    expect(onDisk.filter((f) => f.endsWith('.json'))).toHaveLength(kept.length);
    db.close();
  });

  it('makes a consistent copy while the file is being written, self-contained, read without sidecar files', async () => {
    const { db, file, ids, uid } = communityDb(300);
    const [first, second] = [ids[0]!, ids[1]!];
    const store = new BackupStore(tempDir('backups'));
    const rename = db.prepare('UPDATE exercises SET title = ? WHERE id = ?');
    let done = false;
    const making = store.make(db, file, 'edit').finally(() => {
      done = true;
    });
    // Saves go on while the copy is made: each renames two exercises in one transaction.
    let writes = 0;
    while (!done) {
      writes += 1;
      db.transaction(() => {
        rename.run(`ronde ${writes}`, first);
        rename.run(`ronde ${writes}`, second);
      })();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const backup = await making;
    expect(writes).toBeGreaterThan(3); // the copy really was made while saves went on

    const before = folderOf(backup.path);
    const copy = new Database(backup.path, { readonly: true, fileMustExist: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const titles = copy.prepare('SELECT title FROM exercises WHERE id IN (?, ?)').all(first, second) as {
      title: string;
    }[];
    // Both renames of a transaction or neither; and saves made while it was copied are in it.
    const [one, two] = titles.map((t) => Number(/^ronde (\d+)$/.exec(t.title)?.[1]));
    expect(one).toBe(two);
    expect(one).toBeGreaterThan(1);
    expect(one).toBeLessThanOrEqual(writes);
    expect(copy.prepare('SELECT COUNT(*) AS n FROM exercises').get()).toEqual({ n: 300 });
    expect(communityUidOf(copy)).toBe(uid);
    copy.close();
    expect(fs.readFileSync(backup.path)[18]).toBe(1); // DELETE journal, not WAL: one file
    expect(store.contents(backup.path)).toEqual({ communityName: village.name, sessions: 1, exercises: 300 });
    expect(folderOf(backup.path)).toEqual(before); // reading it created no -wal, -shm or journal
    expect(before.filter((f) => !f.endsWith('.rembug') && !f.endsWith('.json'))).toEqual([]);
    expect(backup).toMatchObject({ reason: 'edit', sourcePath: file, sourceFileName: 'cibodas.rembug' });
    db.close();
  });

  it('refuses ids that are not a backup of its own (no path reaches outside its folder)', async () => {
    const { db, file, uid } = communityDb(1);
    const store = new BackupStore(tempDir('backups'));
    const made = await store.make(db, file, 'open');
    expect(store.find(made.id)?.path).toBe(made.path);
    for (const id of [`${uid}/../../etc/passwd`, `../${made.id}`, `${uid}/x`, made.id.replace(/\d{3}Z$/, '999Z')])
      expect(store.find(id)).toBeNull();
    db.close();
  });
});

describe('backups of the open file', () => {
  it('one on opening, then at most one per 10 minutes of editing; none for a read-only file', async () => {
    const fixture = await communityWithSession();
    let now = new Date();
    fixture.backend.backups.now = () => now;
    await settledBackups(fixture);
    const first = await fixture.call('backup.list', { of: 'open' });
    expect(first.fileName).toBe('cibodas.rembug');
    expect(first.backups.map((b) => b.reason)).toEqual(['open']);

    const participant = { name: 'Sari', gender: 'female' as const, ageGroup: 'adult' as const, group: '' };
    await fixture.call('participant.add', { sessionId: fixture.session.id, fields: participant });
    await settledBackups(fixture);
    expect((await fixture.call('backup.list', { of: 'open' })).backups).toHaveLength(1); // too soon

    now = new Date(now.getTime() + backupEveryMs + 1000);
    await fixture.call('participant.add', { sessionId: fixture.session.id, fields: participant });
    await new Promise((resolve) => setImmediate(resolve));
    await settledBackups(fixture);
    const after = await fixture.call('backup.list', { of: 'open' });
    expect(after.backups.map((b) => b.reason)).toEqual(['edit', 'open']);
    expect(after.backups[0]).toMatchObject({
      takenAt: now.toISOString(),
      sourceFileName: 'cibodas.rembug',
      contents: { communityName: village.name, sessions: 1, exercises: 0 },
    });

    // Another Rembug looking read-only backs nothing up: the file cannot change through it.
    const looker = makeBackend();
    looker.host.openPaths.push(fixture.file);
    await looker.send('community.openDialog', {});
    await looker.call('community.openReadOnly', {});
    await settledBackups(looker);
    expect(fs.existsSync(path.join(looker.host.userDataDir, 'backups'))).toBe(false);
  });

  it('a file closed and opened again while the backup of its last opening still runs gets one for this opening too', async () => {
    const fixture = await communityWithSession();
    await fixture.call('exercise.create', { sessionId: fixture.session.id, type: 'venn', title: 'Peta' });
    await settledBackups(fixture);
    await fixture.call('community.close', {});
    fixture.host.openPaths.push(fixture.file);
    await fixture.call('community.openDialog', {});
    await fixture.call('community.close', {}); // at once: its backup is still being made
    fixture.host.openPaths.push(fixture.file);
    await fixture.call('community.openDialog', {});
    await settledBackups(fixture);
    // The one made when the file was created, and the one of this opening (the closed one's was abandoned).
    const backups = (await fixture.call('backup.list', { of: 'open' })).backups;
    expect(backups.map((b) => [b.reason, b.contents?.exercises])).toEqual([
      ['open', 1],
      ['open', 1],
    ]);
  });

  it('restores over the open file after a backup of its current state; the folder keeps no stale -wal or -shm', async () => {
    const fixture = await communityWithSession();
    await settledBackups(fixture);
    const [opening] = (await fixture.call('backup.list', { of: 'open' })).backups;
    const later = await fixture.call('exercise.create', { sessionId: fixture.session.id, type: 'venn', title: 'Baru' });
    await fixture.call('exercise.save', { id: later.id, baseVersion: 1, body: largeVenn('b') });

    const lockBefore = fs.readFileSync(lockPathOf(fixture.file), 'utf8');
    const restored = await fixture.call('backup.restoreOver', { id: opening!.id, of: 'open' });
    expect(restored).toMatchObject({ path: fixture.file, readOnly: false, readOnlyReason: null });
    // The lock never left: the same holder from before the backup until the restored file is open.
    expect(fs.readFileSync(lockPathOf(fixture.file), 'utf8')).toBe(lockBefore);
    expect((await fixture.call('session.get', { id: fixture.session.id })).exercises).toEqual([]);
    await settledBackups(fixture);
    const list = (await fixture.call('backup.list', { of: 'open' })).backups;
    const kept = list.find((b) => b.reason === 'before_restore');
    expect(kept?.contents).toEqual({ communityName: village.name, sessions: 1, exercises: 1 });

    // What was there before can itself be restored: nothing the user had is gone.
    await fixture.call('backup.restoreOver', { id: kept!.id, of: 'open' });
    expect((await fixture.call('exercise.get', { id: later.id })).body).toEqual(largeVenn('b'));
    await settledBackups(fixture);
    await fixture.call('community.close', {});
    expect(folderOf(fixture.file).filter((f) => f.startsWith('cibodas'))).toEqual(['cibodas.rembug']);
  });

  it('restores as a new file that opens with its exercises; the file open before is untouched', async () => {
    const fixture = await communityWithSession();
    const venn = await fixture.call('exercise.create', { sessionId: fixture.session.id, type: 'venn', title: 'Peta' });
    await fixture.call('exercise.save', { id: venn.id, baseVersion: 1, body: largeVenn('p') });
    await settledBackups(fixture);
    await fixture.call('community.close', {});
    fixture.host.openPaths.push(fixture.file);
    await fixture.call('community.openDialog', {}); // a backup on this opening holds the diagram
    await settledBackups(fixture);
    const withDiagram = (await fixture.call('backup.list', { of: 'open' })).backups[0]!;
    expect(withDiagram.contents?.exercises).toBe(1);
    await fixture.call('exercise.delete', { id: venn.id });

    expect(await fixture.call('backup.restoreAsNew', { id: withDiagram.id })).toBeNull(); // dialog cancelled
    const target = path.join(fixture.dir, 'pulihan.rembug');
    fixture.host.savePaths.push(target);
    const opened = await fixture.call('backup.restoreAsNew', { id: withDiagram.id });
    expect(opened).toMatchObject({ path: target, readOnly: false, community: { name: village.name } });
    expect((await fixture.call('exercise.get', { id: venn.id })).body).toEqual(largeVenn('p'));
    await settledBackups(fixture);
    await fixture.call('community.close', {});
    expect(folderOf(target).filter((f) => f.endsWith('.rembug'))).toEqual(['cibodas.rembug', 'pulihan.rembug']);
    // The file open before keeps its own state: the diagram stays deleted there.
    fixture.host.openPaths.push(fixture.file);
    await fixture.call('community.openDialog', {});
    expect((await fixture.call('session.get', { id: fixture.session.id })).exercises).toEqual([]);
    await settledBackups(fixture);
  });

  it('previews a backup read-only, out of the recent list, and comes back to the file on closing', async () => {
    const fixture = await communityWithSession();
    await settledBackups(fixture);
    const [opening] = (await fixture.call('backup.list', { of: 'open' })).backups;
    await fixture.call('session.update', { id: fixture.session.id, fields: { ...fgd, title: 'Sesudah' } });

    const preview = await fixture.call('backup.preview', { id: opening!.id, of: 'open' });
    expect(preview).toMatchObject({
      readOnly: true,
      readOnlyReason: 'backup',
      backupOf: {
        id: opening!.id,
        takenAt: opening!.takenAt,
        fileName: 'cibodas.rembug',
        restoresOver: 'cibodas.rembug',
      },
      sessions: [{ title: fgd.title }],
    });
    expect((await fixture.call('community.current', {}))?.backupOf?.id).toBe(opening!.id);
    const edit = await fixture.send('session.update', { id: fixture.session.id, fields: fgd });
    expect(edit.ok || edit.error.code).toBe('read_only');
    expect((await fixture.call('settings.get', {})).recent.map((r) => r.path)).toEqual([fixture.file]);
    // Nor is it told to the operating system (its recent documents, the window title).
    expect(fixture.host.opened.at(-1)).toBe(fixture.file);
    // The list still shows the file's backups, and none was made of the preview.
    expect((await fixture.call('backup.list', { of: 'open' })).backups.map((b) => b.id)).toEqual([opening!.id]);

    const back = await fixture.call('backup.closePreview', {});
    expect(back).toMatchObject({ path: fixture.file, readOnly: false, sessions: [{ title: 'Sesudah' }] });
  });

  it('refuses to restore over a file another Rembug has open', async () => {
    const owner = await communityWithSession();
    await settledBackups(owner);
    const [opening] = (await owner.call('backup.list', { of: 'open' })).backups;
    // A second Rembug with its own copy of the backups, looking at the file read-only.
    const other = makeBackend();
    fs.cpSync(path.join(owner.host.userDataDir, 'backups'), path.join(other.host.userDataDir, 'backups'), {
      recursive: true,
    });
    other.host.openPaths.push(owner.file);
    await other.send('community.openDialog', {});
    await other.call('community.openReadOnly', {});
    const bytes = fs.readFileSync(owner.file);
    const refused = await other.send('backup.restoreOver', { id: opening!.id, of: 'open' });
    expect(refused.ok || refused.error.code).toBe('file_in_use');
    expect(fs.readFileSync(owner.file)).toEqual(bytes);
  });
});

describe('a restore and what else happens meanwhile', () => {
  it('restoring over a file holds its lock from before its backup: another Rembug opening it meanwhile is refused', async () => {
    const fixture = await communityWithSession();
    await settledBackups(fixture);
    const [opening] = (await fixture.call('backup.list', { of: 'open' })).backups;
    // Another community file in the folder, closed: the restore will replace it.
    const target = path.join(fixture.dir, 'desa-lain.rembug');
    fixture.host.savePaths.push(target);
    await fixture.call('community.create', { ...village, name: 'Desa Lain' });
    await settledBackups(fixture);
    await fixture.call('community.close', {});

    // The other Rembug tries the moment the backup of the target's current state starts.
    const other = makeBackend();
    let otherGot: string | null = null;
    fixture.backend.backups.now = () => {
      if (otherGot === null) {
        try {
          other.backend.openPath(target);
          otherGot = 'opened';
        } catch (error) {
          otherGot = (error as { code?: string }).code ?? String(error);
        }
      }
      return new Date();
    };
    fixture.host.savePaths.push(target);
    const restored = await fixture.call('backup.restoreAsNew', { id: opening!.id });
    expect(otherGot).toBe('file_in_use');
    expect(other.backend.openFile).toBeNull();
    expect(restored).toMatchObject({ path: target, readOnly: false, community: { name: village.name } });
    expect(JSON.parse(fs.readFileSync(lockPathOf(target), 'utf8'))).toMatchObject({ pid: process.pid });
    await settledBackups(fixture);
    const kept = (await fixture.call('backup.list', { of: 'open' })).backups.find((b) => b.reason === 'before_restore');
    expect(kept?.contents?.communityName).toBe('Desa Lain'); // what was replaced can come back
  });

  it('restoring one exercise refuses in words, and writes nothing, when the file is closed during the backup first', async () => {
    const fixture = await communityWithSession();
    const venn = await fixture.call('exercise.create', { sessionId: fixture.session.id, type: 'venn', title: 'Peta' });
    await fixture.call('exercise.save', { id: venn.id, baseVersion: 1, body: largeVenn('a') });
    await settledBackups(fixture);
    await fixture.call('community.close', {});
    fixture.host.openPaths.push(fixture.file);
    await fixture.call('community.openDialog', {}); // backed up with the diagram whole
    await settledBackups(fixture);
    const source = await fixture.call('backup.exerciseSource', { exerciseId: venn.id });
    await fixture.call('exercise.save', { id: venn.id, baseVersion: 2, body: largeVenn('b') });

    // Closed by the user once the backup of the current state is made, before the exercise is written.
    const backupsDir = path.join(fixture.host.userDataDir, 'backups');
    const beforeRestoreMade = () =>
      fs
        .readdirSync(backupsDir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.json'))
        .some((f) => fs.readFileSync(path.join(backupsDir, f), 'utf8').includes('"before_restore"'));
    fixture.backend.backups.now = () => {
      if (fixture.backend.openFile && beforeRestoreMade()) void fixture.backend.handlers['community.close']({});
      return new Date();
    };
    const refused = await fixture.send('backup.restoreExercise', { exerciseId: venn.id, backupId: source!.backupId });
    expect(refused.ok || refused.error.code).toBe('community_changed');
    const later = makeBackend();
    later.backend.openPath(fixture.file);
    expect((await later.call('exercise.get', { id: venn.id })).body).toEqual(largeVenn('b'));
    await later.call('community.close', {});
  });

  it("a preview's restore over names the file it replaces, not the one the backup was made from", async () => {
    const fixture = await communityWithSession();
    await settledBackups(fixture);
    const copy = path.join(fixture.dir, 'salinan.rembug');
    fixture.host.savePaths.push(copy);
    await fixture.call('community.saveCopyAs', {}); // the same community, under another name
    await settledBackups(fixture);
    const list = await fixture.call('backup.list', { of: 'open' });
    expect(list.fileName).toBe('salinan.rembug');
    const ofOriginal = list.backups.find((b) => b.sourceFileName === 'cibodas.rembug')!;
    const preview = await fixture.call('backup.preview', { id: ofOriginal.id, of: 'open' });
    expect(preview.backupOf).toMatchObject({ fileName: 'cibodas.rembug', restoresOver: 'salinan.rembug' });
    await fixture.call('backup.closePreview', {});

    // A file open read-only because another Rembug has it offers no restore over.
    const other = makeBackend();
    fs.cpSync(backupsDirOf(fixture), backupsDirOf(other), { recursive: true });
    other.host.openPaths.push(copy);
    await other.send('community.openDialog', {});
    await other.call('community.openReadOnly', {});
    const looking = await other.call('backup.preview', { id: ofOriginal.id, of: 'open' });
    expect(looking.backupOf).toMatchObject({ fileName: 'cibodas.rembug' });
    expect(looking.backupOf?.restoresOver).toBeUndefined();
  });
});

function backupsDirOf(fixture: ReturnType<typeof makeBackend>): string {
  return path.join(fixture.host.userDataDir, 'backups');
}

describe('a damaged file', () => {
  it('offers the backups made from its path, and is restored over (its bytes kept first)', async () => {
    const fixture = await communityWithSession();
    await settledBackups(fixture);
    await fixture.call('exercise.create', { sessionId: fixture.session.id, type: 'venn', title: 'Kelembagaan' });
    await fixture.call('community.close', {});
    fixture.host.openPaths.push(fixture.file);
    await fixture.call('community.openDialog', {});
    await settledBackups(fixture);
    await fixture.call('community.close', {});
    const bytes = fs.readFileSync(fixture.file);
    for (let i = 4096; i < bytes.length; i += 1) bytes[i] = (i * 13) % 256; // its community id unreadable too
    fs.writeFileSync(fixture.file, bytes);

    fixture.host.openPaths.push(fixture.file);
    const refused = await fixture.send('community.openDialog', {});
    expect(refused.ok || refused.error.code).toBe('damaged_file');
    const offered = await fixture.call('backup.list', { of: 'damaged' });
    expect(offered.fileName).toBe('cibodas.rembug');
    expect(offered.backups.map((b) => b.contents?.exercises)).toEqual([1, 0]);

    const restored = await fixture.call('backup.restoreOver', { id: offered.backups[0]!.id, of: 'damaged' });
    expect(restored).toMatchObject({ path: fixture.file, readOnly: false, damagedExercises: [] });
    const session = await fixture.call('session.get', { id: fixture.session.id });
    expect(session.exercises.map((e) => e.title)).toEqual(['Kelembagaan']);
    await settledBackups(fixture);
    const kept = (await fixture.call('backup.list', { of: 'open' })).backups.find((b) => b.reason === 'before_restore');
    const keptPath = path.join(fixture.host.userDataDir, 'backups', `${kept!.id}.rembug`);
    expect(fs.readFileSync(keptPath)).toEqual(bytes); // the damaged file, byte for byte
  });

  it('restores one damaged exercise from the newest backup in which it reads fine', async () => {
    const fixture = await communityWithSession();
    const damaged = await fixture.call('exercise.create', {
      sessionId: fixture.session.id,
      type: 'venn',
      title: 'Venn sebelum',
    });
    await fixture.call('exercise.save', { id: damaged.id, baseVersion: 1, body: largeVenn('a') });
    await settledBackups(fixture);
    const healthy = await fixture.call('exercise.create', {
      sessionId: fixture.session.id,
      type: 'venn',
      title: 'Lain',
    });
    await fixture.call('community.close', {});
    fixture.host.openPaths.push(fixture.file);
    await fixture.call('community.openDialog', {}); // backed up with the diagram whole
    await settledBackups(fixture);
    await fixture.call('exercise.save', { id: healthy.id, baseVersion: 1, body: largeVenn('c', 2) });
    await fixture.call('community.close', {});
    const db = new Database(fixture.file);
    db.pragma('journal_mode = DELETE');
    db.close();
    expect(zeroLastOverflowPage(fixture.file, damaged.id)).toBe(true);

    fixture.host.openPaths.push(fixture.file);
    const opened = await fixture.call('community.openDialog', {});
    expect(opened?.damagedExercises.map((e) => e.title)).toEqual(['Venn sebelum']);
    await settledBackups(fixture); // this opening's backup holds the damage: it is passed over
    const newest = (await fixture.call('backup.list', { of: 'open' })).backups;
    const source = await fixture.call('backup.exerciseSource', { exerciseId: damaged.id });
    expect(source?.backupId).toBe(newest[1]!.id);

    const lockBefore = fs.readFileSync(lockPathOf(fixture.file), 'utf8');
    const repaired = await fixture.call('backup.restoreExercise', {
      exerciseId: damaged.id,
      backupId: source!.backupId,
    });
    expect(repaired.damagedExercises).toEqual([]);
    expect(fs.readFileSync(lockPathOf(fixture.file), 'utf8')).toBe(lockBefore); // never given back meanwhile
    expect((await fixture.call('exercise.get', { id: damaged.id })).body).toEqual(largeVenn('a'));
    // The other exercise keeps its later change.
    expect((await fixture.call('exercise.get', { id: healthy.id })).body).toEqual(largeVenn('c', 2));
    await settledBackups(fixture);
    expect((await fixture.call('backup.list', { of: 'open' })).backups.map((b) => b.reason)).toContain(
      'before_restore',
    );
  });
});
