import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppFailure } from '#shared/result.js';

/**
 * One writer per community file, across processes and machines. SQLite's own locks do not
 * reach across a shared folder (WAL needs shared memory on one machine), so the writer
 * keeps a small lock file beside the community, created atomically (O_EXCL, which SMB and
 * NFS honour), naming who holds it. The holder rewrites the lock while the file is open, so
 * its modification time comes from the file system's clock (a file server's, on a share),
 * not from a laptop whose clock may be wrong. A lock left by a crash is recovered: at once
 * when its process is gone from this machine, after `staleAfterMs` without a rewrite when
 * it was another machine's. Machines are told apart by name and network address, so two
 * laptops cloned with one name do not take each other's locks for their own.
 */
export interface LockHolder {
  app: 'rembug';
  /** Tells two holders apart, also two backends in one process (tests, a second window). */
  token: string;
  user: string;
  /** The computer's name, for people. */
  machine: string;
  /** The computer's name and first network address: tells cloned laptops apart. */
  machineKey?: string;
  pid: number;
  /** When the holder opened the file (ISO). */
  since: string;
}

export const lockRefreshMs = 60_000;
export const staleAfterMs = 5 * lockRefreshMs;

export function lockPathOf(filePath: string): string {
  return `${filePath}.lock`;
}

/** This computer: its name and the first hardware address of a network interface. */
function thisMachineKey(): string {
  const address = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && !i.internal && i.mac !== '00:00:00:00:00:00')?.mac;
  return `${os.hostname()}/${address ?? ''}`;
}
const machineKey = thisMachineKey();

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
      ...(typeof parsed.machineKey === 'string' ? { machineKey: parsed.machineKey } : {}),
      pid: parsed.pid,
      since: String(parsed.since ?? ''),
    };
  } catch {
    return null;
  }
}

/** How long a lock file whose stat has not changed is taken as still ours without reading it. */
const rereadAfterMs = 2_000;

/**
 * The lock file's identity, size and times as one string, to compare; null when it is gone.
 * Times in milliseconds with their fraction (to a microsecond): a stat in BigInts, for whole
 * nanoseconds, cost 15 µs more per autosave, right after the write's sync (scripts/benchAutosave.ts).
 */
function lockStatOf(lockPath: string): string | null {
  try {
    const stat = fs.statSync(lockPath);
    return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
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
  const sameMachine = holder.machineKey ? holder.machineKey === machineKey : holder.machine === os.hostname();
  if (sameMachine) return !processAlive(holder.pid);
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

/**
 * Creates the lock file with O_EXCL and writes the holder into it, durably. 'exists' when
 * another lock is there; 'cannot' when the folder takes no new file (a write-protected
 * medium) or the lock cannot be written whole (a full disk): the caller opens read-only.
 */
function createLockFile(lockPath: string, holder: LockHolder): 'created' | 'exists' | 'cannot' {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return 'exists';
    return 'cannot';
  }
  try {
    fs.writeSync(fd, JSON.stringify(holder));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    return 'created';
  } catch {
    // Half a lock would look like "in use by nobody" to others: it goes.
    fs.closeSync(fd);
    fs.rmSync(lockPath, { force: true });
    return 'cannot';
  }
}

/**
 * Removes a stale lock, but only the one that was judged stale: it is renamed aside first
 * and put back if what was renamed is not that lock (another Rembug recovered it and
 * created its own in between).
 */
function removeStaleLock(lockPath: string, judged: LockHolder | null): void {
  const aside = `${lockPath}.${process.pid}.${randomUUID().slice(0, 8)}.stale`;
  try {
    fs.renameSync(lockPath, aside);
  } catch {
    return; // gone already: the next attempt creates ours
  }
  const moved = readHolder(aside);
  if (judged && moved && moved.token !== judged.token) {
    // Not the stale one: give it back unless its owner has made yet another.
    try {
      fs.linkSync(aside, lockPath);
    } catch {
      // a newer lock is in place; the moved one is someone's old lock anyway
    }
  }
  fs.rmSync(aside, { force: true });
}

export class FileLock {
  private released = false;
  private readonly timer: NodeJS.Timeout;
  /** The lock file's stat when last read naming this holder, and when that was. */
  private seenAsOurs: { stat: string; at: number } | null = null;

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
      machineKey,
      pid: process.pid,
      since: new Date(now).toISOString(),
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      const created = createLockFile(lockPath, holder);
      if (created === 'created') return new FileLock(lockPath, holder);
      if (created === 'cannot') return null;
      const existing = readHolder(lockPath);
      if (!isStale(lockPath, existing, now)) {
        throw inUseFailure(filePath, existing ?? { ...holder, user: '', machine: '', since: '' });
      }
      removeStaleLock(lockPath, existing);
    }
    throw inUseFailure(filePath, holder);
  }

  /**
   * Marks the lock as still held by rewriting it (the file system stamps its time), so
   * other machines do not think it stale.
   */
  refresh(): void {
    if (this.released) return;
    try {
      fs.writeFileSync(this.lockPath, JSON.stringify(this.holder));
    } catch {
      // A vanished lock (a removable drive pulled out) is noticed by the next write.
    }
  }

  /**
   * Takes the lock again after its file vanished (deleted by hand, a share that lost it):
   * created anew with O_EXCL, so a Rembug that took the file meanwhile keeps it. False when
   * someone else holds it now.
   */
  reclaim(): boolean {
    if (this.released) return false;
    if (this.stillHeld()) return true;
    return !fs.existsSync(this.lockPath) && createLockFile(this.lockPath, this.holder) === 'created';
  }

  /**
   * Whether the lock file still names this holder (not removed or taken over). Asked before
   * every write (each autosave), so the file is read only when its stat differs from the one
   * it had when last read as ours, or that read is `rereadAfterMs` old: a FAT drive stamps
   * times to 2 s, and a takeover of the same length within them would look unchanged.
   */
  stillHeld(): boolean {
    if (this.released) return false;
    const now = Date.now();
    const stat = lockStatOf(this.lockPath);
    const seen = this.seenAsOurs;
    if (stat && seen && stat === seen.stat && now - seen.at < rereadAfterMs) return true;
    const held = readHolder(this.lockPath)?.token === this.holder.token;
    this.seenAsOurs = held && stat ? { stat, at: now } : null;
    return held;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    clearInterval(this.timer);
    if (readHolder(this.lockPath)?.token === this.holder.token) fs.rmSync(this.lockPath, { force: true });
  }
}
