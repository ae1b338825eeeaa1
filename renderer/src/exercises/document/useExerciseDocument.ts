import { useCallback, useEffect, useRef, useState } from 'react';
import type { Exercise } from '#shared/ipc/contract.js';
import { ApiError, call } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { trackSaves } from '../../closeGuard.js';

export type SaveStatus = 'saved' | 'saving' | 'error';

/**
 * Loading and saving one exercise, nothing about undo. Saves go out one at a time with the
 * version they build on; a change made while a save is in flight waits and only the
 * newest waiting state is sent. A stale save reloads the stored document. A failed save
 * keeps the document on screen and is sent again when the open file changes (after
 * "save a copy as"), for every exercise type alike.
 */
export function useExerciseDocument<T>(
  exerciseId: string,
  parse: (body: unknown) => T,
  onLoaded: (doc: T, version: number) => void,
  onSaved: (version: number, doc: T) => void,
) {
  const { community, showError } = useApp();
  const [exercise, setExercise] = useState<Omit<Exercise, 'body'> | null>(null);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const version = useRef(0);
  const pending = useRef<T | null>(null);
  const inFlight = useRef(false);
  const loaded = useRef(onLoaded);
  loaded.current = onLoaded;
  const saved = useRef(onSaved);
  saved.current = onSaved;

  const load = useCallback(() => {
    call('exercise.get', { id: exerciseId })
      .then((ex) => {
        const { body, ...meta } = ex;
        version.current = ex.version;
        pending.current = null;
        setExercise(meta);
        loaded.current(parse(body), ex.version);
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
      .then(({ version: next }) => {
        version.current = next;
        saved.current(next, body);
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

  // A save that failed is sent again once the open file changed (e.g. "save a copy as"),
  // not in a loop while the disk stays full.
  const failed = useRef(false);
  failed.current = status === 'error';

  // What closing needs to know (closeGuard): a save on its way, or one the file refused
  // whose document is only on screen.
  useEffect(
    () =>
      trackSaves(() =>
        inFlight.current ? 'pending' : pending.current === null ? 'saved' : failed.current ? 'failed' : 'pending',
      ),
    [],
  );
  const openPath = useRef(community?.path);
  useEffect(() => {
    if (openPath.current === community?.path) return;
    openPath.current = community?.path;
    if (failed.current) flush();
  }, [community?.path, flush]);

  return { exercise, setExercise, status, save };
}
