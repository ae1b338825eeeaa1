import './canvasObjects.css';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { ArrowKey } from '../components/roving.js';

/** One thing drawn on a canvas that the keyboard can reach: its id and the name a screen reader says. */
export interface CanvasObject {
  id: string;
  name: string;
}

export type { ArrowKey };
const arrowKeys: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

const stopSelector = (id: string): string => `[data-object-id="${CSS.escape(id)}"]`;

/**
 * The keyboard's way into a Konva canvas, whose drawn objects are no part of the page: a
 * button per object, out of sight inside the canvas box (so the canvas's keys act on it),
 * that selects its object when focused; the canvas draws the focus ring around the object
 * (`onFocusChange`), and a screen reader reads the button's name, the object's state.
 *
 * One Tab stop enters the objects, on the selected one (else the first). From there,
 * either Tab and Shift+Tab go from object to object in `objects` order and leave at either
 * end (`walk="tab"`: canvases whose arrows move the object, the Venn and the map), or the
 * arrows go where `arrowTarget` says and Tab leaves at once (`walk="arrows"`: the tree,
 * whose boxes the layout places). Home and End go to the first and last object.
 */
export function CanvasObjects({
  label,
  objects,
  selectedId,
  onSelect,
  onFocusChange,
  walk,
  arrowTarget,
}: {
  label: string;
  /** In walking order. */
  objects: readonly CanvasObject[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The object whose button has the focus now (null: none), for the canvas to draw its ring. */
  onFocusChange: (id: string | null) => void;
  walk: 'tab' | 'arrows';
  /** With `walk="arrows"`: the object an arrow goes to from `fromId`, or null to stay. */
  arrowTarget?: (fromId: string, key: ArrowKey) => string | null;
}) {
  const list = useRef<HTMLUListElement>(null);
  // The object whose button last had the focus: if that object goes (deleted, undone)
  // while its button had the focus, the focus stays in the canvas instead of falling to
  // the page (a removed button takes the focus with it).
  const lastFocused = useRef<string | null>(null);
  const tabStop = objects.some((o) => o.id === selectedId) ? selectedId : (objects[0]?.id ?? null);

  const focusObject = (id: string): void => {
    list.current?.querySelector<HTMLElement>(stopSelector(id))?.focus({ preventScroll: true });
  };

  // The selection moved while the focus was on an object (a new box added, a key that
  // selects another one): the focus follows, so the next key acts from there.
  useEffect(() => {
    const active = document.activeElement;
    if (!selectedId || !(active instanceof HTMLElement) || !list.current?.contains(active)) return;
    if (active.dataset.objectId !== selectedId) focusObject(selectedId);
  }, [selectedId]);

  useLayoutEffect(() => {
    const gone = lastFocused.current;
    if (!gone || objects.some((o) => o.id === gone)) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    lastFocused.current = null;
    if (tabStop) focusObject(tabStop);
    else list.current?.closest<HTMLElement>('[tabindex="0"]')?.focus({ preventScroll: true });
  });

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const from = (e.target as HTMLElement).dataset.objectId;
    const index = objects.findIndex((o) => o.id === from);
    if (!from || index < 0) return;
    let to: string | null | undefined;
    if (e.key === 'Home') to = objects[0]?.id;
    else if (e.key === 'End') to = objects.at(-1)?.id;
    else if (walk === 'tab' && e.key === 'Tab') to = objects[index + (e.shiftKey ? -1 : 1)]?.id;
    else if (walk === 'arrows' && arrowKeys.includes(e.key) && !e.shiftKey)
      to = arrowTarget?.(from, e.key as ArrowKey) ?? from;
    // No object that way: Tab leaves the canvas as usual; other keys go to the canvas's own keys.
    if (to === undefined || to === null) return;
    e.preventDefault();
    if (to !== from) focusObject(to);
  };

  // The stops' handlers, made once: they read the newest props, so a stop re-renders only
  // when its own name, pressed state or tab stop changes (not for every selection).
  const latest = useRef({ selectedId, onSelect, onFocusChange });
  latest.current = { selectedId, onSelect, onFocusChange };
  const stopEvents = useMemo<StopEvents>(
    () => ({
      focus: (id) => {
        lastFocused.current = id;
        latest.current.onFocusChange(id);
        if (id !== latest.current.selectedId) latest.current.onSelect(id);
      },
      blur: () => latest.current.onFocusChange(null),
      click: (id) => latest.current.onSelect(id),
    }),
    [],
  );

  return (
    <ul className="canvas-objects visually-hidden" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {objects.map((o) => (
        <ObjectStop
          key={o.id}
          id={o.id}
          name={o.name}
          pressed={o.id === selectedId}
          tabStop={o.id === tabStop}
          events={stopEvents}
        />
      ))}
    </ul>
  );
}

interface StopEvents {
  focus: (id: string) => void;
  blur: () => void;
  click: (id: string) => void;
}

const ObjectStop = memo(function ObjectStop({
  id,
  name,
  pressed,
  tabStop,
  events,
}: {
  id: string;
  name: string;
  pressed: boolean;
  tabStop: boolean;
  events: StopEvents;
}) {
  return (
    <li>
      <button
        type="button"
        data-object-id={id}
        aria-pressed={pressed}
        tabIndex={tabStop ? 0 : -1}
        onFocus={() => events.focus(id)}
        onBlur={events.blur}
        onClick={() => events.click(id)}
      >
        {name}
      </button>
    </li>
  );
});
