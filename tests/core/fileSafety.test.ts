import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockPathOf, staleAfterMs } from '../../electron/core/db/fileLock.js';
import { latestVersion } from '../../electron/core/db/migrations/index.js';
import { loadSessionReportData } from '../../electron/core/report/reportData.js';
import { emptyVennDocument } from '#shared/exercises/venn/schema.js';
import { communityWithSession, makeBackend, village } from '../support/coreFixtures.js';
import { largeVenn, zeroLastOverflowPage } from '../support/damage.js';
import { repoRoot, tempDir } from '../support/paths.js';

/** The file's bytes and its folder's listing: what "untouched" means to a user. */
function fingerprint(file: string): { sha256: string; folder: string[] } {
  return {
    sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
    folder: fs.readdirSync(path.dirname(file)).sort(),
  };
}

/** A closed community file in WAL mode with one session and a Venn diagram, alone in its folder. */
async function closedCommunity() {
  const fixture = await communityWithSession();
  const venn = await fixture.call('exercise.create', {
    sessionId: fixture.session.id,
    type: 'venn',
    title: 'Kelembagaan desa',
  });
  await fixture.call('community.close', {});
  return { ...fixture, venn };
}

const participant = (name: string) => ({ name, gender: 'female' as const, ageGroup: 'adult' as const, group: '' });

