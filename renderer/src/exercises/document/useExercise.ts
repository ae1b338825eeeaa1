import { useCallback, useRef, useState } from 'react';
import type { ExerciseAction } from '#shared/exercises/action.js';
import type { RefusalReason } from '#shared/result.js';
import { useApp } from '../../AppContext.js';
import {
  applyChange,
  redo as redoOf,
  startHistory,
  undo as undoOf,
  type CommitOptions,
  type History,
} from './history.js';
import { useExerciseDocument } from './useExerciseDocument.js';

/**
 * Undo stacks of the exercises opened in this app session, by file and exercise, so that
 * leaving an exercise and coming back keeps its undo. A stack is reused only when the
 * stored version is the one its newest state was saved as (so nothing changed the
 * exercise meanwhile). The most recent few are kept.
 */
interface Remembered {
  history: History<unknown>;
  /** The version the file holds and the document it was saved as (or loaded from). */
  savedVersion: number;
  savedDoc: unknown;
}
const remembered = new Map<string, Remembered>();
const rememberedLimit = 20;

function remember(key: string, entry: Remembered): void {
  remembered.delete(key); // re-inserted last: the map's order is the order of use
  remembered.set(key, entry);
  if (remembered.size > rememberedLimit) remembered.delete(remembered.keys().next().value!);
}

/**
 * An open exercise: its document with undo/redo (the pure functions of `history.ts`) over
 * loading and autosaving (`useExerciseDocument`). Every change is saved at once.
 */
export function useExercise<T>(exerciseId: string, parse: (body: unknown) => T) {
  const { community } = useApp();
  const key = `${community?.path ?? ''}|${exerciseId}`;
  const [history, setHistory] = useState<History<T> | null>(null);
  // The history lives in a ref so that each change is computed and saved exactly once,
  // even when several keys arrive before React re-renders; the state copy re-renders.
  const historyRef = useRef<History<T> | null>(null);

  const keep = useCallback(
    (next: History<T>) => {
      historyRef.current = next;
      setHistory(next);
      const earlier = remembered.get(key);
      if (earlier) remember(key, { ...earlier, history: next as History<unknown> });
    },
    [key],
  );

  const onLoaded = useCallback(
    (doc: T, version: number) => {
      const earlier = remembered.get(key);
      const unchanged =
        earlier !== undefined && earlier.savedVersion === version && earlier.savedDoc === earlier.history.present;
      const next = unchanged ? { ...(earlier.history as History<T>), mergeKey: null } : startHistory(doc);
      remember(key, { history: next as History<unknown>, savedVersion: version, savedDoc: next.present });
      historyRef.current = next;
      setHistory(next);
    },
    [key],
  );

  const onSaved = useCallback(
    (version: number, doc: T) => {
      const earlier = remembered.get(key);
      if (earlier) remember(key, { ...earlier, savedVersion: version, savedDoc: doc });
    },
    [key],
  );

  const document = useExerciseDocument(exerciseId, parse, onLoaded, onSaved);
  const { save } = document;

  const move = useCallback(
    (next: History<T>) => {
      const before = historyRef.current;
      if (!before || next === before) return;
      keep(next);
      if (next.present !== before.present) save(next.present);
    },
    [keep, save],
  );

  /** Applies an edit to the newest document; `options.history` says how undo takes it. */
  const update = useCallback(
    (edit: (doc: T) => T, options?: CommitOptions) => {
      const h = historyRef.current;
      if (h) move(applyChange(h, edit, options));
    },
    [move],
  );

  /** Commits a whole new document; view settings go through `update` with `history: 'none'`. */
  const commit = useCallback(
    (next: T, options?: CommitOptions & { history?: 'step' | 'merge' }) => update(() => next, options),
    [update],
  );

  /**
   * Runs a named action of the type on the newest document; undo takes it as the action
   * says. Returns why it was refused (for the view to show), or null. Merging changes
   * join while they share a key: the one given, else the action's own, else its name.
   */
  const perform = useCallback(
    <A>(action: ExerciseAction<T, A>, args: A, mergeKey?: string): RefusalReason | null => {
      const h = historyRef.current;
      if (!h) return null;
      const why = action.refuse(h.present, args);
      if (why) return why;
      move(
        applyChange(h, (d) => action.perform(d, args), {
          history: action.history,
          mergeKey: mergeKey ?? action.mergeKey?.(args) ?? action.name,
        }),
      );
      return null;
    },
    [move],
  );

  const undo = useCallback(() => {
    const h = historyRef.current;
    if (h) move(undoOf(h));
  }, [move]);

  const redo = useCallback(() => {
    const h = historyRef.current;
    if (h) move(redoOf(h));
  }, [move]);

  return {
    exercise: document.exercise,
    setExercise: document.setExercise,
    status: document.status,
    doc: history?.present ?? null,
    canUndo: (history?.past.length ?? 0) > 0,
    canRedo: (history?.future.length ?? 0) > 0,
    commit,
    update,
    perform,
    undo,
    redo,
  };
}

export type OpenExercise<T> = ReturnType<typeof useExercise<T>>;
