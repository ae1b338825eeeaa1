import { useEffect, useRef, type PointerEvent as ReactPointerEvent, type TouchEvent as ReactTouchEvent } from 'react';
import { longPressMs } from '../../canvas/useTouchGestures.js';
import { dropTargetAttribute } from './boardDrop.js';

/** How far (px) a finger or pen moves a card before it is a drag rather than a press. */
const dragSlop = 8;

interface Press {
  pointerId: number;
  start: { x: number; y: number };
  card: HTMLElement;
  /** The column the card sits in, raised above its neighbours while the card is lifted. */
  column: HTMLElement | null;
  dragging: boolean;
  over: HTMLElement | null;
  timer: number;
}

/**
 * A card dragged by finger or pen (the browser's own drag and drop, which the mouse uses,
 * does not answer to a finger): the card follows the finger, the column under it lights up
 * as for the mouse, and letting go there moves the card (`onMove`, one step). Held still
 * for `longPressMs`, it asks for the card's menu instead (`onMenu`). The card follows by a
 * transform set on the element, so nothing re-renders while it moves.
 */
export function useCardPointerDrag({
  cardId,
  where,
  onMove,
  onMenu,
}: {
  cardId: string;
  /** Where the card sits now: a drop there changes nothing. */
  where: string;
  onMove: (cardId: string, target: string) => void;
  onMenu: (at: { x: number; y: number }) => void;
}) {
  const press = useRef<Press | null>(null);
  // Set when a held finger opened the menu: lifting that finger must not also "click" the
  // page, which would take the focus from the menu to the page's body.
  const heldOpen = useRef(false);

  const end = (): void => {
    const p = press.current;
    if (!p) return;
    press.current = null;
    window.clearTimeout(p.timer);
    p.card.classList.remove('lifted');
    p.column?.classList.remove('holds-lifted');
    p.card.style.transform = '';
    p.card.draggable = true;
    p.over?.classList.remove('over');
  };
  useEffect(() => end, []);

  /** The drop target under the point, looking past the lifted card itself. */
  const targetAt = (p: Press, x: number, y: number): HTMLElement | null =>
    document
      .elementsFromPoint(x, y)
      .find((el) => !p.card.contains(el))
      ?.closest<HTMLElement>(`[${dropTargetAttribute}]`) ?? null;

  return {
    onPointerDown: (e: ReactPointerEvent<HTMLElement>): void => {
      if (e.pointerType === 'mouse' || !e.isPrimary) return;
      if (e.target instanceof Element && e.target.closest('select, button, input, textarea')) return;
      end();
      const card = e.currentTarget;
      // A pen's mouse emulation would start the browser's drag and drop, which cancels these pointer events.
      card.draggable = false;
      card.setPointerCapture(e.pointerId);
      const at = { x: e.clientX, y: e.clientY };
      press.current = {
        pointerId: e.pointerId,
        start: at,
        card,
        column: card.closest<HTMLElement>('.board-column'),
        dragging: false,
        over: null,
        timer: window.setTimeout(() => {
          end();
          heldOpen.current = e.pointerType === 'touch';
          onMenu(at);
        }, longPressMs),
      };
    },
    onPointerMove: (e: ReactPointerEvent<HTMLElement>): void => {
      const p = press.current;
      if (!p || p.pointerId !== e.pointerId) return;
      const dx = e.clientX - p.start.x;
      const dy = e.clientY - p.start.y;
      if (!p.dragging) {
        if (Math.hypot(dx, dy) < dragSlop) return;
        p.dragging = true;
        window.clearTimeout(p.timer);
        p.card.classList.add('lifted');
        p.column?.classList.add('holds-lifted');
      }
      p.card.style.transform = `translate(${dx}px, ${dy}px)`;
      const over = targetAt(p, e.clientX, e.clientY);
      if (over !== p.over) {
        p.over?.classList.remove('over');
        over?.classList.add('over');
        p.over = over;
      }
    },
    onPointerUp: (e: ReactPointerEvent<HTMLElement>): void => {
      const p = press.current;
      if (!p || p.pointerId !== e.pointerId) return;
      const target = p.dragging ? p.over?.getAttribute(dropTargetAttribute) : null;
      end();
      if (target && target !== where) onMove(cardId, target);
    },
    onPointerCancel: end,
    onTouchEnd: (e: ReactTouchEvent<HTMLElement>): void => {
      if (heldOpen.current && e.cancelable) e.preventDefault();
      heldOpen.current = false;
    },
  };
}
