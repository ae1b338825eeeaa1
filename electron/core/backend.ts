// A little over 400 lines on purpose: the channels of the community, its sessions and
// exercises stay together here, beside the open file each of them touches; every other
// family has its own handlers file (backups, journey, posters, overview, wall, views).
import fs from 'node:fs';
import path from 'node:path';
import type {
  ChannelInput,
  ChannelOutput,
  Channel,
  OpenCommunity,
  ReadOnlyReason,
  SessionDetail,
} from '#shared/ipc/contract.js';
import { contributionsOf, definitionOf } from '#shared/exercises/registry.js';
import { sameNameKey } from '#shared/model/text.js';
import { AppFailure } from '#shared/result.js';
import { CommunityFile } from './communityFile.js';
import { saveExerciseBody } from './exerciseSave.js';
import { imageType, maxImageBytes, safeFileName } from './files.js';
import { asFileFailure } from './db/sqliteErrors.js';
import type { Host } from './host.js';
import { buildSessionReport } from './report/sessionReport.js';
import { SettingsStore } from './settings.js';
import { savedViewHandlers } from './savedViews.js';
import { loadSessionReportData } from './report/reportData.js';
import { parseStoredExercise, readableExercise } from './storedExercise.js';
import { FileLock } from './db/fileLock.js';
import { removeOldViews } from './db/openFile.js';
import { BackupService, backupHandlers } from './backupHandlers.js';
import { journeyHandlers } from './journeyHandlers.js';
import { planHandlers } from './planSources.js';
import { evaluationHandlers } from './evaluationSources.js';
import { monitoringHandlers } from './monitoringSources.js';
import { overviewHandlers } from './overviewHandlers.js';
import { posterHandlers } from './posterHandlers.js';
import { Wall, wallHandlers } from './wall.js';

export type Handlers = { [C in Channel]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C> };

export const sampleFileName = 'desa-sukamaju.rembug';

/**
 * The application's backend: owns the open community file and answers every channel of
 * the IPC contract. Plain Node; the Electron shell and the tests drive the same object.
 */
export class Backend {
  readonly settings: SettingsStore;
  /** Rolling backups of the open file, and restoring them (backupHandlers.ts). */
  readonly backups: BackupService;
  /** What the projector's audience window shows (wall.ts); the shell and the harness listen to it. */
  readonly wall = new Wall(this);
  private file: CommunityFile | null = null;
  /** The last file refused because another Rembug has it open: it may be opened read-only. */
  private inUseElsewhere: string | null = null;
  /** Files opened before in this run: their photos are tidied on the first open only. */
  private readonly openedBefore = new Set<string>();

  constructor(readonly host: Host) {
    this.settings = new SettingsStore(host.userDataDir);
    this.backups = new BackupService(this, host);
    // Private copies a crashed run's read-only views left in the temporary folder.
    removeOldViews();
  }

  get openFile(): CommunityFile | null {
    return this.file;
  }

  currentFile(): CommunityFile {
    if (!this.file) throw new AppFailure('no_community_open', 'no community file is open');
    return this.file;
  }

  private overview(): OpenCommunity {
    const file = this.currentFile();
    return {
      path: file.path,
      fileName: file.fileName,
      readOnly: file.readOnly,
      readOnlyReason: file.readOnlyReason,
      damagedExercises: file.damagedExercises,
      community: file.community.get(),
      sessions: file.sessions.list(),
      ...this.backups.previewOf(file),
    };
  }

  /** Makes `file` the open one (closing the one before) and answers what the page shows; backups use it for a restored file. */
  adopt(file: CommunityFile): OpenCommunity {
    this.file?.close();
    this.file = file;
    this.wall.afterFileChanged((id) => file.exercises.has(id));
    this.openedBefore.add(path.resolve(file.path));
    const name = file.community.get().name;
    // A look at a backup is not a file the user opened: it stays out of the recent lists.
    if (file.readOnlyReason !== 'backup') {
      this.settings.remember(file.path, name);
      this.host.communityOpened(file.path, name);
    }
    this.backups.afterOpen(file);
    return this.overview();
  }

