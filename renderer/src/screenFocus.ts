import { useEffect, type RefObject } from 'react';

/** How long a new screen may take to show its heading (it loads its data first). */
const screenLoadBoundMs = 10_000;

/**
 * Where a screen starts for the keyboard: the field it marks `data-autofocus` (outside any
 * dialog), else its first heading with text. A heading is not a control, so it gets
 * `tabindex="-1"`: focusable from code, still not a Tab stop.
 */
function screenStart(root: HTMLElement): HTMLElement | null {
  const field = [...root.querySelectorAll<HTMLElement>('[data-autofocus]')].find(
    (el) => el.closest('[role="dialog"]') === null,
  );
  if (field) return field;
  const heading = [...root.querySelectorAll<HTMLElement>('h1')].find((h) => h.textContent.trim() !== '');
  if (!heading) return null;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  return heading;
}

/**
 * On every screen change (a new `screen` key) the focus moves to the new screen's start,
 * as soon as it shows one: without this it falls to `<body>` with the button that led
 * there, and a keyboard or screen-reader user starts again from the top of the window. A
 * user who has already put the focus inside the new screen keeps it.
 */
export function useScreenStartFocus(main: RefObject<HTMLElement | null>, screen: string): void {
  useEffect(() => {
    const root = main.current;
    if (!root) return undefined;
    const focusStart = (): boolean => {
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== document.body && root.contains(active)) return true;
      const start = screenStart(root);
      start?.focus({ preventScroll: true });
      return start !== null;
    };
    if (focusStart()) return undefined;
    const observer = new MutationObserver(() => {
      if (focusStart()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    const giveUp = setTimeout(() => observer.disconnect(), screenLoadBoundMs);
    return () => {
      observer.disconnect();
      clearTimeout(giveUp);
    };
  }, [main, screen]);
}

/**
 * When the focused element leaves the page (a panel closes with its object deselected, a
 * list row is deleted, a sub-page is swapped) the browser drops the focus to `<body>`:
 * the next Tab starts from the top of the window and a screen reader says nothing. This
 * puts it on the current screen's start instead. An open dialog keeps its own focus.
 */
export function useFocusNeverLost(main: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let lastFocused: Element | null = document.activeElement;
    const onFocusIn = (e: FocusEvent): void => {
      lastFocused = e.target instanceof Element ? e.target : null;
    };
    const lost = (): boolean =>
      document.activeElement === document.body &&
      lastFocused !== null &&
      !lastFocused.isConnected &&
      document.querySelector('[role="dialog"], [role="alertdialog"]') === null;
    const observer = new MutationObserver(() => {
      if (!lost()) return;
      // A closing dialog gives the focus back in its own effect, after this: let it go first.
      requestAnimationFrame(() => {
        const root = main.current;
        if (!root || !lost()) return;
        lastFocused = null;
        screenStart(root)?.focus({ preventScroll: true });
      });
    });
    document.addEventListener('focusin', onFocusIn);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, [main]);
}
