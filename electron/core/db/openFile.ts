import type Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReadOnlyReason } from '#shared/ipc/contract.js';
import { AppFailure } from '#shared/result.js';
import { FileLock } from './fileLock.js';
import { latestVersion, migrations } from './migrations/index.js';
import { isCorrupt, isNotADatabase } from './sqliteErrors.js';
import { openDatabase } from './sqlite.js';

/** 'REMB' in ASCII: marks a SQLite file as a Rembug community file (PRAGMA application_id). */
export const rembugApplicationId = 0x52454d42;

export type Db = Database.Database;

export interface OpenedFile {
  db: Db;
  /** The community file as the user knows it (never the private copy a read-only view reads). */
  path: string;
  readOnly: boolean;
  /** Why it cannot be written; null when writable. */
  readOnlyReason?: ReadOnlyReason | null;
  /** Held while a writable file is open: one writer per file, across machines. */
  lock?: FileLock | null;
  /** The private folder a read-only view reads from; removed on close. */
  snapshotDir?: string | null;
}

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Refuses what is not ours or is from a newer Rembug by the file's first 100 bytes (the
 * SQLite header: user_version at 60, application_id at 68), before SQLite opens it, so a
 * refused file gets no -wal or -shm beside it. An empty file is not a community either.
 */
function checkHeader(filePath: string): void {
  const file = path.basename(filePath);
  const header = Buffer.alloc(100);
  let read: number;
  try {
    const fd = fs.openSync(filePath, 'r');
    try {
      read = fs.readSync(fd, header, 0, 100, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppFailure('file_missing', `no file at ${filePath}`, { file });
    if (code === 'EISDIR') throw new AppFailure('not_rembug_file', 'a folder', { file });
    throw new AppFailure('read_failed', String(error), { file });
  }
  if (read < 100 || !header.subarray(0, 16).equals(sqliteMagic))
    throw new AppFailure('not_rembug_file', 'no SQLite header', { file });
  const appId = header.readUInt32BE(68);
  if (appId !== rembugApplicationId) throw new AppFailure('not_rembug_file', `application_id ${appId}`, { file });
  const version = header.readUInt32BE(60);
  if (version > latestVersion)
    throw new AppFailure('newer_version', `file version ${version} > ${latestVersion}`, { file });
}

/**
 * Checks an open connection before anything writes to it: ours, not from a newer Rembug
 * (the header may lag behind a WAL), and not damaged by what `integrity_check` sees. The
 * deeper check of every exercise follows in CommunityFile.
 */
function checkOpened(db: Db, filePath: string): void {
  const file = path.basename(filePath);
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== rembugApplicationId) throw new AppFailure('not_rembug_file', `application_id ${appId}`, { file });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion)
      throw new AppFailure('newer_version', `file version ${version} > ${latestVersion}`, { file });
    // integrity_check, not quick_check: it also checks every index against its table, and
    // costs the same on a community (28 ms against 29 ms for 38.6 MB, `npm run bench`).
    const check = db.pragma('integrity_check', { simple: true }) as string;
    if (check !== 'ok') throw new AppFailure('damaged_file', `integrity_check: ${check}`, { file });
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    if (isNotADatabase(error)) throw new AppFailure('not_rembug_file', String(error), { file });
    if (isCorrupt(error)) throw new AppFailure('damaged_file', String(error), { file });
    throw readFailure(error, filePath);
  }
}

/**
 * A file that could not be read for another reason (an I/O error of a failing stick, a
 * share that lost its connection, SQLite unable to open it), in words, not as "internal".
 */
function readFailure(error: unknown, filePath: string): AppFailure {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return new AppFailure('disk_full', String(error));
  return new AppFailure('read_failed', String(error), { file: path.basename(filePath) });
}

function configure(db: Db): void {
  // WAL keeps readers and the writer apart; FULL sync because power cuts are normal in
  // the field and an edit at human pace can afford a durable commit.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

export function migrate(db: Db, target = latestVersion): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of migrations) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

