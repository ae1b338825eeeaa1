import type { BackupReason } from '#shared/ipc/contract.js';
import type { Db } from './db/openFile.js';

/**
 * What a backup is, on disk and to the "Cadangan" screen: its record (the JSON beside it),
 * its name from the moment it was taken, and what it holds. BackupStore (backups.ts) makes,
 * lists, prunes and restores them.
 */

/** What a backup holds, in the words of the "Cadangan" screen. */
export interface BackupContents {
  communityName: string;
  sessions: number;
  exercises: number;
}

/**
 * The small JSON kept beside each backup: when and from which file it was made, so the
 * backups of a file too damaged to read its community id can still be found by its path.
 */
export interface BackupRecord {
  takenAt: string;
  reason: BackupReason;
  communityUid: string;
  /** The community file it is a copy of, as it was called then. */
  sourcePath: string;
  sourceFileName: string;
  size: number;
  /** Null for a raw copy of a file SQLite could not read (kept before a restore over it). */
  contents: BackupContents | null;
}

export interface StoredBackup extends BackupRecord {
  /** `<community uid>/<stamp>`: what the renderer names a backup by, never a path. */
  id: string;
  path: string;
}

export const uidPattern = /^[0-9a-f]{32}$/;
export const stampPattern = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d{1,4})?$/;

/** The community's stable id (migration 1030), or null for a file without one. */
export function communityUidOf(db: Db): string | null {
  try {
    const row = db.prepare<[], { value: unknown }>("SELECT value FROM meta WHERE key = 'community_uid'").get();
    return typeof row?.value === 'string' && uidPattern.test(row.value) ? row.value : null;
  } catch {
    return null; // a file from before migration 1030, or one too damaged to read
  }
}

export function readContents(db: Db): BackupContents {
  const community = db.prepare<[], { name: string }>('SELECT name FROM community WHERE id = 1').get();
  const count = (table: 'sessions' | 'exercises') =>
    db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM ${table}`).get()?.n ?? 0;
  return { communityName: community?.name ?? '', sessions: count('sessions'), exercises: count('exercises') };
}

/** A backup's file name part from the moment it was taken: sortable, no characters Windows forbids. */
export function stampOf(takenAt: string): string {
  return takenAt.replace(/[:.]/g, '-');
}

export function takenAtOfStamp(stamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(stamp);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : new Date(0).toISOString();
}

/** The local calendar day of a moment: "one backup per day" follows the user's clock. */
export function dayOf(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}
