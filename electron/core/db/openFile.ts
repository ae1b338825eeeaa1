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

/** Creates a new, empty community file; an existing file at that path is replaced (the save dialog asked). */
export function createCommunityFile(filePath: string, upToVersion = latestVersion): OpenedFile {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(filePath + suffix, { force: true });
  const db = new Database(filePath);
  db.pragma(`application_id = ${rembugApplicationId}`);
  configure(db);
  migrate(db, upToVersion);
  return { db, path: filePath, readOnly: false };
}
