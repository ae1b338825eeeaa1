import fs from 'node:fs';
import path from 'node:path';
import { communityMonitoring } from '#shared/exercises/monitoring/progress.js';
import type { DatedExercise } from '#shared/exercises/definition.js';
import type { Overview, OverviewRefusal, OverviewRow } from '#shared/model/overview.js';
import { AppFailure } from '#shared/result.js';
import { CommunityFile } from './communityFile.js';
import { loadJourney } from './journey.js';
import type { ExerciseRow } from './repos/exerciseRepo.js';
import { readableExercise } from './storedExercise.js';

/**
 * The programme overview across villages (issue 13, item 6): one row per `.rembug` file
 * of a folder. Every file is read the way Rembug reads a file it will not write
 * (electron/core/db/openFile.ts, "read-only from a private copy"): the file and its WAL
 * are copied into a private temporary folder and SQLite opens the copy. So the original
 * gets no lock, no -wal, no -shm, no journal, and a file another Rembug is writing is read
 * with the saves in its WAL, as of one moment (the copy is retaken if the pair changed
 * while it was copied). Then the same checks as opening: the header, `integrity_check`,
 * every exercise parsed by its type.
 */

/** Only the types the monitoring summary reads are parsed a second time. */
const monitoringTypes = ['actionPlan', 'indicators', 'monitoring'];

/**
 * Which files of the folder are listed: names ending in `.rembug`, in that folder only
 * (not its sub-folders: a coordinator's folder per programme is the unit, and a synced
 * drive's whole tree could hold thousands of unrelated files and old copies). Hidden names
 * are left out: `._desa.rembug` is macOS's resource-fork twin on a shared drive, and
 * `.desa.rembug.<tag>.creating` a file another Rembug is still writing.
 */
export function overviewFileNames(folder: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppFailure('file_missing', `no folder at ${folder}`, { file: folder });
    throw new AppFailure('read_failed', String(error), { file: path.basename(folder) });
  }
  return entries
    .filter((e) => !e.name.startsWith('.') && e.name.toLowerCase().endsWith('.rembug') && !e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
}

/** A refusal of opening, as the overview lists it. */
function refusalOf(error: unknown): OverviewRefusal {
  // Damaged, newer and not-ours say what to do; anything else (a file gone meanwhile, an
  // I/O error of a share that lost its connection) is "could not be read".
  const named: readonly string[] = ['damaged_file', 'newer_version', 'not_rembug_file'];
  return error instanceof AppFailure && named.includes(error.code) ? (error.code as OverviewRefusal) : 'read_failed';
}

/** Today's day as the computer's calendar says (not UTC: a coordinator in WITA reads in the morning). */
export function localToday(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function summarise(file: CommunityFile, fileName: string, today: string): OverviewRow {
  const community = file.community.get();
  const journey = loadJourney(file);
  const sessions = journey.steps.flatMap((s) => s.sessions);
  const attendance = { women: 0, men: 0, total: 0 };
  let lastSession: string | null = null;
  for (const s of sessions) {
    attendance.women += s.attendance.female;
    attendance.men += s.attendance.male;
    attendance.total += s.attendance.total;
    if (lastSession === null || s.date > lastSession) lastSession = s.date;
  }
  const sessionDates = new Map(sessions.map((s) => [s.id, s.date]));
  const dated: DatedExercise[] = [];
  // Only the bodies monitoring reads: the deep check of opening has parsed every one already.
  for (const row of file.db
    .prepare<string[], ExerciseRow>(
      `SELECT id, session_id AS sessionId, type, title, version, body FROM exercises
       WHERE type IN (${monitoringTypes.map(() => '?').join(', ')}) ORDER BY created_at, rowid`,
    )
    .all(...monitoringTypes)) {
    const parsed = readableExercise(row, fileName); // a damaged one is counted below, not fatal
    if (parsed)
      dated.push({ ...parsed, sessionId: row.sessionId, date: sessionDates.get(row.sessionId) ?? '0000-01-01' });
  }
  // Judged at today's date, not the last session's: an indicator whose due date passed
  // while no one met is exactly what a coordinator must see as late.
  const monitoring = communityMonitoring(dated, today);
  const place = [community.desa, community.kabupaten].filter((p) => p.trim() !== '').join(', ');
  return {
    kind: 'community',
    fileName,
    name: community.name,
    place,
    current: journey.current,
    lastSession,
    sessions: sessions.length,
    attendance,
    indicators: {
      reached: monitoring.counts.reached,
      on_track: monitoring.counts.on_track,
      behind: monitoring.counts.behind,
      late: monitoring.counts.late,
      no_data: monitoring.counts.no_data,
    },
    stuck: monitoring.stuck.map((s) => ({ activity: s.label, obstacle: s.obstacle })),
    damagedExercises: file.damagedExercises.length,
  };
}

/** One file's row: its summary, or why it could not be read. Never throws. */
export function readOverviewRow(filePath: string, today: string): OverviewRow {
  const fileName = path.basename(filePath);
  let file: CommunityFile;
  try {
    // `readOnly` goes straight to the private copy: no lock is looked at or taken.
    file = CommunityFile.open(filePath, { readOnly: 'file' });
  } catch (error) {
    return { kind: 'refused', fileName, reason: refusalOf(error) };
  }
  try {
    return summarise(file, fileName, today);
  } catch (error) {
    return { kind: 'refused', fileName, reason: refusalOf(error) };
  } finally {
    file.close();
  }
}

/** Lets the event loop run: IPC, the window's events and other replies go between two files. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Reads the folder's files one at a time, yielding to the event loop between them. The
 * backend runs in Electron's main process and better-sqlite3 is synchronous, so a folder
 * read in one go would freeze the window for seconds; file by file, the longest pause is
 * one file's read (bench: scripts/benchOverview.ts). `onProgress` is told after each file.
 */
export async function readOverview(
  folder: string,
  options: { today?: string; now?: Date; onProgress?: (done: number, total: number) => void } = {},
): Promise<Overview> {
  const now = options.now ?? new Date();
  const today = options.today ?? localToday(now);
  const names = overviewFileNames(folder);
  const rows: OverviewRow[] = [];
  for (const [i, name] of names.entries()) {
    await yieldToEventLoop();
    rows.push(readOverviewRow(path.join(folder, name), today));
    options.onProgress?.(i + 1, names.length);
  }
  return { folder, readAt: now.toISOString(), rows };
}
