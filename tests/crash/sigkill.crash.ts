import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementDocument } from '#shared/exercises/framing/schema.js';
import { CommunityFile } from '../../electron/core/communityFile.js';
import { parseStoredExercise } from '../../electron/core/storedExercise.js';
import { tempDir } from '../support/paths.js';
import { seededRandom } from '../support/seededRandom.js';
import { bundleSaveLoop, removeBundle } from './bundleChild.js';
import { crashCommunity, removeDir, runChild } from './childRuns.js';
import { operationOf, participantName, sessionNotes, statementText, stepOfNotes, type ChildLine } from './protocol.js';

/**
 * Power cuts and killed processes, through the real save path: a child process runs the
 * backend on a community file and saves (participant.add, session.update, exercise.save)
 * in a loop, printing "ACK" only after each request answered ok; it is killed with
 * SIGKILL at a random moment. Then the file must pass quick_check, open as a community,
 * and hold every acknowledged save. The next round's child carries on in the same file,
 * so every round also opens a file a crash left behind.
 */
const rounds = Number(process.env.CRASH_ROUNDS ?? 220);
/** Two files saved and killed side by side (each child mostly waits on fsync): half the time on 2 cores. */
const lanes = 2;
const seed = Number(process.env.CRASH_SEED ?? 20_261_129);
const killWindowMs = { from: 20, to: 300 };
/** Step numbers of round r start here, so names never repeat across rounds. */
const stepsPerRound = 100_000;

/** What the file must hold: every acknowledged save, and at most the one request in flight besides. */
interface Expected {
  participants: string[];
  notes: string;
  exerciseVersion: number;
  exerciseText: string;
}

function applyStep(state: Expected, n: number): Expected {
  switch (operationOf(n)) {
    case 'participant':
      return { ...state, participants: [...state.participants, participantName(n)] };
    case 'session':
      return { ...state, notes: sessionNotes(n) };
    case 'exercise':
      return { ...state, exerciseVersion: state.exerciseVersion + 1, exerciseText: statementText(n) };
  }
}

interface CrashFile {
  file: string;
  sessionId: string;
  exerciseId: string;
}

let bundle = '';
let dir = '';

beforeAll(async () => {
  bundle = await bundleSaveLoop();
  dir = tempDir('crash');
});

afterAll(() => {
  if (bundle) removeBundle(bundle);
  if (dir) removeDir(dir);
});

