import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppFailure } from '#shared/result.js';

/**
 * One writer per community file, across processes and machines. SQLite's own locks do not
 * reach across a shared folder (WAL needs shared memory on one machine), so the writer
 * keeps a small lock file beside the community, created atomically (O_EXCL, which SMB and
 * NFS honour), naming who holds it. The holder refreshes the lock's time while the file is
 * open; a lock left by a crash is recovered: at once when its process is gone from this
 * machine, after `staleAfterMs` without a refresh when it was another machine's.
 */
export interface LockHolder {
  app: 'rembug';
  /** Tells two holders apart, also two backends in one process (tests, a second window). */
  token: string;
  user: string;
  machine: string;
  pid: number;
  /** When the holder opened the file (ISO). */
  since: string;
}

export const lockRefreshMs = 60_000;
export const staleAfterMs = 5 * lockRefreshMs;

export function lockPathOf(filePath: string): string {
  return `${filePath}.lock`;
}

function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    if (parsed.app !== 'rembug' || typeof parsed.token !== 'string' || typeof parsed.pid !== 'number') return null;
    return {
      app: 'rembug',
      token: parsed.token,
      user: String(parsed.user ?? ''),
      machine: String(parsed.machine ?? ''),
      pid: parsed.pid,
      since: String(parsed.since ?? ''),
    };
  } catch {
    return null;
  }
}

/** Whether the lock at `lockPath` is left over from a holder that can no longer write. */
function isStale(lockPath: string, holder: LockHolder | null, now: number): boolean {
  let modified: number;
  try {
    modified = fs.statSync(lockPath).mtimeMs;
  } catch {
    return true; // gone meanwhile
  }
  // Unreadable: a holder that crashed while writing it, or garbage; give a live writer a moment.
  if (!holder) return now - modified > 10_000;
  if (holder.machine === os.hostname()) return !processAlive(holder.pid);
  return now - modified > staleAfterMs;
}

/** The holder of the lock on `filePath` when someone else holds it live, else null. */
export function liveHolderOf(filePath: string, now = Date.now()): LockHolder | null {
  const lockPath = lockPathOf(filePath);
  if (!fs.existsSync(lockPath)) return null;
  const holder = readHolder(lockPath);
  if (isStale(lockPath, holder, now)) return null;
  return holder ?? { app: 'rembug', token: '', user: '', machine: '', pid: 0, since: '' };
}

export function inUseFailure(filePath: string, holder: LockHolder): AppFailure {
  return new AppFailure('file_in_use', `${filePath} is open in another Rembug (${holder.machine}, pid ${holder.pid})`, {
    file: path.basename(filePath),
    user: holder.user,
    machine: holder.machine,
    since: holder.since,
  });
}

export class FileLock {
  private released = false;
  private readonly timer: NodeJS.Timeout;

  private constructor(
    readonly lockPath: string,
    readonly holder: LockHolder,
  ) {
    this.timer = setInterval(() => this.refresh(), lockRefreshMs);
    this.timer.unref();
  }

  /**
   * Takes the lock on `filePath`, recovering a stale one; throws `file_in_use` with who
   * holds it when another Rembug has the file open. Returns null when the folder takes no
   * new files (read-only medium): the caller then opens the file read-only anyway.
   */
  static acquire(filePath: string, now = Date.now()): FileLock | null {
    const lockPath = lockPathOf(filePath);
    const holder: LockHolder = {
      app: 'rembug',
      token: randomUUID(),
      user: currentUser(),
      machine: os.hostname(),
      pid: process.pid,
      since: new Date(now).toISOString(),
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      let fd: number;
      try {
        fd = fs.openSync(lockPath, 'wx');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return null;
        if (code !== 'EEXIST') throw error;
        const existing = readHolder(lockPath);
        if (!isStale(lockPath, existing, now)) {
          throw inUseFailure(filePath, existing ?? { ...holder, user: '', machine: '', since: '' });
        }
        // A crashed holder's lock: remove it and try to create ours again (another
        // instance racing for it may win; then it is live and we are refused).
        fs.rmSync(lockPath, { force: true });
        continue;
      }
      try {
        fs.writeSync(fd, JSON.stringify(holder));
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      return new FileLock(lockPath, holder);
    }
    throw inUseFailure(filePath, holder);
  }

  /** Marks the lock as still held (its time), so other machines do not think it stale. */
  refresh(): void {
    if (this.released) return;
    try {
      const now = new Date();
      fs.utimesSync(this.lockPath, now, now);
    } catch {
      // A vanished lock (a removable drive pulled out) is noticed by the next write.
    }
  }

  /** Whether the lock file still names this holder (not removed or taken over). */
  stillHeld(): boolean {
    return !this.released && readHolder(this.lockPath)?.token === this.holder.token;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    clearInterval(this.timer);
    if (readHolder(this.lockPath)?.token === this.holder.token) fs.rmSync(this.lockPath, { force: true });
  }
}
