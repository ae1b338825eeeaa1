/**
 * Undo history over immutable documents, as pure functions (tested without React).
 * Each change says how history takes it (Excalidraw's "capture now / never", tldraw's
 * stopping points):
 * - `step`: one undo step (a click, a drop, a finished rename);
 * - `merge`: joins the previous change if it was a merge with the same key, so typing a
 *   number in a cell or a name letter by letter is one step;
 * - `none`: a view setting (colour-by, numbering, hidden layers, tree view): applied to
 *   every remembered state, so undo never brings an old view back and never costs a step.
 */
import type { HistoryMode } from '#shared/exercises/action.js';

export type { HistoryMode };

export interface CommitOptions {
  history?: HistoryMode;
  /** For `merge`: changes with the same key (e.g. the cell being typed in) join. */
  mergeKey?: string;
}

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The key of the last `merge` change, while the next change may still join it. */
  mergeKey: string | null;
}

/** InvokeAI caps canvas history at 64 steps; enough for a session, bounded in memory. */
export const historyLimit = 64;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], mergeKey: null };
}

/** The history after a change computed from the present by `edit`. */
export function applyChange<T>(h: History<T>, edit: (doc: T) => T, options: CommitOptions = {}): History<T> {
  const next = edit(h.present);
  if (next === h.present) return h;
  const mode = options.history ?? 'step';
  if (mode === 'none')
    return { past: h.past.map(edit), present: next, future: h.future.map(edit), mergeKey: h.mergeKey };
  if (mode === 'merge' && options.mergeKey !== undefined && h.mergeKey === options.mergeKey)
    return { ...h, present: next, future: [] };
  return {
    past: [...h.past, h.present].slice(-historyLimit),
    present: next,
    future: [],
    mergeKey: mode === 'merge' ? (options.mergeKey ?? null) : null,
  };
}

export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  return {
    past: h.past.slice(0, -1),
    present: h.past[h.past.length - 1]!,
    future: [h.present, ...h.future],
    mergeKey: null,
  };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  return {
    past: [...h.past, h.present].slice(-historyLimit),
    present: h.future[0]!,
    future: h.future.slice(1),
    mergeKey: null,
  };
}
