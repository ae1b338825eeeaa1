import type Konva from 'konva';
import { useEffect, useRef, type RefObject } from 'react';
import { pinchViewport, type ScreenPoint, type Viewport } from './viewport.js';

/** How long a still finger or pen is held on an object before its menu opens (Android's long press is 500 ms). */
export const longPressMs = 500;
/** How far a held finger may wander (px) and still be a long press rather than the start of a drag. */
const longPressSlop = 10;

/** Where an object's menu was asked for: the Konva name of the object and the point, in page pixels. */
export interface ObjectMenuRequest {
  target: string;
  x: number;
  y: number;
}

/** The Konva name of `node` or of its nearest named parent ('' when none is named). */
function namedTarget(node: Konva.Node | null): string {
  for (let n: Konva.Node | null = node; n; n = n.getParent()) if (n.name()) return n.name();
  return '';
}

/**
 * Touch and pen on a Konva canvas, beyond what Konva does itself (one finger drags an
 * object, or the empty stage to pan):
 *
 * - Two fingers move the diagram, not the page: spread or pinch to zoom about them, move
 *   together to pan. The browser is kept out by `touch-action: none` on the canvas box; the
 *   gesture's touches are kept from Konva (listened to in the capture phase, before Konva)
 *   until every finger is lifted, so the first finger cannot drag an object while two
 *   pinch. A drag the first finger had already started goes back where it began. While the
 *   fingers move, the stage is transformed directly (no React render per move); the view is
 *   committed once, when the gesture ends. A finger added or lifted mid-gesture re-bases it.
 * - A finger or pen held still on an object opens that object's menu (`onObjectMenu`), as
 *   does a right click or the menu key's `contextmenu` on it.
 */