  /**
   * Opens a file chosen by the user or handed over by the OS (file association). When
   * another Rembug has it open, the refusal names who, and the file is remembered so the
   * user can choose to open it read-only (`community.openReadOnly`) without choosing again.
   */
  openPath(filePath: string, options: { readOnly?: ReadOnlyReason } = {}): OpenCommunity {
    const resolved = path.resolve(filePath);
    // Opening the open file again: this backend's own lock must not refuse it.
    if (this.file && path.resolve(this.file.path) === resolved) {
      this.file.close();
      this.file = null;
    }
    this.inUseElsewhere = null;
    try {
      return this.adopt(
        CommunityFile.open(resolved, { removeUnusedPhotos: !this.openedBefore.has(resolved), ...options }),
      );
    } catch (error) {
      if (error instanceof AppFailure && error.code === 'file_in_use') {
        // Only this refusal remembers its file for `community.openReadOnly`: `canView` tells the page it may offer that.
        this.inUseElsewhere = resolved;
        const viewable = new AppFailure(error.code, error.message, { ...error.params, canView: 'yes' });
        this.backups.afterRefused(resolved, viewable);
        throw viewable;
      }
      this.backups.afterRefused(resolved, error);
      throw error;
    }
  }

  private sessionDetail(id: string): SessionDetail {
    const file = this.currentFile();
    return {
      ...file.sessions.get(id),
      participants: file.participants.listBySession(id),
      exercises: file.exercises.listBySession(id),
    };
  }

  private exercise(id: string): ChannelOutput<'exercise.get'> {
    const file = this.currentFile();
    const row = file.exercises.get(id);
    return { ...parseStoredExercise(row, file.fileName), copyOf: row.copyOf, copyOfTitle: row.copyOfTitle };
  }

  /** Asks where to save, prints, writes; null when the user cancels the dialog. */
  async savePdf(
    suggested: string,
    html: string,
    footerHtml: string,
  ): Promise<{ path: string; fileName: string } | null> {
    const target = await this.host.choosePdfPath(suggested);
    if (!target) return null;
    const pdf = await this.host.printPdf(html, footerHtml);
    try {
      fs.writeFileSync(target, pdf);
    } catch (error) {
      asFileFailure(error);
    }
    return { path: target, fileName: path.basename(target) };
  }

