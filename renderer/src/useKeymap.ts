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
  /**
   * Only while the focus is in a canvas (the box, an object in it, or the list that stands
   * for its objects): keys that act on the picture, so they never fire from a button or a
   * choice elsewhere on the page (a selected tree box once turned every Tab into a new box).
   */
  canvasOnly?: boolean;
}

/**
 * Spread on an element to make it part of a canvas's key scope: the canvas box carries it,
 * and so may a focusable list of the canvas's objects. Keys of `canvasOnly` bindings act
 * only while the focus is inside such an element.
 */
export const canvasKeyScope = { 'data-keyscope': 'canvas' } as const;

/** Whether `target` is inside a canvas's key scope (see `canvasKeyScope`). */
export function inCanvas(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[data-keyscope="canvas"]') !== null;
}

/** Elements Enter and Space activate: on them those keys are theirs, never a shortcut. */
const activated =
  'button, a[href], summary, [role="button"], [role="tab"], [role="radio"], [role="checkbox"], [role="switch"], [role="menuitem"], [role="option"], input[type="checkbox"], input[type="radio"]';
/** Widgets arrows, Home and End move within (roving focus, a slider): those keys are theirs. */
const arrowWidgets =
  '[role="radiogroup"], [role="tablist"], [role="listbox"], [role="menu"], [role="menubar"], [role="slider"], [role="tree"], [role="grid"], input[type="radio"], input[type="range"]';
const arrowKeys = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * Whether the focused control uses `e` itself: Enter or Space on a button (it presses it),
 * an arrow in a radio group or tab list (it moves between the options), Tab anywhere (it
 * moves the focus, always). A shortcut never takes such a key away from the control.
 */
export function controlOwnsKey(e: KeyboardEvent): boolean {
  if (e.key === 'Tab') return true;
  if (!(e.target instanceof Element)) return false;
  if ((e.key === 'Enter' || e.key === ' ') && e.target.closest(activated)) return true;
  return arrowKeys.has(e.key) && e.target.closest(arrowWidgets) !== null;
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
 * open (its own keys rule), not while typing in a field, unless the binding asks for it;
 * a `canvasOnly` binding only while the focus is in the canvas; never a key the focused
 * control uses itself (Tab, Enter on a button, arrows in a radio group), except that keys
 * pressed on an object inside a canvas are the canvas's to give meaning to.
 * The first binding whose test passes runs, and the key goes no further.
 */
export function useKeymap(
  bindings: readonly KeyBinding[],
  enabled = true,
  /**
   * `capture`: heard before every other screen's keys (and before the page's own handlers),
   * for a key that must not be swallowed by a canvas below it: projection's F5 and Escape.
   */
  { capture = false }: { capture?: boolean } = {},
): void {
  const current = useRef(bindings);
  current.current = bindings;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented) return;
      const typing = isTyping(e.target);
      const dialog = document.querySelector('[role="dialog"]') !== null;
      const onCanvas = inCanvas(e.target);
      const controlKey = controlOwnsKey(e);
      const binding = current.current.find(
        (b) =>
          (!typing || b.whileTyping) &&
          (!dialog || b.whileDialog) &&
          (!b.canvasOnly || onCanvas) &&
          (!controlKey || (b.canvasOnly && onCanvas && e.key !== 'Tab')) &&
          b.keyTest(e),
      );
      if (!binding) return;
      binding.run(e);
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey, capture);
    return () => window.removeEventListener('keydown', onKey, capture);
  }, [enabled, capture]);
}
