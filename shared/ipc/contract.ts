// Over 400 lines on purpose: this is the one list of every channel and its schemas, which the
// dispatcher, the preload and the backend's handler map are all checked against; split, it
// would be read in several places and could drift.
import { z } from 'zod';
import { zCommunity, zRecentFile } from '../model/community.js';
import {
  zExerciseSummary,
  zParticipant,
  zParticipantFields,
  zSessionFields,
  zSessionSummary,
} from '../model/session.js';
import { zId, zName } from '../model/text.js';
import {
  maxPathLength,
  maxPhotoDataLength,
  maxPhotoSide,
  maxPostersPerPack,
  refuseOversizedBody,
} from '../model/limits.js';
import { zExerciseType } from '../exercises/registry.js';
import { zBeforeAfter } from '../exercises/evaluation/schema.js';
import { languages } from '../i18n/languages.js';
import type { AppError } from '../result.js';
import { stepStatuses, zJourney } from '../model/journey.js';
import { allSteps, isStepOfPhase, phases } from '../model/process.js';
import { zOverview, zOverviewSort } from '../model/overview.js';
import { zWallMode, zWallState, zWallStatus, type WallState } from '../model/wall.js';

/**
 * Every message between renderer and backend: a channel name (`noun.verb`) with the zod
 * schema of its input and of its output. The backend validates every input against it;
 * the handler map in core must cover every channel or it does not compile.
 */
const zEmpty = z.object({}).strict();
/** A canvas's zoom (scale) and pan (x, y: where the diagram's origin is on the canvas, px). */
export const zSavedView = z
  .object({
    scale: z.number().finite().min(0.001).max(100),
    x: z.number().finite().min(-1e7).max(1e7),
    y: z.number().finite().min(-1e7).max(1e7),
  })
  .strict();
const zLanguage = z.enum(languages);

const zSessionDetail = zSessionFields.and(
  z.object({
    id: zId,
    participants: z.array(zParticipant),
    exercises: z.array(zExerciseSummary),
  }),
);

export const zExercise = z.object({
  id: zId,
  sessionId: zId,
  type: zExerciseType,
  title: z.string(),
  version: z.number().int(),
  /** Parsed by the exercise type's schema in the backend on every read and write. */
  body: z.unknown(),
  /**
   * Before and after: the exercise this one was duplicated from (it is the "after" copy,
   * badged SESUDAH), else null; and that original's title while it exists (null once deleted).
   */
  copyOf: z.string().nullable(),
  copyOfTitle: z.string().nullable(),
});

/**
 * Why an open community cannot be written: the file or its folder or medium is read-only,
 * another Rembug has it open (the user chose to look without editing), or it is a backup
 * being previewed. Null when it is writable.
 */
export const readOnlyReasons = ['file', 'in_use', 'backup'] as const;
export type ReadOnlyReason = (typeof readOnlyReasons)[number];

/** An exercise the deep check on opening could not read: named so the user knows what to restore. */
const zDamagedExercise = z.object({ id: zId, title: z.string(), sessionId: zId, sessionTitle: z.string() });

