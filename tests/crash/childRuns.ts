import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { emptyStatementDocument } from '#shared/exercises/framing/schema.js';
import { fgd, makeBackend, village } from '../support/coreFixtures.js';
import { parseChildOutput, type ChildLine } from './protocol.js';

/** A community file with one session and one statement, as the crash child expects; closed again. */
export async function crashCommunity(dir: string): Promise<{ file: string; sessionId: string; exerciseId: string }> {
  const { call, host } = makeBackend();
  const file = path.join(dir, 'crash.rembug');
  host.savePaths.push(file);
  await call('community.create', village);
  const session = await call('session.create', fgd);
  const exercise = await call('exercise.create', { sessionId: session.id, type: 'statement', title: 'Pernyataan' });
  await call('exercise.save', {
    id: exercise.id,
    baseVersion: exercise.version,
    body: { ...emptyStatementDocument(), text: 'Pernyataan awal' },
  });
  await call('community.close', {});
  return { file, sessionId: session.id, exerciseId: exercise.id };
}

export interface ChildRun {
  lines: ChildLine[];
  stderr: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Runs `command args…` (node on the bundled child, or strace around it) and collects its
 * complete output lines. With `killAfterMs`, the child is killed with SIGKILL that long
 * after it printed READY, i.e. in the middle of saving. Resolves once the process is gone
 * and its output is read to the end.
 */
export function runChild(
  command: string,
  args: string[],
  options: { killAfterMs?: number; env?: NodeJS.ProcessEnv; giveUpAfterMs?: number } = {},
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    // A child that never gets ready or never ends is killed, and the run fails on what it printed.
    const giveUp = setTimeout(() => child.kill('SIGKILL'), options.giveUpAfterMs ?? 60_000);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const wasReady = stdout.includes('READY\n');
      stdout += chunk;
      if (!wasReady && stdout.includes('READY\n') && options.killAfterMs !== undefined) {
        killTimer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
      }
    });
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      clearTimeout(giveUp);
      clearTimeout(killTimer);
      resolve({ lines: parseChildOutput(stdout), stderr, exitCode, signal });
    });
  });
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
