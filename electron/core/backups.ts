import fs from 'node:fs';
import path from 'node:path';
import type { BackupReason } from '#shared/ipc/contract.js';
import { AppFailure } from '#shared/result.js';
import { privateNameBeside, replaceFile, syncToDisk, type Db } from './db/openFile.js';
import { asFileFailure } from './db/sqliteErrors.js';
import {
  communityUidOf,
  dayOf,
  readContents,
  stampOf,
  stampPattern,
  takenAtOfStamp,
  uidPattern,
  type BackupContents,
  type BackupRecord,
  type StoredBackup,
} from './backupRecords.js';
import { openDatabase } from './db/sqlite.js';

export { communityUidOf, type BackupContents, type BackupRecord, type StoredBackup } from './backupRecords.js';

export interface BackupStoreOptions {
  now?: () => Date;
  /** The newest backups always kept. */
  keepLast?: number;
  /** Besides those, the newest backup of each of the last `keepDays` days. */
  keepDays?: number;
}

/** Pages copied per step of the backup API; between steps the backend answers other calls. */
const pagesPerStep = 1024;
const dayMs = 24 * 60 * 60 * 1000;
/** A half-made copy this old was left by a crash: no backup takes an hour. */
const leftoverAfterMs = 60 * 60 * 1000;

/**
 * Writes a file's data to the medium, so a backup that is listed survives a power cut; in
 * Node's thread pool, so the backend answers saves meanwhile (tens of MB can take a while).
 */
