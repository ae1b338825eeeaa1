import path from 'node:path';
import { assetsOf } from '#shared/exercises/registry.js';
import type { Community } from '#shared/model/community.js';
import { AppFailure } from '#shared/result.js';
import { createCommunityFile, openCommunityFile, type Db, type OpenedFile } from './db/openFile.js';
import { asWriteFailure } from './db/sqliteErrors.js';
import { CommunityRepo } from './repos/communityRepo.js';
import { ExerciseRepo } from './repos/exerciseRepo.js';
import { ParticipantRepo } from './repos/participantRepo.js';
import { PhotoRepo } from './repos/photoRepo.js';
import { SessionRepo } from './repos/sessionRepo.js';
import { StakeholderRepo } from './repos/stakeholderRepo.js';
import { parseStoredExercise, type ParsedExercise } from './storedExercise.js';

/** One open community file with its repositories. */
export class CommunityFile {
  readonly community: CommunityRepo;
  readonly sessions: SessionRepo;
  readonly participants: ParticipantRepo;
  readonly exercises: ExerciseRepo;
  readonly stakeholders: StakeholderRepo;
  readonly photos: PhotoRepo;

  private constructor(private readonly opened: OpenedFile) {
    const db = opened.db;
    this.community = new CommunityRepo(db);
    this.sessions = new SessionRepo(db);
    this.participants = new ParticipantRepo(db);
    this.exercises = new ExerciseRepo(db);
    this.stakeholders = new StakeholderRepo(db);
    this.photos = new PhotoRepo(db);
  }

  /**
   * `removeUnusedPhotos: false` when this app already had the file open earlier: undo
   * stacks it kept may still restore a photo the file no longer shows.
   */
  static open(filePath: string, options: { removeUnusedPhotos?: boolean } = {}): CommunityFile {
    const file = new CommunityFile(openCommunityFile(filePath));
    if (file.readOnly || options.removeUnusedPhotos === false) return file;
    try {
      file.removeUnusedPhotos();
    } catch {
      // Housekeeping only: a file that cannot be tidied now (a full disk) still opens as it is.
    }
    return file;
  }

  /**
   * A new file holding `community`, built aside and put in place only when complete (see
   * createCommunityFile); `beforeReplace` runs just before it takes the path.
   */
  static create(filePath: string, community: Community, options: { beforeReplace?: () => void } = {}): CommunityFile {
    try {
      return new CommunityFile(
        createCommunityFile(filePath, undefined, {
          fill: (db) => db.transaction(() => new CommunityRepo(db).save(community))(),
          beforeReplace: options.beforeReplace,
        }),
      );
    } catch (error) {
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
    try {
      return this.opened.db.transaction(change)();
    } catch (error) {
      return asWriteFailure(error);
    }
  }

  async backupTo(destination: string): Promise<void> {
    try {
      await this.opened.db.backup(destination);
    } catch (error) {
      asWriteFailure(error);
    }
  }

  /**
   * Removes the photos no exercise shows any more (a replaced or removed map photo), then
   * gives the space back when that is worth a VACUUM. Done on opening, when no undo stack
   * of this file can still hold the photo. If any exercise cannot be read, its photos are
   * unknown, so nothing is removed: damage must never cost a photo. Returns how many went.
   */
  removeUnusedPhotos(): number {
    const stored = this.photos.ids();
    if (stored.length === 0) return 0; // most files hold no photo: nothing to read
    const used = this.photosInUse();
    if (used === null) return 0;
    const unused = stored.filter((id) => !used.has(id));
    if (unused.length === 0) return 0;
    this.write(() => unused.forEach((id) => this.photos.remove(id)));
    compactIfWorthwhile(this.opened.db);
    return unused.length;
  }

  /** The photos every exercise shows, or null when an exercise cannot be read (damaged, newer). */
  private photosInUse(): Set<string> | null {
    const used = new Set<string>();
    for (const row of this.exercises.listAll()) {
      let exercise: ParsedExercise;
      try {
        exercise = parseStoredExercise(row, this.fileName);
      } catch {
        return null;
      }
      for (const id of assetsOf(exercise.type, exercise.body)) used.add(id);
    }
    return used;
  }

  close(): void {
    if (this.opened.db.open) this.opened.db.close();
  }
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
