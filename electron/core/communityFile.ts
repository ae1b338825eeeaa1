import path from 'node:path';
import type { Community } from '../../shared/model/community.js';
import { AppFailure } from '../../shared/result.js';
import { createCommunityFile, openCommunityFile, type Db, type OpenedFile } from './db/openFile.js';
import { asWriteFailure } from './db/sqliteErrors.js';
import { CommunityRepo } from './repos/communityRepo.js';
import { ExerciseRepo } from './repos/exerciseRepo.js';
import { ParticipantRepo } from './repos/participantRepo.js';
import { PhotoRepo } from './repos/photoRepo.js';
import { SessionRepo } from './repos/sessionRepo.js';
import { StakeholderRepo } from './repos/stakeholderRepo.js';

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

  static open(filePath: string): CommunityFile {
    return new CommunityFile(openCommunityFile(filePath));
  }

  static create(filePath: string, community: Community): CommunityFile {
    const file = new CommunityFile(createCommunityFile(filePath));
    file.write(() => file.community.save(community));
    return file;
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

  close(): void {
    if (this.opened.db.open) this.opened.db.close();
  }
}
