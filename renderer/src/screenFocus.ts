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
        // A sub-page still loading shows its heading later: the next change of the page tries again.
        const start = screenStart(root);
        if (!start) return;
        lastFocused = null;
        start.focus({ preventScroll: true });
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

/** How far a focus ring reaches outside its element: a 4 px outline 2 px away (theme.css). */
const ringReach = 6;

/** Scrolls `container` by the least that shows `[start, end)` whole in `[from, to)`, if it fits. */
function scrollBy(container: HTMLElement, axis: 'x' | 'y', start: number, end: number, from: number, to: number): void {
  const past = end - to;
  const before = from - start;
  // Whole pixels, rounded up: a scroll position may be kept in whole pixels.
  const by =
    past > 0 && before < 0
      ? Math.ceil(Math.min(past, -before))
      : before > 0 && past < 0
        ? -Math.ceil(Math.min(before, -past))
        : 0;
  if (by === 0) return;
  if (axis === 'y') container.scrollTop += by;
  else container.scrollLeft += by;
}

/**
 * The browser scrolls a focused control into view by its box alone, so in a scrolling
 * panel its ring may stay cut off at the edge (a notes field at the foot of the side
 * panel). After each focus move this scrolls every scrolling ancestor a few pixels more,
 * until the whole ring shows.
 */
export function useFocusRingInView(): void {
  useEffect(() => {
    let frame = 0;
    const onFocusIn = (e: FocusEvent): void => {
      const el = e.target;
      if (!(el instanceof HTMLElement)) return;
      cancelAnimationFrame(frame);
      // After the browser's own scrolling for this focus.
      frame = requestAnimationFrame(() => {
        if (document.activeElement !== el) return;
        for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
          const style = getComputedStyle(node);
          const scrollsY = /auto|scroll/.test(style.overflowY) && node.scrollHeight > node.clientHeight;
          const scrollsX = /auto|scroll/.test(style.overflowX) && node.scrollWidth > node.clientWidth;
          if (!scrollsY && !scrollsX) continue;
          const area = node.getBoundingClientRect();
          const top = area.top + node.clientTop;
          const left = area.left + node.clientLeft;
          const box = el.getBoundingClientRect();
          if (scrollsY) scrollBy(node, 'y', box.top - ringReach, box.bottom + ringReach, top, top + node.clientHeight);
          if (scrollsX) scrollBy(node, 'x', box.left - ringReach, box.right + ringReach, left, left + node.clientWidth);
        }
      });
    };
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      cancelAnimationFrame(frame);
    };
  }, []);
}
