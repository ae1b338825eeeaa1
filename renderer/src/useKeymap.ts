import { useEffect, useRef } from 'react';

/** Inputs that take no typing: keys pressed on them still belong to the screen. */
const notTyped = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Whether keys typed now belong to a text field rather than to the exercise. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !notTyped.has(target.type);
  return ['TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable;
}

/**
 * One key binding of an exercise: which keys (`keyTest`) do what (`run`). Excalidraw
 * registers each action with its `keyTest` the same way.
 */
export interface KeyBinding {
  keyTest: (e: KeyboardEvent) => boolean;
  run: (e: KeyboardEvent) => void;
  /** Also while a text field has focus (default: no, the keys are the field's). */
  whileTyping?: boolean;
  /** Also while a dialog is open (default: no, the dialog's keys rule): a dialog's own keys, F11. */
  whileDialog?: boolean;
}

/** Plain keys only: a binding that wants Ctrl or Cmd says so in its `keyTest`. */
export const plainKey =
  (...keys: string[]) =>
  (e: KeyboardEvent): boolean =>
    !e.ctrlKey && !e.metaKey && !e.altKey && keys.includes(e.key);

/** Ctrl (Cmd on a Mac) with a letter, Shift as given. */
export const ctrlKey =
  (key: string, shift = false) =>
  (e: KeyboardEvent): boolean =>
    (e.ctrlKey || e.metaKey) && !e.altKey && e.shiftKey === shift && e.key.toLowerCase() === key;

/**
 * The one place that decides whether a key belongs to a screen: not while a dialog is
 * open (its own keys rule), not while typing in a field, unless the binding asks for it.
 * The first binding whose test passes runs, and the key goes no further.
 */
export function useKeymap(bindings: readonly KeyBinding[], enabled = true): void {
  const current = useRef(bindings);
  current.current = bindings;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented) return;
      const typing = isTyping(e.target);
      const dialog = document.querySelector('[role="dialog"]') !== null;
      const binding = current.current.find(
        (b) => (!typing || b.whileTyping) && (!dialog || b.whileDialog) && b.keyTest(e),
      );
      if (!binding) return;
      binding.run(e);
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
