import { useCallback, useEffect, useRef, useState } from 'react';
import type { Exercise } from '../../../shared/ipc/contract.js';
import { ApiError, call } from '../api.js';
import { useApp } from '../AppContext.js';

/** InvokeAI caps canvas history at 64 steps; enough for a session, bounded in memory. */
export const historyLimit = 64;

export type SaveStatus = 'saved' | 'saving' | 'error';

interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

/**
 * Undo/redo over immutable documents, with every committed change saved at once. Saves
 * go out one at a time with the version they build on; a change made while a save is in
 * flight waits and is sent next (only the newest waiting state is sent). A failed save
 * keeps the document on screen and retries when asked (e.g. after "save a copy as").
 */
export function useDocumentHistory<T>(exerciseId: string, parse: (body: unknown) => T) {
  const { showError } = useApp();
  const [exercise, setExercise] = useState<Omit<Exercise, 'body'> | null>(null);
  const [history, setHistory] = useState<History<T> | null>(null);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const version = useRef(0);
  const pending = useRef<T | null>(null);
  const inFlight = useRef(false);

  const load = useCallback(() => {
    call('exercise.get', { id: exerciseId })
      .then((ex) => {
        const { body, ...meta } = ex;
        version.current = ex.version;
        pending.current = null;
        setExercise(meta);
        setHistory({ past: [], present: parse(body), future: [] });
        setStatus('saved');
      })
      .catch(showError);
  }, [exerciseId, parse, showError]);

  useEffect(load, [load]);

  const flush = useCallback((): void => {
    if (inFlight.current || pending.current === null) return;
    const body = pending.current;
    pending.current = null;
    inFlight.current = true;
    setStatus('saving');
    call('exercise.save', { id: exerciseId, baseVersion: version.current, body })
      .then(({ version: saved }) => {
        version.current = saved;
        inFlight.current = false;
        if (pending.current !== null) flush();
        else setStatus('saved');
      })
      .catch((error: unknown) => {
        inFlight.current = false;
        showError(error);
        if (error instanceof ApiError && error.error.code === 'stale_version') {
          load();
          return;
        }
        // Keep the newest unsaved state for the retry; nothing on screen is lost.
        if (pending.current === null) pending.current = body;
        setStatus('error');
      });
  }, [exerciseId, load, showError]);

  const save = useCallback(
    (doc: T) => {
      pending.current = doc;
      flush();
    },
    [flush],
  );

  // The history lives in a ref so that each change is computed and saved exactly once;
  // the state copy only re-renders the view.
  const historyRef = useRef<History<T> | null>(null);
  historyRef.current = history;
  const move = useCallback(
    (next: History<T>) => {
      historyRef.current = next;
      setHistory(next);
      save(next.present);
    },
    [save],
  );

  const commit = useCallback(
    (next: T) => {
      const h = historyRef.current;
      if (!h || next === h.present) return;
      move({ past: [...h.past, h.present].slice(-historyLimit), present: next, future: [] });
    },
    [move],
  );

  /**
   * Applies an edit to the newest document, even when several keys arrive before React
   * has re-rendered (fast keyboard entry); a closure's copy of the document might be stale.
   */
  const update = useCallback(
    (edit: (doc: T) => T) => {
      const h = historyRef.current;
      if (h) commit(edit(h.present));
    },
    [commit],
  );

  const undo = useCallback(() => {
    const h = historyRef.current;
    if (!h || h.past.length === 0) return;
    move({ past: h.past.slice(0, -1), present: h.past[h.past.length - 1]!, future: [h.present, ...h.future] });
  }, [move]);

  const redo = useCallback(() => {
    const h = historyRef.current;
    if (!h || h.future.length === 0) return;
    move({ past: [...h.past, h.present].slice(-historyLimit), present: h.future[0]!, future: h.future.slice(1) });
  }, [move]);

  return {
    exercise,
    setExercise,
    doc: history?.present ?? null,
    canUndo: (history?.past.length ?? 0) > 0,
    canRedo: (history?.future.length ?? 0) > 0,
    status,
    commit,
    update,
    undo,
    redo,
    retry: flush,
  };
}

export type DocumentHistory<T> = ReturnType<typeof useDocumentHistory<T>>;
