import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/paths.js';
import { bundleSaveLoop, removeBundle } from './bundleChild.js';
import { crashCommunity, removeDir, runChild } from './childRuns.js';

/**
 * The order of writes a power cut cares about. A killed process keeps what it wrote in
 * the OS cache; a power cut keeps only what reached the medium. So the crash child runs
 * under strace, and the trace must show, before every acknowledgement line the child
 * writes, the save's writes to the -wal file followed by an fsync/fdatasync of that
 * -wal file. strace's -y names each descriptor's file.
 */
const strace = '/usr/bin/strace';
const saves = 45;

let bundle = '';
let dir = '';

beforeAll(async () => {
  bundle = await bundleSaveLoop();
  dir = tempDir('fsync');
});

afterAll(() => {
  if (bundle) removeBundle(bundle);
  if (dir) removeDir(dir);
});

interface Syscall {
  name: string;
  fd: number;
  /** The descriptor's file as strace -y shows it (a path, or `pipe:[…]`). */
  file: string;
  args: string;
  result: number;
}

/**
 * The calls of an `strace -f -y` log in the order they finished. With -f, a call that
 * another thread interrupts is logged in two halves (`<unfinished ...>`, `<... resumed>`);
 * the halves are joined, at the place of the second.
 */
export function parseTrace(log: string): Syscall[] {
  const pending = new Map<string, string>();
  const calls: Syscall[] = [];
  for (const line of log.split('\n')) {
    const tagged = /^(\d+)\s+(.*)$/.exec(line);
    if (!tagged) continue;
    const [, pid, rest] = tagged as unknown as [string, string, string];
    let text = rest;
    if (text.endsWith('<unfinished ...>')) {
      pending.set(pid, text.slice(0, -'<unfinished ...>'.length));
      continue;
    }
    const resumed = /^<\.\.\. \w+ resumed>(.*)$/.exec(text);
    if (resumed) {
      text = (pending.get(pid) ?? '') + resumed[1];
      pending.delete(pid);
    }
    const call = /^(\w+)\((\d+)<([^>]*)>(.*)\)\s+=\s+(-?\d+)/.exec(text);
    if (!call) continue;
    const [, name, fd, file, args, result] = call as unknown as [string, string, string, string, string, string];
    calls.push({ name, fd: Number(fd), file, args, result: Number(result) });
  }
  return calls;
}

interface Acknowledgement {
  line: string;
  walWritesBefore: number;
  walSyncedAfterWrites: boolean;
}

/** For each "ACK" written to stdout: the -wal writes since the previous one, and whether an fsync of the -wal followed them. */
export function acknowledgementsIn(calls: Syscall[], communityFile: string): Acknowledgement[] {
  const wal = `${communityFile}-wal`;
  const acknowledgements: Acknowledgement[] = [];
  let ready = false;
  let walWrites = 0;
  let synced = false;
  for (const call of calls) {
    const toStdout = call.name === 'write' && call.fd === 1;
    if (toStdout && call.args.includes('READY')) {
      ready = true;
      walWrites = 0;
      synced = false;
      continue;
    }
    if (!ready) continue;
    if ((call.name === 'pwrite64' || call.name === 'write') && call.file === wal && call.result > 0) {
      walWrites += 1;
      synced = false;
    } else if ((call.name === 'fsync' || call.name === 'fdatasync') && call.file === wal && call.result === 0) {
      synced = true;
    } else if (toStdout && call.args.includes('"ACK ')) {
      const line = /"(ACK [^"\\]*)/.exec(call.args)?.[1] ?? call.args;
      acknowledgements.push({ line, walWritesBefore: walWrites, walSyncedAfterWrites: walWrites > 0 && synced });
      walWrites = 0;
    }
  }
  return acknowledgements;
}

async function traceSaves(name: string, env: NodeJS.ProcessEnv = {}) {
  const folder = path.join(dir, name);
  fs.mkdirSync(folder);
  const { file } = await crashCommunity(folder);
  const log = path.join(folder, 'strace.log');
  const run = await runChild(
    strace,
    [
      '-f',
      '-y',
      '-qq',
      '-s',
      '120',
      '-e',
      'trace=fsync,fdatasync,write,pwrite64',
      '-o',
      log,
      process.execPath,
      bundle,
      file,
      path.join(folder, 'userdata'),
      '0',
      String(saves),
    ],
    { env },
  );
  expect(run.exitCode, run.stderr).toBe(0);
  expect(run.lines.filter((line) => line.kind === 'ack')).toHaveLength(saves);
  return { file, calls: parseTrace(fs.readFileSync(log, 'utf8')) };
}

describe('the fsync order of saves, traced with strace', () => {
  it('every acknowledgement follows the save’s writes to the -wal and an fsync of the -wal', async () => {
    const { file, calls } = await traceSaves('full');
    const acknowledgements = acknowledgementsIn(calls, file);
    expect(acknowledgements).toHaveLength(saves);
    const unsynced = acknowledgements.filter((ack) => !ack.walSyncedAfterWrites);
    expect(unsynced).toEqual([]);
    // The descriptors were resolved: the trace names the -wal file it syncs.
    expect(calls.some((call) => call.name.endsWith('sync') && call.file === `${file}-wal`)).toBe(true);
  });

  it('control: with synchronous=NORMAL the same check finds acknowledgements with no fsync of the -wal', async () => {
    const { file, calls } = await traceSaves('normal', { CRASH_CHILD_SYNCHRONOUS: 'NORMAL' });
    const acknowledgements = acknowledgementsIn(calls, file);
    expect(acknowledgements).toHaveLength(saves);
    // Each save still writes the WAL; it is just not synced before the answer.
    expect(acknowledgements.every((ack) => ack.walWritesBefore > 0)).toBe(true);
    expect(acknowledgements.filter((ack) => !ack.walSyncedAfterWrites).length).toBeGreaterThan(saves / 2);
  });
});