/** Whether this process may change the file: the file and its folder (for the WAL) writable. */
function isWritable(filePath: string): boolean {
  try {
    fs.accessSync(filePath, fs.constants.W_OK);
    fs.accessSync(path.dirname(filePath), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Opens, checks and brings up to date a file this process holds the lock of. */
function openWritable(filePath: string, lock: FileLock): OpenedFile {
  let db: Db | undefined;
  try {
    db = openDatabase(filePath, { fileMustExist: true });
    checkOpened(db, filePath);
    configure(db);
    migrate(db);
    return { db, path: filePath, readOnly: false, readOnlyReason: null, lock, snapshotDir: null };
  } catch (error) {
    // Closing the only connection removes the -wal and -shm it made: a refused file is left as it was.
    db?.close();
    lock.release();
    throw error instanceof AppFailure ? error : readFailure(error, filePath);
  }
}

/**
 * Copies the file and its WAL into `copy`. A file another Rembug is writing may change
 * between the two copies (its WAL folded into the file): then the pair is torn and is
 * copied again, so a live file is not mistaken for a damaged one.
 */
export function copyWithWal(filePath: string, copy: string): void {
  const stamp = (): string =>
    [filePath, `${filePath}-wal`]
      .map((f) => (fs.existsSync(f) ? `${fs.statSync(f).size}:${fs.statSync(f).mtimeMs}` : '-'))
      .join('|');
  for (let attempt = 0; ; attempt++) {
    const before = stamp();
    fs.copyFileSync(filePath, copy);
    fs.rmSync(`${copy}-wal`, { force: true });
    if (fs.existsSync(`${filePath}-wal`)) fs.copyFileSync(`${filePath}-wal`, `${copy}-wal`);
    if (stamp() === before || attempt === 4) return;
  }
}

/** Whether a crash (or another Rembug) left committed changes in the file's WAL. */
function hasWalContent(filePath: string): boolean {
  try {
    return fs.statSync(`${filePath}-wal`).size > 0;
  } catch {
    return false;
  }
}

/** Removes the private copies that read-only views of a crashed run left behind. */
export function removeOldViews(olderThanMs = 24 * 60 * 60 * 1000, now = Date.now()): void {
  try {
    for (const name of fs.readdirSync(os.tmpdir())) {
      if (!name.startsWith('rembug-view-')) continue;
      const dir = path.join(os.tmpdir(), name);
      if (now - fs.statSync(dir).mtimeMs > olderThanMs) fs.rmSync(dir, { recursive: true, force: true });
    }
  } catch {
    // Housekeeping only.
  }
}

/**
 * A file Rembug will not write is read from a private copy (the file and its WAL, if a
 * crash left one), so SQLite never creates -wal, -shm or a journal beside the original and
 * its bytes stay as they are, on any medium; the copy is brought up to this version's
 * tables so an older file reads like any other. The view is the file as it was on opening.
 */
function openSnapshot(filePath: string, reason: ReadOnlyReason): OpenedFile {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rembug-view-'));
  const copy = path.join(dir, 'view.rembug');
  let db: Db | undefined;
  try {
    copyWithWal(filePath, copy);
    db = openDatabase(copy, { fileMustExist: true });
    checkOpened(db, filePath);
    configure(db);
    migrate(db);
    return { db, path: filePath, readOnly: true, readOnlyReason: reason, lock: null, snapshotDir: dir };
  } catch (error) {
    db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
    if (error instanceof AppFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new AppFailure('disk_full', String(error));
    if (typeof code === 'string' && code.startsWith('E'))
      throw new AppFailure('read_failed', String(error), { file: path.basename(filePath) });
    throw error;
  }
}

/**
 * Opens an existing community file. Writable when this process may write it and no other
 * Rembug has it open (`file_in_use` names who has, so the user can choose to look
 * read-only); otherwise, or when `readOnly` asks, a read-only view of a private copy.
 */
export function openCommunityFile(filePath: string, options: { readOnly?: ReadOnlyReason } = {}): OpenedFile {
  checkHeader(filePath);
  if (options.readOnly) return openSnapshot(filePath, options.readOnly);
  if (!isWritable(filePath)) return openSnapshot(filePath, 'file');
  const lock = FileLock.acquire(filePath);
  // A folder that takes no new file (a write-protected stick) cannot hold the WAL either.
  if (!lock) return openSnapshot(filePath, 'file');
  if (hasWalContent(filePath)) {
    // Closing a connection folds the WAL into the file: a file that would be refused (its
    // newer version or its damage only in the WAL) is checked on a private copy first, so
    // a refusal leaves its bytes and its WAL as they were.
    try {
      closeOpenedFile(openSnapshot(filePath, 'file'));
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  return openWritable(filePath, lock);
}

/**
 * Opens a community file whose lock this process already holds (taken before a whole file
 * was written there: a restore, a copy saved over it), so no other Rembug can take the
 * file between the write and the open. The open then owns `lock`: it is released if the
 * file is refused.
 */
export function openHeldCommunityFile(filePath: string, lock: FileLock): OpenedFile {
  try {
    checkHeader(filePath);
  } catch (error) {
    lock.release();
    throw error;
  }
  return openWritable(filePath, lock);
}

/** Closes the connection, gives the lock back and removes a read-only view's private copy. */
export function closeOpenedFile(opened: OpenedFile): void {
  if (opened.db.open) opened.db.close();
  opened.lock?.release();
  if (opened.snapshotDir) fs.rmSync(opened.snapshotDir, { recursive: true, force: true });
}

/** What a new file's build runs besides the schema: its first content, and the moment just before it takes the path. */
export interface CreateSteps {
  /** Writes the first content (the community) into the new file while it is still private. */
  fill?: (db: Db) => void;
  /** Runs when the new file is complete and durable, just before it replaces `filePath` (close what is open there). */
  beforeReplace?: () => void;
  /** Runs once the new file has taken the path: from then on, the file that was there is gone. */
  afterReplace?: () => void;
}

/** A name beside `target` no one else uses, for a file being written or moved aside. */
export function privateNameBeside(target: string, purpose: string): string {
  const tag = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  return path.join(path.dirname(target), `.${path.basename(target)}.${tag}.${purpose}`);
}

/**
 * Renames the complete file `replacement` over `target`. The old file's -wal (and -shm,
 * -journal) must not stay beside the new one: SQLite would replay that WAL into it. But
 * until the rename has happened they belong to the old file and may hold its latest saves
 * (a close that could not checkpoint, a crash): so they are moved aside first, put back if
 * the rename fails, and removed only once it succeeded.
 */
export function replaceFile(replacement: string, target: string): void {
  const aside = privateNameBeside(target, 'replaced');
  const moved: string[] = [];
  try {
    for (const suffix of ['-wal', '-shm', '-journal']) {
      try {
        fs.renameSync(target + suffix, aside + suffix);
        moved.push(suffix);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    fs.renameSync(replacement, target);
  } catch (error) {
    for (const suffix of moved) {
      try {
        fs.renameSync(aside + suffix, target + suffix);
      } catch {
        // Left under the aside name: still on the disk, never replayed into another file.
      }
    }
    throw error;
  }
  for (const suffix of moved) fs.rmSync(aside + suffix, { force: true });
}

/** No space left: SQLite's SQLITE_FULL, Node's ENOSPC/EDQUOT, or a -shm that could not grow (only a full disk does that). */
function isOutOfSpace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return code.startsWith('SQLITE_FULL') || code === 'SQLITE_IOERR_SHMSIZE' || code === 'ENOSPC' || code === 'EDQUOT';
}

/** Writes a file's (or folder's) data to the medium; a folder cannot be opened for it on Windows, where rename is durable anyway. */
export function syncToDisk(target: string, { isFolder }: { isFolder: boolean }): void {
  let fd: number;
  try {
    fd = fs.openSync(target, isFolder ? 'r' : 'r+');
  } catch (error) {
    if (isFolder) return;
    throw error;
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    if (!isFolder) throw error;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Creates a new community file; an existing file at that path is replaced (the save dialog
 * asked). Atomic: the file is built complete under a private name in the same folder,
 * closed (which checkpoints its WAL into it), synced to the medium, and only then renamed
 * over `filePath`. So a failure, a full disk above all, leaves no partial or 0-byte file and
 * whatever was at `filePath` untouched; it is reported as `disk_full` when space ran out.
 */
export function createCommunityFile(
  filePath: string,
  upToVersion = latestVersion,
  steps: CreateSteps = {},
): OpenedFile {
  const building = privateNameBeside(filePath, 'creating');
  const removeBuilding = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(building + suffix, { force: true });
  };
  let db: Db | undefined;
  try {
    db = openDatabase(building);
    db.pragma(`application_id = ${rembugApplicationId}`);
    configure(db);
    migrate(db, upToVersion);
    steps.fill?.(db);
    // Everything into the main file now, so the rename moves one complete file.
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    syncToDisk(building, { isFolder: false });
  } catch (error) {
    if (db?.open) db.close();
    removeBuilding();
    if (isOutOfSpace(error)) throw new AppFailure('disk_full', String(error), { file: path.basename(filePath) });
    throw error;
  }
  steps.beforeReplace?.();
  try {
    replaceFile(building, filePath);
  } catch (error) {
    removeBuilding();
    if (isOutOfSpace(error)) throw new AppFailure('disk_full', String(error), { file: path.basename(filePath) });
    throw error;
  }
  steps.afterReplace?.();
  syncToDisk(path.dirname(filePath), { isFolder: true });
  let opened: Db | undefined;
  try {
    opened = openDatabase(filePath, { fileMustExist: true });
    configure(opened);
  } catch (error) {
    opened?.close();
    if (isOutOfSpace(error)) throw new AppFailure('disk_full', String(error), { file: path.basename(filePath) });
    throw error;
  }
  return { db: opened, path: filePath, readOnly: false };
}
