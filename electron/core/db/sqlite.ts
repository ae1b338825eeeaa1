import Database from 'better-sqlite3';

/**
 * Every SQLite connection of the backend is made here, so the whole backend loads
 * better-sqlite3's native module from one place.
 *
 * Why a chosen binding: a native module is built for one runtime (Node's ABI or
 * Electron's). `npm test` and the benches run under Node with the module npm built in
 * node_modules; `npm start` runs under Electron. Rebuilding node_modules for one breaks
 * the other (a minute's rebuild each way), so the Electron build is kept beside it
 * (`.native/electron-<version>-<arch>/`, made by scripts/ensure-electron-sqlite.mjs) and
 * the shell names it here through better-sqlite3's `nativeBinding` option. A packaged app
 * names none: electron-builder rebuilds its own copy of node_modules for Electron.
 */
let nativeBinding: string | undefined;

/** The native module to load (an absolute path to a `better_sqlite3.node`), or undefined for node_modules' own. */
export function useSqliteBinding(bindingPath: string | undefined): void {
  nativeBinding = bindingPath;
}

export function sqliteBinding(): string | undefined {
  return nativeBinding;
}

export function openDatabase(filePath: string, options: Database.Options = {}): Database.Database {
  return new Database(filePath, nativeBinding ? { ...options, nativeBinding } : options);
}