  readonly handlers: Handlers = {
    ...backupHandlers(this),
    ...journeyHandlers(this),
    ...planHandlers(this),
    ...monitoringHandlers(this),
    ...overviewHandlers(this),
    ...posterHandlers(this),
    ...evaluationHandlers(this),
    ...wallHandlers(this),
    ...savedViewHandlers(this),
    'settings.get': () => ({ language: this.settings.language, recent: this.settings.recent() }),
    'settings.setLanguage': ({ language }) => {
      this.settings.setLanguage(language);
      return null;
    },
    'community.create': async (community) => {
      const target = await this.host.chooseNewCommunityPath(safeFileName(community.name, 'rembug'));
      if (!target) return null;
      const resolved = path.resolve(target);
      // Replacing the file that is open: it stays open, and in use, until the new one is
      // complete; only then is it closed (Windows cannot replace an open file), and its lock
      // passes to the new file, so no other Rembug can take the path in between. Only a file
      // this Rembug writes, and whose lock it still holds, is its own to replace; any other
      // path is locked before anything is built (refused when another Rembug has it).
      const open = this.file;
      const replaced = open && !open.readOnly && resolved === path.resolve(open.path) ? open : null;
      const handedLock = replaced?.heldLock ?? null;
      let renamed = false;
      try {
        return this.adopt(
          CommunityFile.create(resolved, community, {
            lock: handedLock,
            beforeReplace: () => {
              if (!replaced) return;
              if (handedLock) replaced.closeKeepingLock();
              else replaced.close();
              this.file = null;
            },
            afterReplace: () => {
              renamed = true;
            },
          }),
        );
      } catch (error) {
        if (replaced && !this.file) {
          // Closed for nothing: when the new file never took the path, the old one is still
          // there, whole, and carries on as any opened file (its backups too). Once it did,
          // the old file is gone, and the new one is not opened behind the user's back.
          if (!renamed && handedLock) {
            try {
              this.adopt(CommunityFile.open(replaced.path, { lock: handedLock, removeUnusedPhotos: false }));
            } catch {
              // The refusal the user sees is the one of "new community".
            }
          } else handedLock?.release();
        }
        if (error instanceof AppFailure) throw error;
        return asFileFailure(error);
      }
    },
    'community.openDialog': async () => {
      const chosen = await this.host.chooseCommunityToOpen();
      return chosen ? this.openPath(chosen) : null;
    },
    'community.openRecent': ({ path: filePath }) => {
      if (!this.settings.isRecent(filePath)) throw new AppFailure('not_found', 'path is not in the recent list');
      return this.openPath(filePath);
    },
    'community.forgetRecent': ({ path: filePath }) => {
      this.settings.forget(filePath);
      return null;
    },
    'community.openSample': () => {
      // The bundled sample is never written to: the user works on a copy in user data.
      const copy = path.join(this.host.userDataDir, 'samples', sampleFileName);
      if (!fs.existsSync(copy)) {
        fs.mkdirSync(path.dirname(copy), { recursive: true });
        fs.copyFileSync(path.join(this.host.resourcesDir, 'sample', sampleFileName), copy);
      }
      return this.openPath(copy);
    },
    'community.openReadOnly': () => {
      if (!this.inUseElsewhere) throw new AppFailure('not_found', 'no file was refused as in use');
      return this.openPath(this.inUseElsewhere, { readOnly: 'in_use' });
    },
    'community.current': () => (this.file ? this.overview() : null),
    'community.update': (community) => {
      const file = this.currentFile();
      file.write(() => file.community.save(community));
      this.settings.remember(file.path, community.name);
      return this.overview();
    },
    'community.saveCopyAs': async () => {
      const file = this.currentFile();
      const target = await this.host.chooseCopyPath(safeFileName(`${file.community.get().name} (salinan)`, 'rembug'));
      if (!target) return null;
      const resolved = path.resolve(target);
      if (!file.readOnly && resolved === path.resolve(file.path)) return this.overview();
      // The target's lock first, held until the copy is open: no other Rembug opens it while it is written.
      const lock = FileLock.acquire(resolved);
      if (!lock) throw new AppFailure('read_only', `${path.dirname(resolved)} takes no new file`);
      try {
        await file.backupTo(resolved);
      } catch (error) {
        lock.release();
        throw error;
      }
      // The copy carries on the work on screen: its undo may still bring back a photo the
      // document no longer shows, so it is not tidied now (it will be on the next run).
      this.openedBefore.add(resolved);
      return this.adopt(CommunityFile.open(resolved, { lock, removeUnusedPhotos: false }));
    },
    'community.close': () => {
      this.file?.close();
      this.file = null;
      this.wall.afterFileChanged(() => false);
      return null;
    },
    'session.get': ({ id }) => this.sessionDetail(id),
    'session.create': (fields) => {
      const file = this.currentFile();
      const id = file.write(() => file.sessions.create(fields));
      return this.sessionDetail(id);
    },
    'session.update': ({ id, fields }) => {
      const file = this.currentFile();
      file.write(() => file.sessions.save(id, fields));
      return this.sessionDetail(id);
    },
    'session.sources': ({ id }) => {
      const file = this.currentFile();
      file.sessions.get(id);
      // One unreadable exercise must not hide what the others offer.
      return file.exercises.listBySession(id).flatMap((summary) => {
        const ex = readableExercise(file.exercises.get(summary.id), file.fileName);
        if (!ex) return [];
        const offered = contributionsOf(ex.type, ex.body);
        return [
          {
            exerciseId: ex.id,
            type: ex.type,
            title: ex.title,
            citable: offered.citable ?? [],
            names: offered.names ?? [],
          },
        ];
      });
    },
    'session.delete': ({ id }) => {
      const file = this.currentFile();
      file.write(() => file.sessions.delete(id));
      return null;
    },
    'participant.add': ({ sessionId, fields }) => {
      const file = this.currentFile();
      file.sessions.get(sessionId);
      return file.write(() => file.participants.add(sessionId, fields));
    },
    'participant.update': ({ id, fields }) => {
      const file = this.currentFile();
      return file.write(() => file.participants.save(id, fields));
    },
    'participant.remove': ({ id }) => {
      const file = this.currentFile();
      file.write(() => file.participants.delete(id));
      return null;
    },
    'exercise.create': ({ sessionId, type, title }) => {
      const file = this.currentFile();
      file.sessions.get(sessionId);
      const id = file.write(() => file.exercises.create(sessionId, type, title, definitionOf(type).empty()));
      return this.exercise(id);
    },
    'exercise.get': ({ id }) => this.exercise(id),
    'exercise.save': ({ id, baseVersion, body }) => ({
      version: saveExerciseBody(this.currentFile(), id, baseVersion, body),
    }),
    'exercise.rename': ({ id, title }) => {
      const file = this.currentFile();
      file.write(() => file.exercises.rename(id, title));
      this.wall.afterRename(id, title);
      return this.exercise(id);
    },
    'exercise.duplicate': ({ id, title }) => {
      const file = this.currentFile();
      const source = this.exercise(id);
      // The copy names its original: it is the "after" one, badged and compared with it.
      const newId = file.write(() =>
        file.exercises.create(source.sessionId, source.type, title, source.body, source.id),
      );
      return this.exercise(newId);
    },
    'exercise.delete': ({ id }) => {
      const file = this.currentFile();
      file.write(() => file.exercises.delete(id));
      return null;
    },
    'stakeholder.list': () => this.currentFile().stakeholders.list(),
    'photo.pick': async () => {
      const chosen = await this.host.chooseImageToOpen();
      if (!chosen) return null;
      const file = path.basename(chosen);
      if (fs.statSync(chosen).size > maxImageBytes) throw new AppFailure('image_too_large', chosen, { file });
      const bytes = fs.readFileSync(chosen);
      const mime = imageType(bytes);
      if (!mime) throw new AppFailure('not_an_image', chosen, { file });
      return { fileName: file, mime, data: bytes.toString('base64') };
    },
    'photo.store': ({ data, width, height }) => {
      const file = this.currentFile();
      const bytes = Buffer.from(data, 'base64');
      // Only the renderer's scaled JPEG is kept: the file grows by that much and no more.
      if (imageType(bytes) !== 'image/jpeg')
        throw new AppFailure('not_an_image', 'stored photos are JPEG', { file: '' });
      const id = file.write(() => file.photos.add({ mime: 'image/jpeg', width, height, bytes }));
      return { id };
    },
    'photo.get': ({ id }) => {
      const photo = this.currentFile().photos.get(id);
      return { width: photo.width, height: photo.height, data: photo.bytes.toString('base64') };
    },
    'resource.list': () => {
      // The community's resource list is every resource named on any of its maps (the
      // newest naming wins), so a later map reuses what earlier sessions found.
      const file = this.currentFile();
      const byName = new Map<string, { name: string; capital: string }>();
      for (const row of file.exercises.listAll()) {
        const ex = readableExercise(row, file.fileName); // one unreadable exercise must not hide the others
        for (const r of ex ? (contributionsOf(ex.type, ex.body).resources ?? []) : [])
          byName.set(sameNameKey(r.name), r);
      }
      return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
    'report.exportSessionPdf': async ({ sessionId, language }) => {
      const file = this.currentFile();
      const data = loadSessionReportData(file, sessionId);
      const { html, footerHtml } = buildSessionReport(data, language, this.host.resourcesDir);
      return this.savePdf(safeFileName(`${data.community.name} - ${data.session.title}`, 'pdf'), html, footerHtml);
    },
  };
}
