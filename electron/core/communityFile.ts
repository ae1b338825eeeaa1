import fs from 'node:fs';
import path from 'node:path';
import { assetsOf } from '#shared/exercises/registry.js';
import type { Community } from '#shared/model/community.js';
import { AppFailure } from '#shared/result.js';
import type { ReadOnlyReason } from '#shared/ipc/contract.js';
import {
  closeOpenedFile,
  createCommunityFile,
  openCommunityFile,
  openHeldCommunityFile,
  privateNameBeside,
  replaceFile,
  syncToDisk,
  type Db,
  type OpenedFile,
} from './db/openFile.js';
import { FileLock, inUseFailure, liveHolderOf } from './db/fileLock.js';
import { asWriteFailure } from './db/sqliteErrors.js';
import { CommunityRepo } from './repos/communityRepo.js';
import { ExerciseRepo } from './repos/exerciseRepo.js';
import { ParticipantRepo } from './repos/participantRepo.js';
import { PhotoRepo } from './repos/photoRepo.js';
import { SessionRepo } from './repos/sessionRepo.js';
import { StakeholderRepo } from './repos/stakeholderRepo.js';
import { parseStoredExercise, type ParsedExercise } from './storedExercise.js';

/** An exercise the deep check could not read, by name for the user. */
export interface DamagedExercise {
  id: string;
  title: string;
  sessionId: string;
  sessionTitle: string;
}

/** One open community file with its repositories. */
export class CommunityFile {
  readonly community: CommunityRepo;
  readonly sessions: SessionRepo;
  readonly participants: ParticipantRepo;
  readonly exercises: ExerciseRepo;
  readonly stakeholders: StakeholderRepo;
  readonly photos: PhotoRepo;

  /** Exercises that could not be read on opening (found by the deep check). */
  damagedExercises: DamagedExercise[] = [];
  /** Told after each successful write (the backups' schedule, backupHandlers.ts). */
  onWritten: (() => void) | null = null;
  /** One transaction wrapper for every write: better-sqlite3 builds one per `transaction()` call. */
  private readonly inTransaction: (change: () => unknown) => unknown;

  private constructor(private readonly opened: OpenedFile) {
    const db = opened.db;
    this.inTransaction = db.transaction((change: () => unknown) => change());
    this.community = new CommunityRepo(db);
    this.sessions = new SessionRepo(db);
    this.participants = new ParticipantRepo(db);
    this.exercises = new ExerciseRepo(db);
    this.stakeholders = new StakeholderRepo(db);
    this.photos = new PhotoRepo(db);
  }

  /**
   * Opens and checks a community file, deeply: beyond SQLite's page check, every exercise
   * must parse and validate against its type. A damaged exercise does not stop the rest
   * of the community from opening; it is named in `damagedExercises`. A file whose
   * community or sessions cannot be read is refused as damaged.
   *
   * `removeUnusedPhotos: false` when this app already had the file open earlier: undo
   * stacks it kept may still restore a photo the file no longer shows. `readOnly` opens a
   * read-only view even of a writable file (another Rembug has it, a backup preview).
   * `lock`: the file's lock, already held by this process since before a whole file was
   * written there (a restore, a copy saved over it); the file takes it over, and it is
   * released if the file is refused.
   */
  static open(
    filePath: string,
    options: { removeUnusedPhotos?: boolean; readOnly?: ReadOnlyReason; lock?: FileLock } = {},
  ): CommunityFile {
    const opened = options.lock
      ? openHeldCommunityFile(filePath, options.lock)
      : openCommunityFile(filePath, options.readOnly ? { readOnly: options.readOnly } : {});
    const file = new CommunityFile(opened);
    let exercises: CheckedExercises;
    try {
      exercises = file.checkContents();
    } catch (error) {
      file.close();
      throw error;
    }
    file.damagedExercises = exercises.damaged;
    if (file.readOnly || options.removeUnusedPhotos === false) return file;
    try {
      file.removeUnusedPhotos(exercises);
    } catch {
      // Housekeeping only: a file that cannot be tidied now (a full disk) still opens as it is.
    }
    return file;
  }

