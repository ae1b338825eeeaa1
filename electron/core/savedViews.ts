import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { zSavedView } from '#shared/ipc/contract.js';
import type { Backend, Handlers } from './backend.js';
import { communityUidOf } from './backups.js';

type SavedView = z.infer<typeof zSavedView>;

/**
 * How many views are kept: one per exercise a facilitator looked at; the oldest go first.
 * A few hundred entries of ~80 bytes is a small file.
 */
const maxViews = 500;

const zViewsFile = z.object({ views: z.record(z.string(), zSavedView).catch({}) });

/**
 * The zoom and pan each exercise's canvas was left at, kept on this computer in a small
 * JSON file beside the settings (user-data folder), NOT in the community file: a view is
 * about this screen (its size, the facilitator's eyes), the file travels to laptops with
 * other screens, and a view written into the file would be a change to a shared record
 * (a new version, a backup reason, a conflict on a shared folder) for what is not an edit.
 * Keyed by the community's uid (migration 1030; the file's path when it has none) and the
 * exercise's id, so a copy of the file or a renamed file keeps its views. A damaged file
 * starts empty: nothing in it cannot be rebuilt by pressing "Pas layar".
 */
export class SavedViewStore {
  private readonly file: string;
  private views: Map<string, SavedView>;

  constructor(userDataDir: string) {
    this.file = path.join(userDataDir, 'views.json');
    this.views = new Map(Object.entries(this.read()));
  }

  private read(): Record<string, SavedView> {
    try {
      return zViewsFile.parse(JSON.parse(fs.readFileSync(this.file, 'utf8'))).views;
    } catch {
      return {};
    }
  }

  private write(): void {
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ views: Object.fromEntries(this.views) }));
      fs.renameSync(tmp, this.file);
    } catch {
      // A view is a convenience: failing to keep it must not disturb the work.
    }
  }

  get(key: string): SavedView | null {
    return this.views.get(key) ?? null;
  }

  set(key: string, view: SavedView | null): void {
    this.views.delete(key);
    if (view) this.views.set(key, view);
    // A Map keeps insertion order: the first keys are the least recently saved.
    while (this.views.size > maxViews) this.views.delete(this.views.keys().next().value!);
    this.write();
  }
}

/** The store's key for an exercise of the open community. */
function keyOf(backend: Backend, exerciseId: string): string {
  const file = backend.currentFile();
  return `${communityUidOf(file.db) ?? path.resolve(file.path)}/${exerciseId}`;
}

export function savedViewHandlers(backend: Backend): Pick<Handlers, 'view.get' | 'view.save'> {
  // Made on first use: the backend's host is not yet set while its handlers are built.
  let kept: SavedViewStore | null = null;
  const store = (): SavedViewStore => (kept ??= new SavedViewStore(backend.host.userDataDir));
  return {
    'view.get': ({ exerciseId }) => store().get(keyOf(backend, exerciseId)),
    'view.save': ({ exerciseId, view }) => {
      store().set(keyOf(backend, exerciseId), view);
      return null;
    },
  };
}
