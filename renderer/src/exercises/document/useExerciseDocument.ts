import { useCallback, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Exercise } from '#shared/ipc/contract.js';
import { ApiError, call } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { takeOverLeftBehind, trackSaves } from '../../closeGuard.js';
import { keepUnchanged, publishToWall, WallDocumentContext } from './wallSource.js';

export type SaveStatus = 'saved' | 'saving' | 'error';

/**
 * Loading and saving one exercise, nothing about undo. Saves go out one at a time with the
 * version they build on; a change made while a save is in flight waits and only the
 * newest waiting state is sent. A stale save reloads the stored document. A failed save
 * keeps the document on screen and is sent again when the open file changes (after
 * "save a copy as"), for every exercise type alike.
 *
 * The wall (wallSource.ts): while the exercise is on the wall, every change is published
 * to the audience window before its save goes out. On the audience page itself the
 * document comes from the wall on every change, and nothing is saved.
 */
export function useExerciseDocument<T>(
  exerciseId: string,
  parse: (body: unknown) => T,
  onLoaded: (doc: T, version: number) => void,
  onSaved: (version: number, doc: T) => void,
) {
  const { community, showError } = useApp();
  const wall = useContext(WallDocumentContext);
  const fromWall = wall !== null;
  const [exercise, setExercise] = useState<Omit<Exercise, 'body'> | null>(null);
  const shown = useRef(exercise);
  shown.current = exercise;
  const [status, setStatus] = useState<SaveStatus>('saved');
  const version = useRef(0);
  const pending = useRef<T | null>(null);
  const inFlight = useRef(false);
  /**
   * The file refused the newest state (`pending` holds it): it is sent again when the open
   * file changes, not in a loop while the disk stays full. A ref, not the status, so it
   * stays true after the view is gone (closing asks about it).
   */
  const failed = useRef(false);
  const loaded = useRef(onLoaded);
  loaded.current = onLoaded;
  const saved = useRef(onSaved);
  saved.current = onSaved;

  const load = useCallback(
    (takeOver: boolean) => {
      void (async () => {
        // The refused state an earlier view of this exercise left behind, shown and kept again.
        const refused = takeOver ? await takeOverLeftBehind(exerciseId, openPath.current) : null;
        const ex = await call('exercise.get', { id: exerciseId });
        const { body, ...meta } = ex;
        version.current = ex.version;
        setExercise(meta);
        if (refused === null) {
          pending.current = null;
          failed.current = false;
          // Not parsed again: the backend parsed it with the type's own schema to answer
          // (exercise.get), and parsing 2,000 objects again held a large map's opening up
          // by some 30 ms. What the renderer kept itself (a refused save) is parsed.
          loaded.current(body as T, ex.version);
          setStatus('saved');
          return;
        }
        const doc = parse(refused);
        pending.current = doc;
        failed.current = true;
        loaded.current(doc, ex.version);
        setStatus('error');
      })().catch(showError);
    },
    [exerciseId, parse, showError],
  );

  useEffect(() => {
    if (!fromWall) load(true);
  }, [fromWall, load]);

  // The audience page: the wall's document, each time the wall changes. Its revision is
  // the version the view is told, so every change is a new document (never an undo
  // cache's older one). A layout effect: the new document is drawn in the frame that
  // brought it, not one frame later.
  const fromWallBefore = useRef<T | null>(null);
  useLayoutEffect(() => {
    if (!wall) return;
    const { body, ...meta } = wall.exercise;
    setExercise({ ...meta, copyOfTitle: null });
    const doc = keepUnchanged(fromWallBefore.current, parse(body));
    fromWallBefore.current = doc;
    loaded.current(doc, wall.revision);
  }, [wall, parse]);

  // Runs on without the view: a save waiting when the view is left is still sent, and one
  // refused stays registered for closing (React ignores the state set after unmounting).
  const flush = useCallback((): void => {
    if (inFlight.current || pending.current === null) return;
    const body = pending.current;
    pending.current = null;
    inFlight.current = true;
    failed.current = false;
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
          load(false);
          return;
        }
        // Keep the newest unsaved state for the retry; nothing on screen is lost.
        if (pending.current === null) pending.current = body;
        failed.current = true;
        setStatus('error');
      });
  }, [exerciseId, load, showError]);
  /** The file this document belongs to; a change of it (a copy) sends a refused save again. */
  const openPath = useRef(community?.path);
  const flushRef = useRef(flush);
  flushRef.current = flush;

  const save = useCallback(
    (doc: T) => {
      if (fromWall) return;
      const meta = shown.current;
      publishToWall(meta && { id: meta.id, title: meta.title, version: version.current }, doc);
      pending.current = doc;
      flush();
    },
    [flush, fromWall],
  );

  // What closing needs to know (closeGuard), for as long as something is not in the file:
  // a save on its way, or one the file refused whose document is only in memory.
  useEffect(
    () =>
      // The audience page writes nothing, so closing has nothing to wait for there.
      fromWall
        ? undefined
        : trackSaves({
            exerciseId,
            state: () =>
              inFlight.current ? 'pending' : pending.current === null ? 'saved' : failed.current ? 'failed' : 'pending',
            file: () => openPath.current,
            retry: (copy) => {
              if (!failed.current) return;
              openPath.current = copy; // the copy is its file now (a view on screen need not send it again)
              flushRef.current();
            },
            unsaved: () => (failed.current ? pending.current : null),
            discard: () => {
              pending.current = null;
              failed.current = false;
            },
          }),
    [exerciseId, fromWall],
  );
  useEffect(() => {
    if (openPath.current === community?.path) return;
    openPath.current = community?.path;
    if (failed.current) flush();
  }, [community?.path, flush]);

  return { exercise, setExercise, status, save };
}
