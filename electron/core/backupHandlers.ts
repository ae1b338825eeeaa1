import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackupReason, Channel, OpenCommunity } from '#shared/ipc/contract.js';
import { AppFailure } from '#shared/result.js';
import type { Backend, Handlers } from './backend.js';
import { safeFileName } from './files.js';
import { BackupStore, communityUidOf, type BackupStoreOptions, type StoredBackup } from './backups.js';
import { CommunityFile } from './communityFile.js';
import { copyWithWal, type Db } from './db/openFile.js';
import type { ExerciseRow } from './repos/exerciseRepo.js';
import { FileLock } from './db/fileLock.js';
import type { Host } from './host.js';
import { parseStoredExercise } from './storedExercise.js';
import { openDatabase } from './db/sqlite.js';

/** At most one backup per this much editing time (after the one made on opening). */
export const backupEveryMs = 10 * 60 * 1000;

type BackupChannel = Extract<Channel, `backup.${string}`>;

/** A community file the "Cadangan" screen is about: its path, and its community's uid when it could be read. */
interface Subject {
  path: string;
  uid: string | null;
}

/** The uid of a file that could not be opened (damaged), read from a private copy so nothing is written beside it. */
function uidOfUnopenableFile(filePath: string): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rembug-uid-'));
  let db: Db | undefined;
  try {
    const copy = path.join(dir, 'file.rembug');
    copyWithWal(filePath, copy);
    db = openDatabase(copy, { fileMustExist: true });
    return communityUidOf(db);
  } catch {
    return null;
  } finally {
    if (db?.open) db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Rolling backups of the file this backend writes, and the ways back from them: preview,
 * restore as a new file, restore over the file, restore one damaged exercise. The Backend
 * calls `afterOpen` when it adopts a file and answers the `backup.*` channels with
 * `backupHandlers`; writes reach `afterWrite` through `CommunityFile.onWritten`.
 */
export class BackupService {
  readonly store: BackupStore;
  /** The clock of backups and their schedule; tests move it. */
  now: () => Date;
  /** The `backup.*` channels. */
  readonly handlers: Pick<Handlers, BackupChannel>;
  /** When the last backup of each file (by resolved path) was started. */
  private readonly lastBackupAt = new Map<string, number>();
  /** Backups under way, by file: restore and tests wait for them. */
  private readonly running = new Map<string, Promise<StoredBackup | null>>();
  /**
   * The file a backup preview was opened for (the open one, or the damaged one): restore-over
   * targets it unless it was open read-only (`restorable`), and it comes back when the
   * preview closes (unless it is the damaged one), read-only again if it was in use elsewhere.
   */
  private previewedFrom: (Subject & { reopen: boolean; restorable: boolean; inUse: boolean }) | null = null;
  /** The file last refused as damaged: its backups are offered in the error message. */
  private damaged: Subject | null = null;

  constructor(
    private readonly backend: Backend,
    private readonly host: Host,
    options: BackupStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.store = new BackupStore(path.join(host.userDataDir, 'backups'), { ...options, now: () => this.now() });
    this.handlers = this.channelHandlers();
  }

  /**
   * A backup when a file is opened for writing (a read-only file cannot change, and a
   * preview is a backup already), made without holding up the open; then every write may
   * make one. A backup that fails (a full disk) never stops the work: it is retried later.
   */
  afterOpen(file: CommunityFile): void {
    if (file.readOnlyReason !== 'backup') this.previewedFrom = null;
    if (file.readOnly) return;
    // Resolved once: every autosave asks, and resolving a path costs as much as the question.
    const key = path.resolve(file.path);
    file.onWritten = () => this.afterWrite(file, key);
    this.start(file, 'open');
  }

  /**
   * After a successful write: a backup when the last one of this file (by its resolved path,
   * `key`) is older than `backupEveryMs`.
   */
  private afterWrite(file: CommunityFile, key: string): void {
    const last = this.lastBackupAt.get(key) ?? 0;
    if (this.now().getTime() - last < backupEveryMs || this.running.has(key)) return;
    // After the save's reply: the backup API copies in steps between other calls.
    setImmediate(() => this.start(file, 'edit'));
  }

  /** Remembers a file refused as damaged, so its backups can be offered right away. */
  afterRefused(filePath: string, error: unknown): void {
    if (!(error instanceof AppFailure) || error.code !== 'damaged_file') return;
    this.damaged = { path: path.resolve(filePath), uid: uidOfUnopenableFile(filePath) };
  }

  /** The backup a preview shows, for its banner. */
  previewOf(file: CommunityFile): Pick<OpenCommunity, 'backupOf'> {
    if (file.readOnlyReason !== 'backup') return {};
    const shown = this.store.at(file.path);
    if (!shown) return {};
    const over = this.previewedFrom?.restorable ? { restoresOver: path.basename(this.previewedFrom.path) } : {};
    return { backupOf: { id: shown.id, takenAt: shown.takenAt, fileName: shown.sourceFileName, ...over } };
  }

  /** Resolves when the backups under way are done (made or failed). */
  async settled(): Promise<void> {
    // A backup waiting for the one before it starts once that is done: wait for it too.
    while (this.running.size > 0) await Promise.all(this.running.values());
  }

  private start(file: CommunityFile, reason: BackupReason): void {
    const key = path.resolve(file.path);
    if (!file.db.open || file.readOnly) return;
    const before = this.running.get(key);
    if (before) {
      // The file closed and opened again while the backup of the last opening still ran
      // (it fails with the closed handle): this opening still gets its own, after it.
      if (reason === 'open') void before.then(() => this.start(file, reason));
      return;
    }
    this.lastBackupAt.set(key, this.now().getTime());
    const made = this.store
      .make(file.db, file.path, reason)
      .catch((error: unknown) => {
        // Not fatal: the next write tries again. A file closed meanwhile is no failure.
        this.lastBackupAt.delete(key);
        if (file.db.open) console.error(`backup of ${file.path} failed: ${String(error)}`);
        return null;
      })
      .finally(() => this.running.delete(key));
    this.running.set(key, made);
  }

  /** The file a restore-over or the list is about. */
  private subject(of: 'open' | 'damaged'): Subject | null {
    if (of === 'damaged') return this.damaged;
    if (this.previewedFrom) return this.previewedFrom;
    const file = this.backend.openFile;
    if (!file || file.readOnlyReason === 'backup') return null;
    return { path: path.resolve(file.path), uid: communityUidOf(file.db) };
  }

  private backup(id: string): StoredBackup {
    const found = this.store.find(id);
    if (!found) throw new AppFailure('not_found', `no backup ${id}`);
    return found;
  }

  /** The open file when it is this backend's to write, else null. */
  private writableOpen(): CommunityFile | null {
    const file = this.backend.openFile;
    return file && !file.readOnly ? file : null;
  }

  /**
   * Refuses with `community_changed` when `file` is no longer the open one (closed, or
   * another opened, while this request waited for a backup): it must not be written.
   */
  private stillOpen(file: CommunityFile): void {
    if (this.backend.openFile !== file || !file.db.open)
      throw new AppFailure('community_changed', `${file.path} was closed or replaced meanwhile`);
  }

  /**
   * Takes the file at `target` out of use before a whole file is written there, and returns
   * its lock, held from before the backup of its current state until the restored file is
   * open: no other Rembug can open it in between. The open file is closed keeping its lock;
   * any other is locked first (refused with `file_in_use` when another Rembug has it open).
   */
  private async takeForRestore(target: string, uid: string): Promise<{ lock: FileLock; wasOpen: boolean }> {
    const open = this.writableOpen();
    if (open && path.resolve(open.path) === target && open.heldLock) {
      await this.running.get(target);
      await this.store.make(open.db, open.path, 'before_restore');
      this.stillOpen(open);
      const lock = open.heldLock;
      if (lock) {
        open.closeKeepingLock();
        void this.backend.handlers['community.close']({});
        return { lock, wasOpen: true };
      }
    }
    const lock = FileLock.acquire(target);
    if (!lock) throw new AppFailure('read_only', `${path.dirname(target)} takes no new file`);
    try {
      if (fs.existsSync(target))
        await this.store.makeFromClosedFile(target, uid, 'before_restore', { asBytes: this.damaged?.path === target });
    } catch (error) {
      lock.release();
      throw error;
    }
    return { lock, wasOpen: false };
  }

  /**
   * Restores `chosen` over `target` and opens it with the lock taken for it; a preview of a
   * backup is no longer shown. If the restore fails, the file is as it was, and is opened
   * again when it was the open one.
   */
  private async restoreAndOpen(chosen: StoredBackup, target: string, uid: string): Promise<OpenCommunity> {
    const { lock, wasOpen } = await this.takeForRestore(target, uid);
    try {
      this.store.restoreTo(chosen, target);
    } catch (error) {
      if (!wasOpen) lock.release();
      else {
        try {
          this.backend.adopt(CommunityFile.open(target, { lock, removeUnusedPhotos: false }));
        } catch {
          // The refusal the user sees is the restore's.
        }
      }
      throw error;
    }
    this.previewedFrom = null;
    return this.backend.adopt(CommunityFile.open(target, { lock, removeUnusedPhotos: false }));
  }

  private channelHandlers(): Pick<Handlers, BackupChannel> {
    return {
      'backup.list': ({ of }) => {
        const subject = this.subject(of);
        if (!subject) return { fileName: '', backups: [] };
        const backups = this.store.listFor(subject.path, subject.uid).map((b) => ({
          id: b.id,
          takenAt: b.takenAt,
          reason: b.reason,
          size: b.size,
          sourceFileName: b.sourceFileName,
          contents: b.contents,
        }));
        return { fileName: path.basename(subject.path), backups };
      },
      'backup.preview': ({ id, of }) => {
        const chosen = this.backup(id);
        const from = this.subject(of);
        const before = this.previewedFrom;
        // A file open read-only (a read-only medium, in use elsewhere) cannot be restored over.
        const open = this.backend.openFile;
        const previewing = open?.readOnlyReason === 'backup';
        const restorable = of === 'damaged' || (previewing ? (before?.restorable ?? false) : !open?.readOnly);
        const inUse = of === 'open' && (previewing ? (before?.inUse ?? false) : open?.readOnlyReason === 'in_use');
        // Set before the preview opens: its banner names the file a restore over replaces.
        this.previewedFrom = from ? { ...from, reopen: of === 'open', restorable, inUse } : null;
        try {
          return this.backend.openPath(chosen.path, { readOnly: 'backup' });
        } catch (error) {
          this.previewedFrom = before;
          throw error;
        }
      },
      'backup.closePreview': async () => {
        const from = this.previewedFrom;
        this.previewedFrom = null;
        if (from?.reopen && fs.existsSync(from.path))
          return this.backend.openPath(from.path, from.inUse ? { readOnly: 'in_use' } : {});
        await this.backend.handlers['community.close']({});
        return null;
      },
      'backup.restoreAsNew': async ({ id }) => {
        const chosen = this.backup(id);
        const name = chosen.contents?.communityName || path.basename(chosen.sourceFileName, '.rembug');
        const target = await this.host.chooseCopyPath(safeFileName(`${name} (cadangan)`, 'rembug'));
        if (!target) return null;
        return this.restoreAndOpen(chosen, path.resolve(target), chosen.communityUid);
      },
      'backup.restoreOver': async ({ id, of }) => {
        const chosen = this.backup(id);
        const subject = this.subject(of);
        if (!subject) throw new AppFailure('no_community_open', 'no file to restore over');
        const restored = await this.restoreAndOpen(chosen, subject.path, subject.uid ?? chosen.communityUid);
        if (this.damaged?.path === subject.path) this.damaged = null;
        return restored;
      },
      'backup.exerciseSource': ({ exerciseId }) => {
        const subject = this.subject('open');
        if (!subject) return null;
        for (const b of this.store.listFor(subject.path, subject.uid)) {
          if (readExercise(b, exerciseId)) return { backupId: b.id, takenAt: b.takenAt };
        }
        return null;
      },
      'backup.restoreExercise': async ({ exerciseId, backupId }) => {
        const file = this.writableOpen();
        if (!file) throw new AppFailure('read_only', 'no writable file is open');
        const chosen = this.backup(backupId);
        const saved = readExercise(chosen, exerciseId);
        if (!saved) throw new AppFailure('not_found', `exercise ${exerciseId} does not read in backup ${backupId}`);
        // Only the id is read: the damaged body may not read at all.
        if (!file.db.prepare('SELECT 1 FROM exercises WHERE id = ?').get(exerciseId))
          throw new AppFailure('not_found', `exercise ${exerciseId}`);
        await this.running.get(path.resolve(file.path));
        await this.store.make(file.db, file.path, 'before_restore');
        this.stillOpen(file);
        file.write(() =>
          file.db
            .prepare(
              'UPDATE exercises SET title = @title, body = @body, version = version + 1, updated_at = @now WHERE id = @id',
            )
            .run({ id: exerciseId, title: saved.title, body: saved.body, now: this.now().toISOString() }),
        );
        // Opened again, so the deep check sees the exercise whole and the notice goes; its
        // lock is kept across, so no other Rembug can take the file in between.
        const lock = file.heldLock;
        if (!lock) return this.backend.openPath(file.path);
        file.closeKeepingLock();
        try {
          return this.backend.adopt(CommunityFile.open(file.path, { lock, removeUnusedPhotos: false }));
        } catch (error) {
          void this.backend.handlers['community.close']({});
          throw error;
        }
      },
    };
  }
}

/** The exercise as stored in a backup, when it reads fine there (parses and validates); else null. */
function readExercise(backup: StoredBackup, exerciseId: string): { title: string; body: string } | null {
  let db: Db | undefined;
  try {
    db = openDatabase(backup.path, { readonly: true, fileMustExist: true });
    const row = db
      .prepare<[string], ExerciseRow>(
        'SELECT id, session_id AS sessionId, type, title, version, body FROM exercises WHERE id = ?',
      )
      .get(exerciseId);
    if (!row) return null;
    parseStoredExercise(row, backup.sourceFileName);
    return { title: row.title, body: row.body };
  } catch {
    return null;
  } finally {
    if (db?.open) db.close();
  }
}

/** The backup channels of `backend`, spread into its handler map. */
export function backupHandlers(backend: Backend): Pick<Handlers, BackupChannel> {
  const channels: BackupChannel[] = [
    'backup.list',
    'backup.preview',
    'backup.closePreview',
    'backup.restoreAsNew',
    'backup.restoreOver',
    'backup.exerciseSource',
    'backup.restoreExercise',
  ];
  // Looked up on each call: the Backend builds its handler map before its constructor has made the service.
  return Object.fromEntries(
    channels.map((channel) => [
      channel,
      (input: unknown) => (backend.backups.handlers[channel] as (input: unknown) => unknown)(input),
    ]),
  ) as Pick<Handlers, BackupChannel>;
}
