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
  const [saved, setSaved] = useState<Viewport | null | undefined>(active ? undefined : null);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; write: () => void } | null>(null);

  useEffect(() => {
    if (!active || !exerciseId) {
      setSaved(null);
      return;
    }
    let current = true;
    setSaved(undefined);
    // A view that cannot be read (no file open any more) is none: the canvas fits.
    call('view.get', { exerciseId })
      .then((view) => current && setSaved(view))
      .catch(() => current && setSaved(null));
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
    const write = (): void => {
      pending.current = null;
      // Keeping a view is a convenience: a failure is not worth an error on the screen.
      call('view.save', { exerciseId: id, view }).catch(() => undefined);
    };
    pending.current = { timer: setTimeout(write, saveDelayMs), write };
  }).current;

  return { saved, save };
}
