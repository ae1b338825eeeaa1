import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { emptyStatementDocument } from '#shared/exercises/framing/schema.js';
import { fgd, makeBackend, village } from '../support/coreFixtures.js';
import { tempDir } from '../support/paths.js';

/**
 * A real full disk: a small tmpfs mounted for this file (tests run as root, here and in
 * CI), filled to the last byte by a filler file, as a USB stick fills up with photos. If
 * mount is refused, the save tests fall back to capping the file with PRAGMA
 * max_page_count (their names say so) and the "new community" tests are skipped: a cap
 * on one file cannot stop another file from being created.
 */
const mediumBytes = 6 * 1024 * 1024;
const medium = tempDir('tmpfs');
const mounted = tryMount();
const fillerPath = path.join(medium, 'filler.bin');

function tryMount(): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${mediumBytes}`, 'rembug-full-disk', medium], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

const openBackends: ReturnType<typeof makeBackend>[] = [];
function backend() {
  const fixture = makeBackend();
  openBackends.push(fixture);
  return fixture;
}

afterAll(() => {
  // Every handle on the medium must be closed before it can be unmounted.
  for (const { backend } of openBackends) backend.openFile?.close();
  if (mounted) {
    try {
      execFileSync('umount', [medium], { stdio: 'pipe' });
    } catch {
      execFileSync('umount', ['-l', medium], { stdio: 'pipe' });
    }
  }
  fs.rmSync(medium, { recursive: true, force: true });
});

function freeBytes(): number {
  const stats = fs.statfsSync(medium);
  return stats.bavail * stats.bsize;
}

/** Fills the medium until the kernel refuses another byte, leaving `leave` bytes (whole pages) free. */
function fillDisk(leave = 0): void {
  const fd = fs.openSync(fillerPath, 'a');
  try {
    for (const chunk of [1024 * 1024, 64 * 1024, 4096, 1]) {
      const bytes = Buffer.alloc(chunk, 0x55);
      while (freeBytes() - chunk >= leave) {
        try {
          if (fs.writeSync(fd, bytes) < chunk) break;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw error;
        }
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

function freeDisk(): void {
  fs.rmSync(fillerPath, { force: true });
}
// A failed test must not leave the next one a full disk.
afterEach(freeDisk);

/** What the folder holds, with sizes, leaving out the filler. */
function folderListing(): Record<string, number> {
  return Object.fromEntries(
    fs
      .readdirSync(medium)
      .filter((name) => name !== path.basename(fillerPath))
      .map((name) => [name, fs.statSync(path.join(medium, name)).size]),
  );
}

/** Files on the medium this process still holds open (a leaked handle keeps space and blocks unmounting). */
function handlesOnMedium(): string[] {
  const held: string[] = [];
  for (const fd of fs.readdirSync('/proc/self/fd')) {
    try {
      const target = fs.readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(medium + path.sep)) held.push(target);
    } catch {
      // closed while listing
    }
  }
  return held.sort();
}

function quickCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('quick_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

const participant = (name: string) => ({ name, gender: 'female' as const, ageGroup: 'adult' as const, group: 'PKK' });

/** Long enough that the WAL must grow into space the full disk does not have. */
const longNotes = Array.from({ length: 2000 }, (_, i) => `Catatan ${i}: air bersih, jalan desa, posyandu.`)
  .join('\n')
  .slice(0, 100_000);

/** A community with a session, three people and a statement, saved on the medium. */
async function savedCommunity(fileName: string, name = village.name) {
  const fixture = backend();
  const file = path.join(medium, fileName);
  fixture.host.savePaths.push(file);
  await fixture.call('community.create', { ...village, name });
  const session = await fixture.call('session.create', fgd);
  for (const person of ['Ibu Ani', 'Pak Budi', 'Ibu Citra']) {
    await fixture.call('participant.add', { sessionId: session.id, fields: participant(person) });
  }
  const exercise = await fixture.call('exercise.create', {
    sessionId: session.id,
    type: 'statement',
    title: 'Pernyataan',
  });
  const body = { ...emptyStatementDocument(), text: 'Air bersih untuk semua dusun' };
  const { version } = await fixture.call('exercise.save', { id: exercise.id, baseVersion: exercise.version, body });
  return { ...fixture, file, session, exercise: { ...exercise, version, body } };
}

const savesTitle = mounted
  ? `saves on a full disk (a real ${mediumBytes / 1024 / 1024} MB tmpfs, filled to the last byte)`
  : 'saves on a full disk, SIMULATED with PRAGMA max_page_count because mount was refused';

describe(savesTitle, () => {
  it('a refused save reports disk_full, earlier saves stay, and the same handle saves again once space is freed', async () => {
    const { send, call, backend: app, file, session, exercise } = await savedCommunity('penuh.rembug');
    const before = await call('session.get', { id: session.id });
    const db = app.openFile!.db;
    if (mounted) fillDisk();
    else db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    if (mounted) expect(freeBytes()).toBe(0);

    const longerSession = { ...fgd, notes: longNotes, agreements: ['Kerja bakti setiap Jumat'] };
    const refused = await send('session.update', { id: session.id, fields: longerSession });
    expect(refused).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    const refusedPerson = await send('participant.add', { sessionId: session.id, fields: participant('Pak Dedi') });
    expect(refusedPerson).toMatchObject({ ok: false, error: { code: 'disk_full' } });

    // Everything saved before is still there, read back through the same handle and from disk.
    expect(await call('session.get', { id: session.id })).toEqual(before);
    expect(await call('exercise.get', { id: exercise.id })).toMatchObject({
      version: exercise.version,
      body: exercise.body,
    });
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');

    if (mounted) freeDisk();
    else db.pragma('max_page_count = 1073741823');
    const saved = await call('session.update', { id: session.id, fields: longerSession });
    expect(saved.notes).toBe(longNotes);
    await call('participant.add', { sessionId: session.id, fields: participant('Pak Dedi') });
    await call('community.close', {});
    expect(handlesOnMedium()).toEqual([]);

    // Nothing lost: another backend opens the file and finds every save, old and new.
    expect(quickCheck(file)).toBe('ok');
    const again = backend();
    again.backend.openPath(file);
    const reopened = await again.call('session.get', { id: session.id });
    expect(reopened.notes).toBe(longNotes);
    expect(reopened.agreements).toEqual(['Kerja bakti setiap Jumat']);
    expect(reopened.participants.map((p) => p.name)).toEqual(['Ibu Ani', 'Pak Budi', 'Ibu Citra', 'Pak Dedi']);
    expect(await again.call('exercise.get', { id: exercise.id })).toMatchObject({ body: exercise.body });
    await again.call('community.close', {});
  });
});

describe.skipIf(!mounted)('"new community" on a full disk (a real tmpfs)', () => {
  // 0 bytes: SQLite cannot write the new file's first page; 16 KB: the first page fits but
  // the WAL's shared-memory file cannot grow (SQLITE_IOERR_SHMSIZE); 40 KB: the WAL starts.
  it.each([0, 16 * 1024, 40 * 1024])(
    'with %i bytes free: disk_full, no new or 0-byte file, no handle left, and the open community carries on',
    async (leave) => {
      const name = `lama-${leave}.rembug`;
      const { send, call, host, file, session } = await savedCommunity(name, 'Desa Lama');
      const listingBefore = folderListing();
      fillDisk(leave);

      const newFile = path.join(medium, `baru-${leave}.rembug`);
      host.savePaths.push(newFile);
      const result = await send('community.create', { ...village, name: 'Desa Baru' });
      expect(result).toMatchObject({ ok: false, error: { code: 'disk_full' } });
      expect(fs.existsSync(newFile)).toBe(false);
      expect(folderListing()).toEqual(listingBefore);
      expect(handlesOnMedium().filter((held) => !held.startsWith(file))).toEqual([]);
      expect(Object.entries(folderListing()).filter(([, size]) => size === 0)).toEqual([]);

      // The community that was open is still the open one, and reads as before.
      expect((await call('community.current', {}))?.community.name).toBe('Desa Lama');
      expect((await call('session.get', { id: session.id })).participants).toHaveLength(3);
      freeDisk();
      await call('participant.add', { sessionId: session.id, fields: participant('Pak Dedi') });
      expect((await call('session.get', { id: session.id })).participants).toHaveLength(4);
      await call('community.close', {});
    },
  );

  it('over the file that is open: refused with disk_full, and the open file stays open and intact', async () => {
    const { send, call, host, backend: app, file, session } = await savedCommunity('sama.rembug', 'Desa Lama');
    const bytesBefore = fs.readFileSync(file);
    fillDisk();
    host.savePaths.push(file);
    const result = await send('community.create', { ...village, name: 'Desa Pengganti' });
    expect(result).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    expect(fs.readFileSync(file).equals(bytesBefore)).toBe(true);
    expect(Object.keys(folderListing()).filter((entry) => entry.includes('.creating'))).toEqual([]);

    // Still open, the same file, with its people; saving works again once there is space.
    expect(app.openFile?.path).toBe(file);
    expect((await call('community.current', {}))?.community.name).toBe('Desa Lama');
    freeDisk();
    await call('participant.add', { sessionId: session.id, fields: participant('Pak Dedi') });
    await call('community.close', {});
    const again = backend();
    again.backend.openPath(file);
    expect((await again.call('community.current', {}))?.community.name).toBe('Desa Lama');
    expect((await again.call('session.get', { id: session.id })).participants).toHaveLength(4);
    await again.call('community.close', {});
  });

  it('with room, "new community" over the open file replaces it, complete, with nothing left of the old one', async () => {
    const { call, host, file } = await savedCommunity('ganti.rembug', 'Desa Lama');
    host.savePaths.push(file);
    const created = await call('community.create', { ...village, name: 'Desa Pengganti' });
    expect(created).toMatchObject({ path: file, community: { name: 'Desa Pengganti' }, sessions: [] });
    expect(Object.keys(folderListing()).filter((entry) => entry.includes('.creating'))).toEqual([]);
    await call('community.close', {});
    expect(quickCheck(file)).toBe('ok');
    const again = backend();
    again.backend.openPath(file);
    expect(await again.call('community.current', {})).toMatchObject({
      community: { name: 'Desa Pengganti' },
      sessions: [],
    });
    await again.call('community.close', {});
  });
});

describe.skipIf(!mounted)('"save a copy as" on a full disk (a real tmpfs)', () => {
  it.each([
    ['under a new name', false],
    ['over another community file', true],
  ])(
    '%s: disk_full, the path keeps what it had (nothing, or that file, byte for byte), no part of a copy is left',
    async (_, over) => {
      const { send, call, host, session } = await savedCommunity(`asal-${String(over)}.rembug`, 'Desa Asal');
      // Enough in the community that its copy cannot fit in what is left.
      await call('session.update', { id: session.id, fields: { ...fgd, notes: longNotes } });
      const target = path.join(medium, `salinan-${String(over)}.rembug`);
      if (over) {
        const other = backend();
        other.host.savePaths.push(target);
        await other.call('community.create', { ...village, name: 'Desa Tujuan' });
        await other.call('community.close', {});
      }
      const before = over ? fs.readFileSync(target) : null;
      const listingBefore = folderListing();
      fillDisk(24 * 1024);

      host.savePaths.push(target);
      const result = await send('community.saveCopyAs', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'disk_full' } });
      if (before) expect(fs.readFileSync(target).equals(before)).toBe(true);
      else expect(fs.existsSync(target)).toBe(false);
      expect(folderListing()).toEqual(listingBefore);

      // The community that was open is still the open one, and saves once there is room.
      expect((await call('community.current', {}))?.community.name).toBe('Desa Asal');
      freeDisk();
      await call('participant.add', { sessionId: session.id, fields: participant('Pak Dedi') });
      await call('community.close', {});
      if (before) expect(quickCheck(target)).toBe('ok');
    },
  );
});
