import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '#shared/result.js';
import { latestVersion, migrations } from './migrations/index.js';
import { isCorrupt, isNotADatabase } from './sqliteErrors.js';

/** 'REMB' in ASCII: marks a SQLite file as a Rembug community file (PRAGMA application_id). */
export const rembugApplicationId = 0x52454d42;

export type Db = Database.Database;

export interface OpenedFile {
  db: Db;
  path: string;
  readOnly: boolean;
}

/**
 * Checks a file before anything writes to it: a database at all, ours, not from a newer
 * Rembug, and not damaged. The check opens the file read-only, so a refused file is
 * byte-for-byte untouched.
 */
function inspect(filePath: string): void {
  const file = path.basename(filePath);
  if (!fs.existsSync(filePath)) throw new AppFailure('file_missing', `no file at ${filePath}`, { file });
  let db: Db | undefined;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== rembugApplicationId) throw new AppFailure('not_rembug_file', `application_id ${appId}`, { file });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion)
      throw new AppFailure('newer_version', `file version ${version} > ${latestVersion}`, { file });
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new AppFailure('damaged_file', `quick_check: ${check}`, { file });
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    if (isNotADatabase(error)) throw new AppFailure('not_rembug_file', String(error), { file });
    if (isCorrupt(error)) throw new AppFailure('damaged_file', String(error), { file });
    throw error;
  } finally {
    db?.close();
  }
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

function isWritable(filePath: string): boolean {
  try {
    fs.accessSync(filePath, fs.constants.W_OK);
    fs.accessSync(path.dirname(filePath), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Opens an existing community file after `inspect` has accepted it. */
export function openCommunityFile(filePath: string): OpenedFile {
  inspect(filePath);
  const readOnly = !isWritable(filePath);
  const db = new Database(filePath, { readonly: readOnly, fileMustExist: true });
  if (readOnly) {
    db.pragma('foreign_keys = ON');
    return { db, path: filePath, readOnly };
  }
  configure(db);
  migrate(db);
  return { db, path: filePath, readOnly };
}

/** What a new file's build runs besides the schema: its first content, and the moment just before it takes the path. */
export interface CreateSteps {
  /** Writes the first content (the community) into the new file while it is still private. */
  fill?: (db: Db) => void;
  /** Runs when the new file is complete and durable, just before it replaces `filePath` (close what is open there). */
  beforeReplace?: () => void;
}

/** No space left: SQLite's SQLITE_FULL, Node's ENOSPC/EDQUOT, or a -shm that could not grow (only a full disk does that). */
function isOutOfSpace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return code.startsWith('SQLITE_FULL') || code === 'SQLITE_IOERR_SHMSIZE' || code === 'ENOSPC' || code === 'EDQUOT';
}

/** Writes a file's (or folder's) data to the medium; a folder cannot be opened for it on Windows, where rename is durable anyway. */
function syncToDisk(target: string, { isFolder }: { isFolder: boolean }): void {
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
  const building = path.join(
    path.dirname(filePath),
    `.${path.basename(filePath)}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.creating`,
  );
  const removeBuilding = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(building + suffix, { force: true });
  };
  let db: Db | undefined;
  try {
    db = new Database(building);
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
    // A -wal left beside the old file would be replayed into the new one: it goes first.
    for (const suffix of ['-wal', '-shm']) fs.rmSync(filePath + suffix, { force: true });
    fs.renameSync(building, filePath);
  } catch (error) {
    removeBuilding();
    if (isOutOfSpace(error)) throw new AppFailure('disk_full', String(error), { file: path.basename(filePath) });
    throw error;
  }
  syncToDisk(path.dirname(filePath), { isFolder: true });
  let opened: Db | undefined;
  try {
    opened = new Database(filePath, { fileMustExist: true });
    configure(opened);
  } catch (error) {
    opened?.close();
    if (isOutOfSpace(error)) throw new AppFailure('disk_full', String(error), { file: path.basename(filePath) });
    throw error;
  }
  return { db: opened, path: filePath, readOnly: false };
}