/** Why a backup was made: on opening, during editing, or of a file about to be restored over. */
export const backupReasons = ['open', 'edit', 'before_restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** A backup by id, `<community uid>/<stamp>`: the backend finds it in its own folder, never by a path from here. */
const zBackupId = z
  .string()
  .max(80)
  .regex(/^[0-9a-f]{32}\/[0-9A-Z-]+$/);

const zBackup = z.object({
  id: zBackupId,
  takenAt: z.string(),
  reason: z.enum(backupReasons),
  size: z.number().int(),
  /** The community file it is a copy of. */
  sourceFileName: z.string(),
  /** Null for a byte copy of a file too damaged to read. */
  contents: z.object({ communityName: z.string(), sessions: z.number().int(), exercises: z.number().int() }).nullable(),
});

/** Whose backups: the open community (or the one a preview was opened from), or the file last refused as damaged. */
const zBackupsOf = z.enum(['open', 'damaged']);

const zOpenCommunity = z.object({
  path: z.string(),
  fileName: z.string(),
  readOnly: z.boolean(),
  readOnlyReason: z.enum(readOnlyReasons).nullable(),
  damagedExercises: z.array(zDamagedExercise),
  community: zCommunity,
  sessions: z.array(zSessionSummary),
  /**
   * Set while a backup is previewed: which, when it was taken and of which file; and the
   * file a restore over replaces (the one the preview was opened from), absent when there
   * is none this Rembug may write.
   */
  backupOf: z
    .object({ id: zBackupId, takenAt: z.string(), fileName: z.string(), restoresOver: z.string().optional() })
    .optional(),
});

export const contract = {
  'settings.get': {
    input: zEmpty,
    output: z.object({ language: zLanguage, recent: z.array(zRecentFile) }),
  },
  'settings.setLanguage': { input: z.object({ language: zLanguage }).strict(), output: z.null() },
  /**
   * The zoom and pan an exercise's canvas was left at, on this computer (issue 11: kept per
   * exercise, restored on reopening); null: none kept, the canvas fits. Saving null forgets it.
   */
  'view.get': { input: z.object({ exerciseId: zId }).strict(), output: zSavedView.nullable() },
  'view.save': { input: z.object({ exerciseId: zId, view: zSavedView.nullable() }).strict(), output: z.null() },
  'community.create': { input: zCommunity.strict(), output: zOpenCommunity.nullable() },
  'community.openDialog': { input: zEmpty, output: zOpenCommunity.nullable() },
  /** Only paths already in the recent list are accepted: the renderer never names new files. */
  'community.openRecent': { input: z.object({ path: z.string().max(maxPathLength) }).strict(), output: zOpenCommunity },
  'community.forgetRecent': { input: z.object({ path: z.string().max(maxPathLength) }).strict(), output: z.null() },
  'community.openSample': { input: zEmpty, output: zOpenCommunity },
  /** Opens read-only the file last refused because another Rembug has it open. */
  'community.openReadOnly': { input: zEmpty, output: zOpenCommunity },
  'community.current': { input: zEmpty, output: zOpenCommunity.nullable() },
  'community.update': { input: zCommunity.strict(), output: zOpenCommunity },
  'community.saveCopyAs': { input: zEmpty, output: zOpenCommunity.nullable() },
  'community.close': { input: zEmpty, output: z.null() },
  'session.get': { input: z.object({ id: zId }).strict(), output: zSessionDetail },
  'session.create': { input: zSessionFields, output: zSessionDetail },
  'session.update': { input: z.object({ id: zId, fields: zSessionFields }).strict(), output: zSessionDetail },
  'session.delete': { input: z.object({ id: zId }).strict(), output: z.null() },
  /**
   * What the session's exercises offer to another one: items a framed statement can cite
   * (named clusters, objectives) and names for quick entry (the options of rankings).
   */
  'session.sources': {
    input: z.object({ id: zId }).strict(),
    output: z.array(
      z.object({
        exerciseId: zId,
        type: zExerciseType,
        title: z.string(),
        citable: z.array(z.object({ itemId: zId, label: z.string() })),
        names: z.array(z.string()),
      }),
    ),
  },
  'participant.add': {
    input: z.object({ sessionId: zId, fields: zParticipantFields.strict() }).strict(),
    output: zParticipant,
  },
  'participant.update': {
    input: z.object({ id: zId, fields: zParticipantFields.strict() }).strict(),
    output: zParticipant,
  },
  'participant.remove': { input: z.object({ id: zId }).strict(), output: z.null() },
  'exercise.create': {
    input: z.object({ sessionId: zId, type: zExerciseType, title: zName }).strict(),
    output: zExercise,
  },
  'exercise.get': { input: z.object({ id: zId }).strict(), output: zExercise },
  /**
   * A stale `baseVersion` is refused, never merged: the caller reloads. A body over the
   * size limit is refused here, before its type's schema reads it.
   */
  'exercise.save': {
    input: z
      .object({ id: zId, baseVersion: z.number().int(), body: z.unknown().superRefine(refuseOversizedBody) })
      .strict(),
    output: z.object({ version: z.number().int() }),
  },
  'exercise.rename': { input: z.object({ id: zId, title: zName }).strict(), output: zExercise },
  'exercise.duplicate': { input: z.object({ id: zId, title: zName }).strict(), output: zExercise },
  'exercise.delete': { input: z.object({ id: zId }).strict(), output: z.null() },
  'stakeholder.list': {
    input: zEmpty,
    output: z.array(z.object({ name: z.string(), kind: z.string() })),
  },
  /**
   * A3 or A4 notice-board poster of any exercise whose type has one (its definition's
   * `poster`): statement, plan, Venn, rankings, board, tree, map, … ('not_found' otherwise).
   */
  'report.exportPoster': {
    input: z.object({ exerciseId: zId, size: z.enum(['A4', 'A3']), language: zLanguage }).strict(),
    output: z.object({ path: z.string(), fileName: z.string() }).nullable(),
  },
  /** Every readable exercise of the community whose type has a poster, newest session first. */
  'poster.list': {
    input: zEmpty,
    output: z.array(
      z.object({
        exerciseId: zId,
        type: z.string(),
        title: z.string(),
        sessionId: zId,
        sessionTitle: z.string(),
        date: z.string(),
      }),
    ),
  },
  /**
   * The "this month" pack: the chosen exercises' posters, in the order given, as one PDF.
   * Refused whole (nothing written) when one of them cannot be a poster, naming it.
   */
  'report.exportPosterPack': {
    input: z
      .object({
        exerciseIds: z.array(zId).min(1).max(maxPostersPerPack),
        size: z.enum(['A4', 'A3']),
        language: zLanguage,
      })
      .strict(),
    output: z.object({ path: z.string(), fileName: z.string() }).nullable(),
  },
  /**
   * A photo of the paper map, chosen in a dialog: the original bytes go to the renderer,
   * which scales them down; only the scaled JPEG is stored (photo.store).
   */
  'photo.pick': {
    input: zEmpty,
    output: z.object({ fileName: z.string(), mime: z.string(), data: z.string() }).nullable(),
  },
  'photo.store': {
    input: z
      .object({
        data: z.string().max(maxPhotoDataLength),
        width: z.number().int().min(1).max(maxPhotoSide),
        height: z.number().int().min(1).max(maxPhotoSide),
      })
      .strict(),
    output: z.object({ id: zId }),
  },
  'photo.get': {
    input: z.object({ id: zId }).strict(),
    output: z.object({ width: z.number(), height: z.number(), data: z.string() }),
  },
  /** Resources already named on any map of the community, for reuse on the next map. */
  'resource.list': {
    input: zEmpty,
    output: z.array(z.object({ name: z.string(), capital: z.string() })),
  },
  /**
   * What an action plan can cite and suggest, from the whole community: objectives, named
   * clusters and framed solutions; people on the attendance lists; institutions of the Venn
   * diagrams; resources of the potential maps; and every participant id (for the check that
   * names a person no longer on any list).
   */
  'plan.sources': {
    input: zEmpty,
    output: z.object({
      cites: z.array(
        z.object({
          exerciseId: zId,
          itemId: zId,
          sourceType: z.string(),
          label: z.string(),
          exerciseTitle: z.string(),
          sessionTitle: z.string(),
        }),
      ),
      people: z.array(
        z.object({
          participantId: zId,
          name: z.string(),
          gender: z.string(),
          ageGroup: z.string(),
          sessionTitle: z.string(),
        }),
      ),
      participantIds: z.array(zId),
      institutions: z.array(z.object({ name: z.string(), kind: z.string() })),
      mapResources: z.array(z.object({ exerciseId: zId, resourceId: zId, name: z.string(), capital: z.string() })),
    }),
  },
  /**
   * What indicators and monitoring gather from the whole community as of a session (its
   * date and earlier): the action plans, indicators and monitoring sessions, parsed, each
   * with its session's date (progress.ts reads them), and the session's own date.
   */
  'monitoring.sources': {
    input: z.object({ sessionId: zId }).strict(),
    output: z.object({
      sessionDate: z.string(),
      exercises: z.array(
        z.object({
          id: zId,
          type: z.string(),
          title: z.string(),
          body: z.unknown(),
          sessionId: zId,
          date: z.string(),
        }),
      ),
    }),
  },
  /**
   * The before/after comparisons for an evaluation: the community's Venn diagrams, asset
   * pentagons, re-run rankings and indicator progress, from every session up to the
   * evaluation's own date, judged on that date.
   */
  'evaluation.sources': {
    input: z.object({ exerciseId: zId }).strict(),
    output: zBeforeAfter,
  },
  /** The backups of a community file, newest first, and the file they are for ('' when none). */
  'backup.list': {
    input: z.object({ of: zBackupsOf }).strict(),
    output: z.object({ fileName: z.string(), backups: z.array(zBackup) }),
  },
  /** Opens a backup read-only (readOnlyReason 'backup'); the file open before comes back on closePreview. */
  'backup.preview': { input: z.object({ id: zBackupId, of: zBackupsOf }).strict(), output: zOpenCommunity },
  'backup.closePreview': { input: zEmpty, output: zOpenCommunity.nullable() },
  /** Writes the backup to a new file the user chooses, and opens it; null when the dialog is cancelled. */
  'backup.restoreAsNew': { input: z.object({ id: zBackupId }).strict(), output: zOpenCommunity.nullable() },
  /** Puts the backup in place of the file (a backup of that file's state is made first), and opens it. */
  'backup.restoreOver': { input: z.object({ id: zBackupId, of: zBackupsOf }).strict(), output: zOpenCommunity },
  /** The newest backup in which this exercise of the open file reads fine, or null. */
  'backup.exerciseSource': {
    input: z.object({ exerciseId: zId }).strict(),
    output: z.object({ backupId: zBackupId, takenAt: z.string() }).nullable(),
  },
  /** Copies the exercise's title and body from the backup into the open file (backed up first). */
  'backup.restoreExercise': {
    input: z.object({ exerciseId: zId, backupId: zBackupId }).strict(),
    output: zOpenCommunity,
  },
  /** The programme journey: the path of phases and steps, each with its sessions and status. */
  'journey.get': { input: zEmpty, output: zJourney },
  /** Sets a step's status; null gives it back to the status suggested from its sessions. */
  'journey.setStatus': {
    input: z
      .object({
        phase: z.enum(phases as [string, ...string[]]),
        step: z.enum(allSteps as unknown as [string, ...string[]]),
        status: z.enum(stepStatuses).nullable(),
      })
      .strict()
      .refine((s) => isStepOfPhase(s.phase as (typeof phases)[number], s.step), { message: 'step_not_in_phase' }),
    output: zJourney,
  },
  /** A session for a step, with an empty exercise of each chosen type (titled in `language`), in one write. */
  'journey.startSession': {
    input: z
      .object({ fields: zSessionFields, exerciseTypes: z.array(zExerciseType).max(12), language: zLanguage })
      .strict(),
    output: zSessionDetail,
  },
  /** The programme report (laporan perjalanan program) of the open community. */
  'report.exportProgrammePdf': {
    input: z.object({ language: zLanguage }).strict(),
    output: z.object({ path: z.string(), fileName: z.string() }).nullable(),
  },
  'report.exportSessionPdf': {
    input: z.object({ sessionId: zId, language: zLanguage }).strict(),
    output: z.object({ path: z.string(), fileName: z.string() }).nullable(),
  },
  /**
   * The programme overview across villages: the user chooses a folder and every .rembug
   * file in it is read from a private snapshot (never locked, never written); null when
   * the dialog is cancelled. The backend keeps the folder, so `refresh` and the exports
   * never take a path from the page.
   */
  'overview.chooseFolder': { input: zEmpty, output: zOverview.nullable() },
  'overview.refresh': { input: zEmpty, output: zOverview },
  /** The last overview read, in the order on screen, as an A4 landscape PDF. */
  'overview.exportPdf': {
    input: z.object({ sort: zOverviewSort, language: zLanguage }).strict(),
    output: z.object({ path: z.string(), fileName: z.string() }).nullable(),
  },
  /** The same rows as CSV (UTF-8 with BOM, semicolons: shared/model/overview.ts says why). */
  'overview.exportCsv': {
    input: z.object({ sort: zOverviewSort, language: zLanguage }).strict(),
    output: z.object({ path: z.string(), fileName: z.string() }).nullable(),
  },
  /**
   * The wall: the projector's audience window (shared/model/wall.ts, electron/core/wall.ts).
   * `status` for the presenter's controls; `current` for the audience page on load (later
   * changes come as the `wall` event); `show` puts an exercise of the open file on the wall,
   * live; `setMode` freezes, blacks out or goes live again (showing the newest).
   */
  'wall.status': { input: zEmpty, output: zWallStatus },
  'wall.current': { input: zEmpty, output: zWallState },
  'wall.show': { input: z.object({ exerciseId: zId }).strict(), output: zWallStatus },
  'wall.setMode': { input: z.object({ mode: zWallMode }).strict(), output: zWallStatus },
  /**
   * The presenter's newest document of the exercise on the wall, sent on every change before
   * its save: checked by its type's schema (a refusal changes nothing the audience sees);
   * `shown` is false when that exercise is no longer the one on the wall.
   */
  'wall.publish': {
    input: z
      .object({
        exerciseId: zId,
        title: zName,
        version: z.number().int(),
        body: z.unknown().superRefine(refuseOversizedBody),
      })
      .strict(),
    output: z.object({ shown: z.boolean() }),
  },
} as const;

export type Channel = keyof typeof contract;
export type ChannelInput<C extends Channel> = z.infer<(typeof contract)[C]['input']>;
export type ChannelOutput<C extends Channel> = z.infer<(typeof contract)[C]['output']>;
export type OpenCommunity = z.infer<typeof zOpenCommunity>;
export type SessionDetail = z.infer<typeof zSessionDetail>;
export type Exercise = z.infer<typeof zExercise>;
export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Events the shell pushes to the renderer (menu commands, a file opened from the OS). */
export const menuCommands = [
  'newCommunity',
  'openCommunity',
  'saveCopyAs',
  'exportPdf',
  'toggleFullScreen',
  'project',
  'undo',
  'redo',
  'languageId',
  'languageEn',
] as const;
export type MenuCommand = (typeof menuCommands)[number];
/**
 * `closeRequested`: the user closed the window or quit; the page saves what is pending,
 * asks if something could not be saved, and answers with `answerClose`. `openRequested`:
 * the OS handed over a file to open in place of the open one; the page does the same and
 * answers `replace` when the open file may be left.
 */
export type ShellEvent =
  | { type: 'menu'; command: MenuCommand }
  | { type: 'communityOpened' }
  | { type: 'error'; error: AppError }
  | { type: 'closeRequested' }
  | { type: 'openRequested' }
  /** To the audience window: what the wall shows now. */
  | { type: 'wall'; state: WallState }
  /** To the main window: an audience window opened on a second display, or closed. */
  | { type: 'audience'; open: boolean };

/**
 * The page's answer to `closeRequested`: `wait` (saving, or asking the user; the shell
 * keeps the window open) or `close` (nothing is left unsaved, or the user chose); to
 * `openRequested`: `wait`, or `replace` (the other file may take the open one's place).
 * Two words, so an answer about opening never closes the window, nor the other way.
 */
export const closeAnswers = ['wait', 'close', 'replace'] as const;
export type CloseAnswer = (typeof closeAnswers)[number];

/** The Electron IPC channels; every contract channel travels inside `invoke`. */
export const ipcInvokeChannel = 'rembug:invoke';
export const ipcEventChannel = 'rembug:event';
export const ipcCloseChannel = 'rembug:close';

/** What the preload exposes on `window.rembug`; the e2e harness provides the same. */
export interface RembugApi {
  invoke(channel: string, input: unknown): Promise<unknown>;
  onEvent(listener: (event: ShellEvent) => void): () => void;
  answerClose(answer: CloseAnswer): void;
}