export function useTouchGestures({
  box,
  stage,
  shown,
  onView,
  onObjectMenu,
}: {
  /** The canvas box: the element the listeners go on. */
  box: RefObject<HTMLDivElement | null>;
  stage: RefObject<Konva.Stage | null>;
  /** Whether the stage is on the page (after the first fit). */
  shown: boolean;
  onView: (view: Viewport) => void;
  onObjectMenu?: ((request: ObjectMenuRequest) => void) | undefined;
}): void {
  // The latest callbacks, read by listeners that stay put for the stage's life.
  const callbacks = useRef({ onView, onObjectMenu });
  callbacks.current = { onView, onObjectMenu };

  useEffect(() => {
    const el = box.current;
    const konvaStage = stage.current;
    if (!shown || !el || !konvaStage) return;
    const onStage = (target: EventTarget | null): boolean =>
      target instanceof Node && konvaStage.container().contains(target);
    // In the stage's own pixels, as its position and Konva's hit test count them.
    const local = (p: { clientX: number; clientY: number }): ScreenPoint => {
      const r = konvaStage.container().getBoundingClientRect();
      return { x: p.clientX - r.left, y: p.clientY - r.top };
    };
    const stageView = (): Viewport => ({ scale: konvaStage.scaleX(), x: konvaStage.x(), y: konvaStage.y() });

    // Where each dragged object began, to put it back if a second finger turns its drag into a pinch.
    const dragOrigins = new Map<Konva.Node, { x: number; y: number }>();
    konvaStage.on('dragstart.touchGestures', (e) => {
      if (e.target !== konvaStage) dragOrigins.set(e.target, e.target.position());
    });
    konvaStage.on('dragend.touchGestures', (e) => {
      dragOrigins.delete(e.target);
    });
    const stopKonvaDrags = (): void => {
      if (konvaStage.isDragging()) konvaStage.stopDrag();
      for (const node of konvaStage.find((n: Konva.Node) => n.isDragging())) {
        const origin = dragOrigins.get(node);
        if (origin) node.position(origin);
        node.stopDrag();
      }
    };

    // --- two fingers: pinch and pan ---
    let gesture: { start: Viewport; from: ScreenPoint[]; live: Viewport } | null = null;
    const fingersOf = (e: TouchEvent): ScreenPoint[] =>
      [...e.touches]
        .filter((t) => onStage(t.target))
        .slice(0, 2)
        .map(local);
    const rebase = (e: TouchEvent): void => {
      const live = gesture?.live ?? stageView();
      gesture = { start: live, from: fingersOf(e), live };
    };
    const onTouchStart = (e: TouchEvent): void => {
      if (!gesture && fingersOf(e).length < 2) return;
      cancelLongPress();
      if (!gesture) stopKonvaDrags();
      rebase(e);
      e.preventDefault();
      e.stopPropagation();
    };
    const onTouchMove = (e: TouchEvent): void => {
      if (!gesture) return;
      e.preventDefault();
      e.stopPropagation();
      const to = fingersOf(e);
      if (to.length !== gesture.from.length) return rebase(e);
      const view = pinchViewport(gesture.start, gesture.from, to);
      gesture.live = view;
      konvaStage.scale({ x: view.scale, y: view.scale });
      konvaStage.position({ x: view.x, y: view.y });
      konvaStage.batchDraw();
    };
    const onTouchEnd = (e: TouchEvent): void => {
      if (!gesture) return;
      if (fingersOf(e).length > 0) return rebase(e);
      const { live } = gesture;
      gesture = null;
      callbacks.current.onView(live);
    };
    // Pointer events of the gesture's fingers (a drawing tool listens to them) are kept from Konva too.
    const onPointerMove = (e: PointerEvent): void => {
      if (gesture && e.pointerType === 'touch') e.stopPropagation();
      if (press && Math.hypot(e.clientX - press.at.clientX, e.clientY - press.at.clientY) > longPressSlop)
        cancelLongPress();
    };

    // --- a held finger or pen: the object's menu ---
    let press: { timer: number; at: { clientX: number; clientY: number }; pointerId: number } | null = null;
    // Set when a held finger or pen opened a menu, until the next press: the browser's own
    // long-press `contextmenu` for that same press must not open it a second time.
    let heldMenuOpen = false;
    const targetAt = (p: { clientX: number; clientY: number }): string =>
      namedTarget(konvaStage.getIntersection(local(p)));
    function cancelLongPress(): void {
      if (press) window.clearTimeout(press.timer);
      press = null;
    }
    const openMenu = (p: { clientX: number; clientY: number }): boolean => {
      const target = targetAt(p);
      const ask = callbacks.current.onObjectMenu;
      if (!target || !ask) return false;
      ask({ target, x: p.clientX, y: p.clientY });
      return true;
    };
    const onPointerDown = (e: PointerEvent): void => {
      cancelLongPress();
      heldMenuOpen = false;
      if (e.pointerType === 'mouse' || !e.isPrimary || gesture || !onStage(e.target)) return;
      if (!targetAt(e)) return;
      const at = { clientX: e.clientX, clientY: e.clientY };
      press = {
        at,
        pointerId: e.pointerId,
        timer: window.setTimeout(() => {
          press = null;
          stopKonvaDrags();
          heldMenuOpen = openMenu(at);
        }, longPressMs),
      };
    };
    const onPointerEnd = (e: PointerEvent): void => {
      if (press?.pointerId === e.pointerId) cancelLongPress();
    };
    const onContextMenu = (e: MouseEvent): void => {
      if (!onStage(e.target)) return;
      if (heldMenuOpen || openMenu(e)) e.preventDefault();
    };

    // One signal removes every listener when the canvas goes.
    const listening = new AbortController();
    const capture = { capture: true, passive: false, signal: listening.signal } as const;
    el.addEventListener('touchstart', onTouchStart, capture);
    el.addEventListener('touchmove', onTouchMove, capture);
    el.addEventListener('touchend', onTouchEnd, capture);
    el.addEventListener('touchcancel', onTouchEnd, capture);
    el.addEventListener('pointerdown', onPointerDown, capture);
    el.addEventListener('pointermove', onPointerMove, capture);
    el.addEventListener('pointerup', onPointerEnd, capture);
    el.addEventListener('pointercancel', onPointerEnd, capture);
    el.addEventListener('contextmenu', onContextMenu, capture);
    return () => {
      cancelLongPress();
      konvaStage.off('.touchGestures');
      listening.abort();
    };
  }, [box, stage, shown]);
}
