import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { call } from '../api.js';
import type { Viewport } from './viewport.js';

/**
 * The exercise whose canvas is shown (its id), set by ExerciseView: a canvas keeps its
 * zoom and pan per exercise without every view passing its id down.
 */
export const ViewKeyContext = createContext<string | null>(null);

/** How long after the last zoom or pan the view is written: a wheel turn is many events, one write. */
const saveDelayMs = 400;

/** A kept view asked for before its canvas is drawn: `value` once the answer came (null: none). */
interface EarlyView {
  promise: Promise<Viewport | null>;
  value: Viewport | null | undefined;
}
const earlyViews = new Map<string, EarlyView>();

/**
 * Asks for an exercise's kept view as the exercise opens, alongside its document, so its
 * canvas need not wait for it after the document came (a round trip, while a large map
 * is still being drawn). Kept until the exercise closes (`forgetEarlyView`) or its view is
 * written again; a canvas opened meanwhile (back from the table tab) reads it.
 */
export function askEarlyView(exerciseId: string): void {
  if (earlyViews.has(exerciseId)) return;
  // A view that cannot be read (no file open any more) is none: the canvas fits.
  const promise = call('view.get', { exerciseId }).then(
    (view) => (early.value = view),
    () => (early.value = null),
  );
  const early: EarlyView = { promise, value: undefined };
  earlyViews.set(exerciseId, early);
}

export function forgetEarlyView(exerciseId: string): void {
  earlyViews.delete(exerciseId);
}

function readView(exerciseId: string): Promise<Viewport | null> {
  askEarlyView(exerciseId);
  return earlyViews.get(exerciseId)!.promise;
}

/**
 * The view this canvas was left at, and a way to keep the current one. `saved` is
 * undefined while it is being read, null when none is kept (the canvas fits). With `keep`
 * false (no exercise, or on the wall) nothing is read or written.
 */
export function useSavedView(keep: boolean): {
  saved: Viewport | null | undefined;
  save: (view: Viewport | null) => void;
} {
  const exerciseId = useContext(ViewKeyContext);
  const active = keep && exerciseId !== null;
  // Already known when it was asked for early and came before the canvas.
  const [saved, setSaved] = useState<Viewport | null | undefined>(() =>
    active ? earlyViews.get(exerciseId)?.value : null,
  );
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; write: () => void } | null>(null);

  useEffect(() => {
    if (!active || !exerciseId) {
      setSaved(null);
      return;
    }
    let current = true;
    const early = earlyViews.get(exerciseId)?.value;
    setSaved(early);
    if (early === undefined) void readView(exerciseId).then((view) => current && setSaved(view));
    return () => {
      current = false;
    };
  }, [active, exerciseId]);

  // A view still waiting to be written when the canvas goes (the exercise is closed) is written now.
  useEffect(
    () => () => {
      const waiting = pending.current;
      if (!waiting) return;
      clearTimeout(waiting.timer);
      waiting.write();
    },
    [],
  );

  const latest = useRef({ active, exerciseId });
  latest.current = { active, exerciseId };
  const save = useRef((view: Viewport | null): void => {
    const { active: on, exerciseId: id } = latest.current;
    if (!on || !id) return;
    if (pending.current) clearTimeout(pending.current.timer);
    // What was read early is no longer what is kept.
    forgetEarlyView(id);
    const write = (): void => {
      pending.current = null;
      // Keeping a view is a convenience: a failure is not worth an error on the screen.
      call('view.save', { exerciseId: id, view }).catch(() => undefined);
    };
    pending.current = { timer: setTimeout(write, saveDelayMs), write };
  }).current;

  return { saved, save };
}
