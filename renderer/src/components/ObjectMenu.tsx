import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { rovingTarget } from './roving.js';

/** One choice of an object's menu. */
export interface ObjectMenuItem {
  key: string;
  label: string;
  run: () => void;
  /** The choice already in force (shown ticked, and announced as checked). */
  checked?: boolean;
  danger?: boolean;
}

/** Keeps the menu this far inside the window's edges (px). */
const edge = 8;

/**
 * The menu of one object (a card, a circle, a marker, a box), opened where a finger or pen
 * was held on it, or by a right click: its choices as large buttons, at least 48 px high
 * for a finger. It opens at the point, moved inside the window when it would spill out,
 * takes the focus on its first choice (arrows, Home and End move, Escape or Tab closes),
 * closes on a choice or on a press anywhere outside it, and gives the focus back to where
 * it was. It is drawn at the end of the page's body, so no card or canvas around the
 * object clips it.
 */
export function ObjectMenu({
  title,
  at,
  items,
  onClose,
}: {
  /** What the menu is for, e.g. the card's text: its heading and its name for a screen reader. */
  title: string;
  /** Where it was asked for, in page pixels. */
  at: { x: number; y: number };
  items: readonly ObjectMenuItem[];
  onClose: () => void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  // The focus goes back where it was, without scrolling the page to it (that may be a
  // canvas's out-of-sight object button, and the room's view must not jump).
  // A layout effect declared before the one that focuses the first choice, so it notes the
  // element that had the focus before the menu took it.
  useLayoutEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, []);

  useLayoutEffect(() => {
    const el = menu.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    el.style.left = `${Math.max(edge, Math.min(at.x, window.innerWidth - width - edge))}px`;
    el.style.top = `${Math.max(edge, Math.min(at.y, window.innerHeight - height - edge))}px`;
    el.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
  }, [at.x, at.y]);

  // A press outside closes it. Listened to from the next turn on, so the press or click
  // that opened the menu does not close it again.
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const outside = (e: Event): void => {
      if (!(e.target instanceof Node) || !menu.current?.contains(e.target)) close.current();
    };
    const timer = window.setTimeout(() => document.addEventListener('pointerdown', outside, true));
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('pointerdown', outside, true);
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    const all = [...e.currentTarget.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
    const next = rovingTarget(
      e.key,
      all.findIndex((el) => el === document.activeElement),
      all.length,
    );
    if (next === null) return;
    e.preventDefault();
    all[next]!.focus();
  };

  return createPortal(
    <div className="object-menu" role="menu" aria-label={title} ref={menu} onKeyDown={onKeyDown}>
      <p className="object-menu-title" aria-hidden="true">
        {title}
      </p>
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
          aria-checked={item.checked}
          tabIndex={-1}
          className={`${item.checked ? 'on' : ''} ${item.danger ? 'danger' : ''}`}
          onClick={() => {
            onClose();
            item.run();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>,
    document.body,
  );
}

/**
 * The object whose menu a held finger (or a right click) opened, and where. Opening
 * selects the object; the menu shows only while that object stays selected.
 */
export function useObjectMenu(select: (id: string) => void, selectedId: string | null | undefined) {
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);
  return {
    at: menu && menu.id === selectedId ? menu : null,
    open: (id: string, at: { x: number; y: number }): void => {
      select(id);
      setMenu({ id, ...at });
    },
    close: (): void => setMenu(null),
  };
}