async function syncFile(filePath: string): Promise<void> {
  const handle = await fs.promises.open(filePath, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function removeWithSidecars(filePath: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(filePath + suffix, { force: true });
}

/**
 * Rolling backups of community files, by community: `<root>/<community uid>/<stamp>.rembug`
 * with `<stamp>.json` beside it. Each is a consistent copy made with SQLite's backup API
 * (never a file copy of a live WAL database), switched to the DELETE journal right after,
 * so it is one self-contained file that a read-only connection opens without creating a
 * -wal or -shm beside it.
 */
export class BackupStore {
  private readonly now: () => Date;
  /** Names of backups being made (two in the same millisecond must not share one). */
  private readonly reserved = new Set<string>();
  readonly keepLast: number;
  readonly keepDays: number;

  constructor(
    readonly root: string,
    options: BackupStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.keepLast = options.keepLast ?? 10;
    this.keepDays = options.keepDays ?? 7;
  }

  /**
   * Copies the open database `source` (the community file at `sourcePath`) into a new
   * backup, then prunes that community's backups. The copy is built under a private name
   * and renamed into place when complete, so a listed backup is never partial. The backup
   * API copies in steps; writes through `source` meanwhile are carried into the copy.
   */
  async make(
    source: Db,
    sourcePath: string,
    reason: BackupReason,
    uid = communityUidOf(source),
  ): Promise<StoredBackup> {
    if (!uid) throw new AppFailure('not_found', `${sourcePath} has no community uid`);
    return this.makeWith(uid, sourcePath, reason, async (making) => {
      await source.backup(making, { progress: () => pagesPerStep });
      return this.settle(making);
    });
  }

  /**
   * A backup of a community file that is not open (about to be restored over): through
   * SQLite when it reads, else, and always for a file refused as damaged (`asBytes`), its
   * bytes as they are (with its -wal): the most faithful copy of what damage left.
   */
  async makeFromClosedFile(
    sourcePath: string,
    uid: string,
    reason: BackupReason,
    { asBytes = false } = {},
  ): Promise<StoredBackup> {
    if (!asBytes) {
      let db: Db | undefined;
      try {
        db = openDatabase(sourcePath, { fileMustExist: true });
        return await this.make(db, sourcePath, reason, communityUidOf(db) ?? uid);
      } catch {
        // unreadable: kept byte for byte below
      } finally {
        if (db?.open) db.close();
      }
    }
    return this.makeWith(uid, sourcePath, reason, async (making) => {
      fs.copyFileSync(sourcePath, making);
      if (fs.existsSync(`${sourcePath}-wal`)) fs.copyFileSync(`${sourcePath}-wal`, `${making}-wal`);
      return null;
    });
  }

  /**
   * What every new backup goes through, whichever way `copy` writes it: `copy` fills the
   * private name `making` (and says what it holds); the copy is then published with its
   * record. On any failure nothing half-made stays behind, and the reserved name is freed.
   */
  private async makeWith(
    uid: string,
    sourcePath: string,
    reason: BackupReason,
    copy: (making: string) => Promise<BackupContents | null>,
  ): Promise<StoredBackup> {
    const { dir, name, takenAt } = this.place(uid);
    const making = path.join(dir, `.${name}.${process.pid}.making`);
    try {
      const contents = await copy(making);
      return await this.publish(making, dir, name, {
        takenAt,
        reason,
        communityUid: uid,
        sourcePath: path.resolve(sourcePath),
        sourceFileName: path.basename(sourcePath),
        size: fs.statSync(making).size,
        contents,
      });
    } catch (error) {
      removeWithSidecars(making);
      return asFileFailure(error);
    } finally {
      this.reserved.delete(path.join(dir, name));
    }
  }

  /** The folder, a free name and the moment for a new backup of community `uid`. */
  private place(uid: string): { dir: string; name: string; takenAt: string } {
    const dir = path.join(this.root, uid);
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (error) {
      asFileFailure(error);
    }
    const takenAt = this.now().toISOString();
    const stamp = stampOf(takenAt);
    let name = stamp;
    const taken = (candidate: string) =>
      this.reserved.has(path.join(dir, candidate)) || fs.existsSync(path.join(dir, `${candidate}.rembug`));
    for (let n = 2; taken(name); n += 1) name = `${stamp}-${n}`;
    this.reserved.add(path.join(dir, name));
    return { dir, name, takenAt };
  }

  /** One self-contained file: the DELETE journal, so a read-only open needs no -wal or -shm. */
  private settle(making: string): BackupContents | null {
    const db = openDatabase(making, { fileMustExist: true });
    try {
      db.pragma('journal_mode = DELETE');
      try {
        return readContents(db);
      } catch {
        return null; // a copy of a damaged file: kept, its contents unknown
      }
    } finally {
      db.close();
    }
  }

  /** Syncs the finished copy, writes its JSON, and only then gives it its listed name. */
  private async publish(making: string, dir: string, name: string, record: BackupRecord): Promise<StoredBackup> {
    await syncFile(making);
    const json = path.join(dir, `${name}.json`);
    fs.writeFileSync(`${json}.tmp`, JSON.stringify(record, null, 2));
    await syncFile(`${json}.tmp`);
    fs.renameSync(`${json}.tmp`, json);
    const finalPath = path.join(dir, `${name}.rembug`);
    if (fs.existsSync(`${making}-wal`)) fs.renameSync(`${making}-wal`, `${finalPath}-wal`);
    fs.renameSync(making, finalPath);
    syncToDisk(dir, { isFolder: true });
    this.prune(record.communityUid);
    return { ...record, id: `${record.communityUid}/${name}`, path: finalPath };
  }

  /** What a backup holds, read through a read-only connection (it creates no file beside it). */
  contents(backupPath: string): BackupContents | null {
    let db: Db | undefined;
    try {
      db = openDatabase(backupPath, { readonly: true, fileMustExist: true });
      return readContents(db);
    } catch {
      return null;
    } finally {
      if (db?.open) db.close();
    }
  }

  /** The backups of community `uid`, newest first. */
  list(uid: string): StoredBackup[] {
    if (!uidPattern.test(uid)) return [];
    const dir = path.join(this.root, uid);
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return [];
    }
    const found: StoredBackup[] = [];
    for (const fileName of names) {
      if (!fileName.endsWith('.rembug')) continue;
      const name = fileName.slice(0, -'.rembug'.length);
      if (!stampPattern.test(name)) continue;
      found.push(this.read(uid, name));
    }
    return found.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.id.localeCompare(a.id));
  }

  /**
   * The backups of a community file: those of its community (`uid`, when it could be read)
   * and those made from a file at its path (a file too damaged to read its uid), newest first.
   */
  listFor(sourcePath: string, uid: string | null): StoredBackup[] {
    const resolved = path.resolve(sourcePath);
    let uids: string[];
    try {
      uids = fs.readdirSync(this.root).filter((d) => uidPattern.test(d));
    } catch {
      uids = [];
    }
    return uids
      .flatMap((u) => (u === uid ? this.list(u) : this.list(u).filter((b) => b.sourcePath === resolved)))
      .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.id.localeCompare(a.id));
  }

  /** The backup named by `id`, or null: ids are checked by shape, so no id reaches outside the store. */
  find(id: string): StoredBackup | null {
    const [uid, name, ...rest] = id.split('/');
    if (rest.length > 0 || !uid || !name || !uidPattern.test(uid) || !stampPattern.test(name)) return null;
    if (!fs.existsSync(path.join(this.root, uid, `${name}.rembug`))) return null;
    return this.read(uid, name);
  }

  /** The backup stored at `filePath`, or null when that is not one of this store's backups. */
  at(filePath: string): StoredBackup | null {
    const resolved = path.resolve(filePath);
    const uid = path.basename(path.dirname(resolved));
    if (path.dirname(path.dirname(resolved)) !== path.resolve(this.root)) return null;
    return this.find(`${uid}/${path.basename(resolved, '.rembug')}`);
  }

  /** The record beside a backup; one that is missing or unreadable is rebuilt from the backup itself. */
  private read(uid: string, name: string): StoredBackup {
    const dir = path.join(this.root, uid);
    const backupPath = path.join(dir, `${name}.rembug`);
    const id = `${uid}/${name}`;
    try {
      const record = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) as Partial<BackupRecord>;
      if (typeof record.takenAt === 'string' && typeof record.sourcePath === 'string')
        return {
          takenAt: record.takenAt,
          reason: record.reason ?? 'edit',
          communityUid: uid,
          sourcePath: record.sourcePath,
          sourceFileName: record.sourceFileName ?? path.basename(record.sourcePath),
          size: typeof record.size === 'number' ? record.size : fs.statSync(backupPath).size,
          contents: record.contents ?? null,
          id,
          path: backupPath,
        };
    } catch {
      // rebuilt below
    }
    return {
      takenAt: takenAtOfStamp(name),
      reason: 'edit',
      communityUid: uid,
      sourcePath: '',
      sourceFileName: '',
      size: fs.statSync(backupPath).size,
      contents: this.contents(backupPath),
      id,
      path: backupPath,
    };
  }

  /**
   * Keeps the newest `keepLast` backups of the community, and the newest of each of the last
   * `keepDays` calendar days (today included); removes the rest (with their JSON). Returns
   * the ids removed.
   */
  prune(uid: string): string[] {
    const all = this.list(uid);
    const keep = new Set(all.slice(0, this.keepLast).map((b) => b.id));
    const now = this.now().getTime();
    const days = new Set(
      Array.from({ length: this.keepDays }, (_, i) => dayOf(new Date(now - i * dayMs).toISOString())),
    );
    for (const b of all) {
      const day = dayOf(b.takenAt);
      if (!days.has(day)) continue;
      days.delete(day); // the newest of that day (the list is newest first)
      keep.add(b.id);
    }
    this.removeLeftovers(uid);
    const removed: string[] = [];
    for (const b of all) {
      if (keep.has(b.id)) continue;
      removeWithSidecars(b.path);
      fs.rmSync(b.path.replace(/\.rembug$/, '.json'), { force: true });
      removed.push(b.id);
    }
    return removed;
  }

  /** Copies a crash interrupted (a `.making` file, a JSON not yet renamed): not this store's work under way, and old. */
  private removeLeftovers(uid: string): void {
    const dir = path.join(this.root, uid);
    const cutoff = this.now().getTime() - leftoverAfterMs;
    for (const fileName of fs.readdirSync(dir)) {
      if (!/\.making(-wal|-shm|-journal)?$|\.json\.tmp$/.test(fileName)) continue;
      const leftover = path.join(dir, fileName);
      const stem = path.join(dir, fileName.replace(/^\./, '').replace(/\..*$/, ''));
      if (this.reserved.has(stem)) continue;
      try {
        if (fs.statSync(leftover).mtimeMs < cutoff) fs.rmSync(leftover, { force: true });
      } catch {
        // gone meanwhile
      }
    }
  }

  /**
   * Puts a copy of `backup` at `target` (its connection closed, its lock held by the
   * caller): written under a private name in the same folder, synced, then renamed into
   * place, so `target` is either the old file or the whole restored one. The old file's
   * -wal and -shm do not stay (SQLite would replay that WAL into the restored file), but
   * they are only removed once the rename has succeeded (replaceFile).
   */
  restoreTo(backup: StoredBackup, target: string): void {
    const temp = privateNameBeside(target, 'restoring');
    try {
      fs.copyFileSync(backup.path, temp);
      syncToDisk(temp, { isFolder: false });
      replaceFile(temp, target);
      // Only a byte-for-byte copy of an unreadable file has a WAL of its own: it goes with it.
      if (fs.existsSync(`${backup.path}-wal`)) fs.copyFileSync(`${backup.path}-wal`, `${target}-wal`);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      asFileFailure(error);
    }
    syncToDisk(path.dirname(target), { isFolder: true });
  }
}