describe('one writer per file', () => {
  it('a second Rembug on an open file is told who has it, may look read-only, and no save of the first is lost', async () => {
    const first = await communityWithSession();
    const second = makeBackend();
    second.host.openPaths.push(first.file);
    const refused = await second.send('community.openDialog', {});
    expect(refused.ok || refused.error).toMatchObject({
      code: 'file_in_use',
      params: { file: 'cibodas.rembug', machine: os.hostname(), user: os.userInfo().username },
    });
    const looking = await second.call('community.openReadOnly', {});
    expect(looking).toMatchObject({ readOnly: true, readOnlyReason: 'in_use', path: first.file });
    expect(looking.community.name).toBe(village.name);

    // The first keeps working; the second cannot write, neither small changes nor whole files.
    for (let i = 0; i < 5; i += 1)
      await first.call('participant.add', { sessionId: first.session.id, fields: participant(`Warga ${i}`) });
    const write = await second.send('participant.add', {
      sessionId: first.session.id,
      fields: participant('Dari laptop lain'),
    });
    expect(write.ok || write.error.code).toBe('read_only');
    second.host.savePaths.push(first.file);
    const over = await second.send('community.create', { ...village, name: 'Menimpa' });
    expect(over.ok || over.error.code).toBe('file_in_use');
    second.host.savePaths.push(first.file);
    const copyOver = await second.send('community.saveCopyAs', {});
    expect(copyOver.ok || copyOver.error.code).toBe('file_in_use');

    await first.call('community.close', {});
    await second.call('community.close', {});
    const later = makeBackend();
    later.backend.openPath(first.file);
    const names = (await later.call('session.get', { id: first.session.id })).participants.map((p) => p.name);
    expect(names).toEqual(['Warga 0', 'Warga 1', 'Warga 2', 'Warga 3', 'Warga 4']);
    expect((await later.call('community.current', {}))?.community.name).toBe(village.name);
  });

  it('the lock goes when the file is closed, and opening it again in the same Rembug is not refused', async () => {
    const { file, backend, call } = await communityWithSession();
    expect(fs.existsSync(lockPathOf(file))).toBe(true);
    backend.openPath(file);
    expect((await call('community.current', {}))?.readOnly).toBe(false);
    await call('community.close', {});
    expect(fs.existsSync(lockPathOf(file))).toBe(false);
    const other = makeBackend();
    expect(other.backend.openPath(file).readOnly).toBe(false);
  });

  it('a lock left by a process killed with SIGKILL is recovered at once on the same machine', async () => {
    const { file } = await closedCommunity();
    const doomed = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    await new Promise((resolve) => doomed.once('spawn', resolve));
    fs.writeFileSync(
      lockPathOf(file),
      JSON.stringify({
        app: 'rembug',
        token: 'crashed',
        user: 'rina',
        machine: os.hostname(),
        pid: doomed.pid,
        since: new Date().toISOString(),
      }),
    );
    const live = makeBackend();
    live.host.openPaths.push(file);
    expect(((await live.send('community.openDialog', {})) as { error: { code: string } }).error.code).toBe(
      'file_in_use',
    );
    doomed.kill('SIGKILL');
    await new Promise((resolve) => doomed.once('exit', resolve));
    const after = makeBackend();
    after.host.openPaths.push(file);
    expect(await after.call('community.openDialog', {})).toMatchObject({ readOnly: false });
    expect(JSON.parse(fs.readFileSync(lockPathOf(file), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it("another machine's lock is respected while it is refreshed, and recovered once it has gone stale", async () => {
    const { file } = await closedCommunity();
    fs.writeFileSync(
      lockPathOf(file),
      JSON.stringify({
        app: 'rembug',
        token: 'other',
        user: 'budi',
        machine: 'laptop-kantor-desa',
        pid: 4242,
        since: '2026-11-29T08:00:00.000Z',
      }),
    );
    const fresh = makeBackend();
    fresh.host.openPaths.push(file);
    const refused = await fresh.send('community.openDialog', {});
    expect(refused.ok || refused.error).toMatchObject({
      code: 'file_in_use',
      params: { user: 'budi', machine: 'laptop-kantor-desa', since: '2026-11-29T08:00:00.000Z' },
    });
    const old = new Date(Date.now() - staleAfterMs - 60_000);
    fs.utimesSync(lockPathOf(file), old, old);
    const recovering = makeBackend();
    recovering.host.openPaths.push(file);
    expect(await recovering.call('community.openDialog', {})).toMatchObject({ readOnly: false });
  });

  it('a writer whose lock was taken over stops writing instead of overwriting the other', async () => {
    const { file, call, send, session } = await communityWithSession();
    await call('participant.add', { sessionId: session.id, fields: participant('Sebelum') });
    fs.writeFileSync(
      lockPathOf(file),
      JSON.stringify({
        app: 'rembug',
        token: 'taken',
        user: 'budi',
        machine: 'laptop-kantor-desa',
        pid: 4242,
        since: new Date().toISOString(),
      }),
    );
    const refused = await send('participant.add', { sessionId: session.id, fields: participant('Sesudah') });
    expect(refused.ok || refused.error.code).toBe('file_in_use');
  });

  it('a takeover is noticed even when the new lock has the same length and modification time as ours', async () => {
    const { file, call, send, session } = await communityWithSession();
    const lockPath = lockPathOf(file);
    // A whole second, which the takeover's lock is given again (a time set by hand keeps no nanoseconds).
    const mtime = new Date('2026-11-30T08:00:00Z');
    fs.utimesSync(lockPath, mtime, mtime);
    // A save: the lock's look is then known, so the next save only compares it.
    await call('participant.add', { sessionId: session.id, fields: participant('Sebelum') });
    const ours = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as { token: string };
    const theirs = { ...ours, token: ours.token.replace(/[0-9a-f]/g, 'b') };
    expect(JSON.stringify(theirs)).toHaveLength(fs.statSync(lockPath).size);
    fs.writeFileSync(lockPath, JSON.stringify(theirs));
    fs.utimesSync(lockPath, mtime, mtime);
    const refused = await send('participant.add', { sessionId: session.id, fields: participant('Sesudah') });
    expect(refused.ok || refused.error.code).toBe('file_in_use');
  });
});

describe('refused and read-only files are left exactly as they were', () => {
  const cases: [string, (file: string) => void, string][] = [
    [
      'a file from a newer Rembug',
      (file) => {
        const db = new Database(file);
        db.pragma(`user_version = ${latestVersion + 10}`);
        db.close();
      },
      'newer_version',
    ],
    [
      'a damaged file',
      (file) => {
        const bytes = fs.readFileSync(file);
        for (let i = 4096; i < bytes.length; i += 1) bytes[i] = (i * 13) % 256;
        fs.writeFileSync(file, bytes);
      },
      'damaged_file',
    ],
  ];
  for (const [what, spoil, code] of cases)
    it(`${what} (in WAL mode) is refused with no -wal, -shm or lock beside it and the same bytes`, async () => {
      const { file } = await closedCommunity();
      spoil(file);
      expect(fs.readFileSync(file)[18]).toBe(2); // still a WAL-mode file
      const before = fingerprint(file);
      const fixture = makeBackend();
      fixture.host.openPaths.push(file);
      const refused = await fixture.send('community.openDialog', {});
      expect(refused.ok || refused.error.code).toBe(code);
      expect(fingerprint(file)).toEqual(before);
    });

  it('a file opened read-only is read from a private copy: nothing beside it, bytes unchanged, edits refused', async () => {
    const { file, session } = await closedCommunity();
    const before = fingerprint(file);
    const fixture = makeBackend();
    const opened = fixture.backend.openPath(file, { readOnly: 'in_use' });
    expect(opened).toMatchObject({ readOnly: true, readOnlyReason: 'in_use' });
    const detail = await fixture.call('session.get', { id: session.id });
    expect(detail.exercises.map((e) => e.title)).toEqual(['Kelembagaan desa']);
    const refused = await fixture.send('session.update', { id: session.id, fields: { ...detail, title: 'Ubah' } });
    expect(refused.ok || refused.error.code).toBe('read_only');
    expect(fingerprint(file)).toEqual(before);
    await fixture.call('community.close', {});
    expect(fingerprint(file)).toEqual(before);
  });
});

describe('a file a crash left with its WAL', () => {
  it('is refused untouched when only its WAL says it is from a newer Rembug: file and WAL keep their bytes', async () => {
    const { file } = await closedCommunity();
    // A newer Rembug wrote its version and was killed before the WAL went into the file.
    const killed = spawnSync(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(${JSON.stringify(file)});
         db.pragma('wal_autocheckpoint = 0');
         db.pragma('user_version = ${latestVersion + 10}');
         process.kill(process.pid, 'SIGKILL');`,
      ],
      { cwd: repoRoot },
    );
    expect(killed.signal).toBe('SIGKILL');
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const before = { ...fingerprint(file), wal: fingerprint(`${file}-wal`).sha256 };
    const fixture = makeBackend();
    fixture.host.openPaths.push(file);
    const refused = await fixture.send('community.openDialog', {});
    expect(refused.ok || refused.error.code).toBe('newer_version');
    expect({ ...fingerprint(file), wal: fingerprint(`${file}-wal`).sha256 }).toEqual(before);
  });

  it('opens with what the WAL holds when it is ours', async () => {
    const { file, session } = await closedCommunity();
    const killed = spawnSync(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(${JSON.stringify(file)});
         db.pragma('wal_autocheckpoint = 0');
         db.prepare("UPDATE sessions SET title = 'Judul dari WAL' WHERE id = ?").run(${JSON.stringify(session.id)});
         process.kill(process.pid, 'SIGKILL');`,
      ],
      { cwd: repoRoot },
    );
    expect(killed.signal).toBe('SIGKILL');
    const fixture = makeBackend();
    expect(fixture.backend.openPath(file).sessions.map((s) => s.title)).toEqual(['Judul dari WAL']);
  });
});

describe('the lock while writing', () => {
  it('a lock file deleted by hand is taken again on the next save, and the save is kept', async () => {
    const { file, call, session } = await communityWithSession();
    fs.rmSync(lockPathOf(file));
    await call('participant.add', { sessionId: session.id, fields: participant('Setelah kunci hilang') });
    expect(JSON.parse(fs.readFileSync(lockPathOf(file), 'utf8'))).toMatchObject({ pid: process.pid });
    expect((await call('session.get', { id: session.id })).participants.map((p) => p.name)).toEqual([
      'Setelah kunci hilang',
    ]);
  });

  it('a laptop cloned with the same name is another machine: its lock is not judged by our processes', async () => {
    const { file } = await closedCommunity();
    fs.writeFileSync(
      lockPathOf(file),
      JSON.stringify({
        app: 'rembug',
        token: 'clone',
        user: 'budi',
        machine: os.hostname(),
        machineKey: `${os.hostname()}/02:00:00:00:00:99`,
        pid: 999_999, // no such process here, which says nothing about the other laptop
        since: new Date().toISOString(),
      }),
    );
    const fixture = makeBackend();
    fixture.host.openPaths.push(file);
    const refused = await fixture.send('community.openDialog', {});
    expect(refused.ok || refused.error.code).toBe('file_in_use');
  });

  it("a crashed run's private copies are removed from the temporary folder a day later", () => {
    const old = fs.mkdtempSync(path.join(os.tmpdir(), 'rembug-view-'));
    const recent = fs.mkdtempSync(path.join(os.tmpdir(), 'rembug-view-'));
    const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000);
    fs.utimesSync(old, dayAgo, dayAgo);
    makeBackend();
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
    fs.rmSync(recent, { recursive: true });
  });
});

/**
 * Opens `target` as the unprivileged user `nobody` in a child process, on the built
 * backend (tests run as root, and root ignores permissions); what the open found.
 */
function openAsNobody(target: string): unknown {
  const built = path.join(repoRoot, 'dist', 'app', 'electron', 'core', 'communityFile.js');
  expect(fs.existsSync(built), 'run the build first (npm test does)').toBe(true);
  const script = `
    const { CommunityFile } = await import(${JSON.stringify(built)});
    const file = CommunityFile.open(${JSON.stringify(target)});
    console.log(JSON.stringify({ readOnly: file.readOnly, reason: file.readOnlyReason, name: file.community.get().name }));
    file.close();`;
  const child = spawnSync(
    'setpriv',
    ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--input-type=module', '-e', script],
    { encoding: 'utf8', cwd: os.tmpdir(), env: { ...process.env, HOME: os.tmpdir(), TMPDIR: os.tmpdir() } },
  );
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout);
}

describe('read-only media', () => {
  const mounts: string[] = [];
  afterAll(() => {
    for (const dir of mounts) spawnSync('umount', ['-l', dir]);
  });

  it('a community on a write-protected medium opens read-only, with its work, and the medium is not written', async () => {
    const { file, session, venn } = await closedCommunity();
    const medium = tempDir('medium');
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m,mode=755', 'tmpfs', medium]);
    expect(mounted.status, `mount needs root: ${mounted.stderr}`).toBe(0);
    mounts.push(medium);
    const onStick = path.join(medium, 'cibodas.rembug');
    fs.copyFileSync(file, onStick);
    expect(spawnSync('mount', ['-o', 'remount,ro', medium]).status).toBe(0);
    const before = fingerprint(onStick);

    const fixture = makeBackend();
    fixture.host.openPaths.push(onStick);
    const opened = await fixture.call('community.openDialog', {});
    expect(opened).toMatchObject({ readOnly: true, readOnlyReason: 'file', fileName: 'cibodas.rembug' });
    expect((await fixture.call('exercise.get', { id: venn.id })).title).toBe('Kelembagaan desa');
    const save = await fixture.send('exercise.save', { id: venn.id, baseVersion: 1, body: emptyVennDocument() });
    expect(save.ok || save.error.code).toBe('read_only');
    expect((await fixture.call('session.get', { id: session.id })).title).toBe('FGD kelembagaan');
    await fixture.call('community.close', {});
    expect(fingerprint(onStick)).toEqual(before);
    // And as an ordinary user, as a facilitator's laptop runs it.
    expect(openAsNobody(onStick)).toEqual({ readOnly: true, reason: 'file', name: village.name });
    expect(fingerprint(onStick)).toEqual(before);
  });

  it('a community in a folder this user may not write opens read-only (as an unprivileged user)', async () => {
    const { file } = await closedCommunity();
    const folder = tempDir('shared-folder');
    const target = path.join(folder, 'cibodas.rembug');
    fs.copyFileSync(file, target);
    fs.chmodSync(target, 0o644);
    fs.chmodSync(folder, 0o755); // nobody may read, not write
    const before = fingerprint(target);
    expect(openAsNobody(target)).toEqual({ readOnly: true, reason: 'file', name: village.name });
    expect(fingerprint(target)).toEqual(before);
  });
});

describe('the deep check on opening', () => {
  it('finds a zeroed overflow page quick_check misses, names the exercise, and the rest of the community opens', async () => {
    const fixture = await communityWithSession();
    const { call, session } = fixture;
    const damaged = await call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Venn sebelum' });
    const healthy = await call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Venn sesudah' });
    await call('exercise.save', { id: damaged.id, baseVersion: 1, body: largeVenn('a') });
    await call('exercise.save', { id: healthy.id, baseVersion: 1, body: largeVenn('b') });
    await call('community.close', {});
    const db = new Database(fixture.file);
    db.pragma('journal_mode = DELETE'); // everything in the main file, where the page is zeroed
    db.close();
    expect(zeroLastOverflowPage(fixture.file, damaged.id)).toBe(true);

    const again = makeBackend();
    again.host.openPaths.push(fixture.file);
    const opened = await again.call('community.openDialog', {});
    expect(opened).toMatchObject({
      readOnly: false,
      damagedExercises: [
        { id: damaged.id, title: 'Venn sebelum', sessionId: session.id, sessionTitle: 'FGD kelembagaan' },
      ],
    });
    const get = await again.send('exercise.get', { id: damaged.id });
    expect(get.ok || get.error).toMatchObject({ code: 'damaged_exercise', params: { title: 'Venn sebelum' } });
    const duplicate = await again.send('exercise.duplicate', { id: damaged.id, title: 'Salinan' });
    expect(duplicate.ok || duplicate.error.code).toBe('damaged_exercise');
    expect((await again.call('exercise.get', { id: healthy.id })).body).toEqual(largeVenn('b'));
    // The session still lists both, and its report prints the healthy one and names the other.
    expect((await again.call('session.get', { id: session.id })).exercises.map((e) => e.title)).toEqual([
      'Venn sebelum',
      'Venn sesudah',
    ]);
    const report = loadSessionReportData(again.backend.openFile!, session.id);
    expect(report.exercises.map((e) => e.title)).toEqual(['Venn sesudah']);
    expect(report.unprinted).toEqual([{ title: 'Venn sebelum', why: 'damaged' }]);
  });
});