  /**
   * The deep check of opening. Reading the community, the sessions and every exercise
   * also reads every page they span, so damage SQLite's checks cannot see (a zeroed overflow
   * page inside a body) is found here, and named.
   */
  private checkContents(): CheckedExercises {
    const file = this.fileName;
    try {
      this.community.get();
      const sessionTitles = new Map(this.sessions.list().map((s) => [s.id, s.title]));
      const parsed: ParsedExercise[] = [];
      const damaged: DamagedExercise[] = [];
      let unreadable = 0;
      for (const row of this.exercises.listAll()) {
        try {
          parsed.push(parseStoredExercise(row, file));
        } catch (error) {
          unreadable += 1;
          if (error instanceof AppFailure && error.code === 'newer_version') continue; // not damage
          const sessionTitle = sessionTitles.get(row.sessionId) ?? '';
          damaged.push({ id: row.id, title: row.title, sessionId: row.sessionId, sessionTitle });
        }
      }
      return { parsed, damaged, complete: unreadable === 0 };
    } catch (error) {
      if (error instanceof AppFailure) throw new AppFailure('damaged_file', error.message, { file });
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('SQLITE_'))
        throw new AppFailure('damaged_file', String(error), { file });
      throw error;
    }
  }

  /**
   * A new file holding `community`, built aside and put in place only when complete (see
   * createCommunityFile); `beforeReplace` runs just before it takes the path, `afterReplace`
   * once it has. The path's lock is taken first (refused with `file_in_use` when another
   * Rembug has the file), so no one can open what is there while it is replaced; `lock`
   * hands over one this process already holds on the path (the open file being replaced),
   * and stays the caller's if the new file fails.
   */
  static create(filePath: string, community: Community, steps: CreateOptions = {}): CommunityFile {
    const given = steps.lock ?? null;
    let lock: FileLock | null = given;
    try {
      lock ??= FileLock.acquire(filePath);
      const opened = createCommunityFile(filePath, undefined, {
        fill: (db) => db.transaction(() => new CommunityRepo(db).save(community))(),
        beforeReplace: steps.beforeReplace,
        afterReplace: steps.afterReplace,
      });
      // The new file is this Rembug's to write, like any file it opens.
      opened.lock = lock;
      return new CommunityFile(opened);
    } catch (error) {
      if (!given) lock?.release();
      return asWriteFailure(error);
    }
  }

  get path(): string {
    return this.opened.path;
  }

  get fileName(): string {
    return path.basename(this.opened.path);
  }

  get readOnly(): boolean {
    return this.opened.readOnly;
  }

  get readOnlyReason(): ReadOnlyReason | null {
    return this.opened.readOnlyReason ?? null;
  }

  /** The lock this writable file holds, while it still holds it (not taken over); null for a read-only one. */
  get heldLock(): FileLock | null {
    const lock = this.opened.lock ?? null;
    return lock?.stillHeld() ? lock : null;
  }

  /**
   * Closes the file but keeps its lock, for the caller to hand to what takes the file's
   * place (a restored file): no other Rembug can take the path in between.
   */
  closeKeepingLock(): void {
    this.opened.lock = null;
    this.close();
  }

  /** The raw handle, for backups and for tests that simulate a full disk. */
  get db(): Db {
    return this.opened.db;
  }

  /**
   * Runs a change in one transaction. If the write fails (disk full, read-only file) the
   * transaction rolls back, so the file keeps its last saved state, and the user is told.
   */
  write<T>(change: () => T): T {
    if (this.opened.readOnly) throw new AppFailure('read_only', `${this.opened.path} is read-only`);
    // Our lock taken over (thought stale by another machine) or removed: two writers would
    // lose each other's work, so this one stops writing and the user saves a copy.
    if (this.opened.lock && !this.opened.lock.reclaim()) {
      const holder = liveHolderOf(this.opened.path);
      throw holder
        ? inUseFailure(this.opened.path, holder)
        : new AppFailure('write_failed', `the lock of ${this.opened.path} cannot be taken again`);
    }
    let result: T;
    try {
      result = this.inTransaction(change) as T;
    } catch (error) {
      return asWriteFailure(error);
    }
    this.onWritten?.();
    return result;
  }

  /**
   * A copy of this file at `destination` ("save a copy as"), whose lock the caller holds.
   * Atomic: the copy is made under a private name beside it, synced to the medium, and only
   * then renamed over whatever was there, so a full disk halfway leaves that file as it was.
   */
  async backupTo(destination: string): Promise<void> {
    const copying = privateNameBeside(destination, 'copying');
    try {
      await this.opened.db.backup(copying);
      syncToDisk(copying, { isFolder: false });
      replaceFile(copying, destination);
    } catch (error) {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(copying + suffix, { force: true });
      fileWriteFailure(error);
    }
    syncToDisk(path.dirname(destination), { isFolder: true });
  }

  /**
   * Removes the photos no exercise shows any more (a replaced or removed map photo), then
   * gives the space back when that is worth a VACUUM. Done on opening, when no undo stack
   * of this file can still hold the photo. If any exercise cannot be read, its photos are
   * unknown, so nothing is removed: damage must never cost a photo. Returns how many went.
   */
  removeUnusedPhotos(checked?: CheckedExercises): number {
    const stored = this.photos.ids();
    if (stored.length === 0) return 0; // most files hold no photo: nothing to read
    const used = this.photosInUse(checked ?? this.checkContents());
    if (used === null) return 0;
    const unused = stored.filter((id) => !used.has(id));
    if (unused.length === 0) return 0;
    this.write(() => unused.forEach((id) => this.photos.remove(id)));
    compactIfWorthwhile(this.opened.db);
    return unused.length;
  }

  /** The photos every exercise shows, or null when an exercise cannot be read (damaged, newer). */
  private photosInUse(checked: CheckedExercises): Set<string> | null {
    if (!checked.complete) return null;
    const used = new Set<string>();
    for (const exercise of checked.parsed) for (const id of assetsOf(exercise.type, exercise.body)) used.add(id);
    return used;
  }

  close(): void {
    closeOpenedFile(this.opened);
  }
}