function quickCheck(file: string): string {
  const db = new Database(file, { fileMustExist: true });
  try {
    return db.pragma('quick_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** Opens the file as the app does (CommunityFile.open) and reads what the saves wrote. */
function readBack(crashFile: CrashFile): Expected {
  const file = CommunityFile.open(crashFile.file);
  try {
    const exercise = parseStoredExercise(file.exercises.get(crashFile.exerciseId), file.fileName);
    return {
      participants: file.participants.listBySession(crashFile.sessionId).map((p) => p.name),
      notes: file.sessions.get(crashFile.sessionId).notes,
      exerciseVersion: exercise.version,
      exerciseText: (exercise.body as StatementDocument).text,
    };
  } finally {
    file.close();
  }
}

const sameState = (a: Expected, b: Expected) => JSON.stringify(a) === JSON.stringify(b);

/** Whether an acknowledged save is in the file: its person, its notes or later ones, its version or a later one. */
function survived(ack: Extract<ChildLine, { kind: 'ack' }>, actual: Expected): boolean {
  switch (ack.operation) {
    case 'participant':
      return actual.participants.includes(participantName(ack.n));
    case 'session':
      return (stepOfNotes(actual.notes) ?? -1) >= ack.n;
    case 'exercise':
      return actual.exerciseVersion >= (ack.version ?? Infinity);
  }
}

interface LaneResult {
  acknowledged: number;
  lostSaves: number;
  inFlightKept: number;
  participants: number;
  problems: string[];
}

/** `laneRounds` rounds on one file: start a child, kill it mid-save, check the file, carry on. */
async function runLane(lane: number, laneRounds: number): Promise<LaneResult> {
  const folder = path.join(dir, `lane-${lane}`);
  fs.mkdirSync(folder);
  const crashFile = await crashCommunity(folder);
  const random = seededRandom(seed + lane);
  const result: LaneResult = { acknowledged: 0, lostSaves: 0, inFlightKept: 0, participants: 0, problems: [] };
  let expected = readBack(crashFile);

  for (let round = 0; round < laneRounds; round++) {
    const first = (round + 1) * stepsPerRound;
    const killAfterMs = Math.round(killWindowMs.from + random() * (killWindowMs.to - killWindowMs.from));
    const run = await runChild(
      process.execPath,
      [bundle, crashFile.file, path.join(folder, 'userdata'), String(first)],
      {
        killAfterMs,
      },
    );
    const where = `lane ${lane} round ${round} (killed ${killAfterMs} ms after READY)`;
    const failures = run.lines.filter((line) => line.kind === 'fail');
    if (failures.length > 0 || run.signal !== 'SIGKILL' || run.lines[0]?.kind !== 'ready') {
      result.problems.push(`${where}: child ${run.signal ?? run.exitCode} ${JSON.stringify(failures)} ${run.stderr}`);
      break;
    }
    const acks = run.lines.filter((line): line is Extract<ChildLine, { kind: 'ack' }> => line.kind === 'ack');
    if (acks.some((ack, i) => ack.n !== first + i)) result.problems.push(`${where}: acknowledgements out of order`);
    result.acknowledged += acks.length;

    // The state every acknowledged save leads to, and the same plus the request in flight.
    const afterAcks = acks.reduce((state, ack) => applyStep(state, ack.n), expected);
    const withInFlight = applyStep(afterAcks, first + acks.length);

    const check = quickCheck(crashFile.file);
    if (check !== 'ok') result.problems.push(`${where}: quick_check ${check}`);
    const actual = readBack(crashFile);
    const lost = acks.filter((ack) => !survived(ack, actual));
    result.lostSaves += lost.length;
    if (lost.length > 0)
      result.problems.push(`${where}: lost ${lost.map((ack) => `${ack.operation} ${ack.n}`).join(', ')}`);
    // Nothing else either: the file is as the acknowledged saves left it, or one request further.
    if (sameState(actual, withInFlight)) result.inFlightKept += 1;
    else if (!sameState(actual, afterAcks)) result.problems.push(`${where}: a state no save sequence leads to`);
    expected = actual;
  }
  result.participants = expected.participants.length;
  return result;
}

describe(`${rounds} SIGKILL rounds through the real save path (seed ${seed})`, () => {
  it('every acknowledged save survives, quick_check is ok, and the file opens as a community', async () => {
    const perLane = Array.from({ length: lanes }, (_, lane) => Math.ceil((rounds - lane) / lanes));
    const results = await Promise.all(perLane.map((laneRounds, lane) => runLane(lane, laneRounds)));
    const total = (key: 'acknowledged' | 'lostSaves' | 'inFlightKept' | 'participants') =>
      results.reduce((sum, result) => sum + result[key], 0);

    // Figures for the log (not asserted): how much was saved and killed.
    console.log(
      `${rounds} rounds, ${total('acknowledged')} acknowledged saves, ${total('lostSaves')} of them lost, ` +
        `${total('inFlightKept')} kills landed after a commit but before its acknowledgement`,
    );
    expect(results.flatMap((result) => result.problems)).toEqual([]);
    expect(total('lostSaves')).toBe(0);
    // The rounds really saved: on average tens of saves each, not a child killed while opening.
    expect(total('acknowledged')).toBeGreaterThan(rounds * 5);
    expect(total('participants')).toBeGreaterThan(rounds);
  });
});
