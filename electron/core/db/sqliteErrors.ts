import { AppFailure } from '#shared/result.js';

/** better-sqlite3 throws SqliteError with a `code` such as SQLITE_FULL. */
function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Turns a failed write into the error the user is shown; anything else is rethrown. */
export function asWriteFailure(error: unknown): never {
  if (error instanceof AppFailure) throw error;
  const code = sqliteCode(error) ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (code.startsWith('SQLITE_FULL')) throw new AppFailure('disk_full', detail);
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM'))
    throw new AppFailure('read_only', detail);
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    throw new AppFailure('write_failed', detail);
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'))
    throw new AppFailure('damaged_file', detail);
  throw error;
}

export function isNotADatabase(error: unknown): boolean {
  const code = sqliteCode(error) ?? '';
  return code.startsWith('SQLITE_NOTADB');
}

export function isCorrupt(error: unknown): boolean {
  return (sqliteCode(error) ?? '').startsWith('SQLITE_CORRUPT');
}

/**
 * A failed file-system write (or a SQLite one) in the user's words: full disk, read-only
 * place, or the write failed. An AppFailure passes as it is.
 */
export function asFileFailure(error: unknown): never {
  if (error instanceof AppFailure) throw error;
  const code = (error as NodeJS.ErrnoException).code;
  const detail = String(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') throw new AppFailure('disk_full', detail);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new AppFailure('read_only', detail);
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return asWriteFailure(error);
  throw new AppFailure('write_failed', detail);
}