export interface CreateOptions {
  /** The path's lock, already held by this process (the open file being replaced); else it is taken. */
  lock?: FileLock | null;
  beforeReplace?: () => void;
  afterReplace?: () => void;
}

/** A failed file write in the user's words: full disk, a place that cannot be written, or the write failed. */
function fileWriteFailure(error: unknown): never {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const detail = String(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') throw new AppFailure('disk_full', detail);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new AppFailure('read_only', detail);
  if (typeof code === 'string' && code.startsWith('E')) throw new AppFailure('write_failed', detail);
  return asWriteFailure(error);
}

interface CheckedExercises {
  parsed: ParsedExercise[];
  damaged: DamagedExercise[];
  /** Every exercise could be read (none damaged, none from a newer Rembug). */
  complete: boolean;
}

/**
 * Free pages are reused by the next photo anyway; rewriting the file (VACUUM) is worth its
 * time only when a lot is free, in bytes or as a share of the file, e.g. after a removed
 * photo. The WAL is then checkpointed so the file on disk (the one copied to a USB stick)
 * shrinks now.
 */
const worthwhileFreeBytes = 1024 * 1024;
const worthwhileFreeShare = 0.25;

export function compactIfWorthwhile(db: Db): boolean {
  const free = Number(db.pragma('freelist_count', { simple: true }));
  const pages = Number(db.pragma('page_count', { simple: true }));
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  if (free === 0 || (free * pageSize < worthwhileFreeBytes && free < pages * worthwhileFreeShare)) return false;
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return true;
}
