import type Konva from 'konva';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Bounds } from '#shared/scene/primitives.js';
import { usePresentation } from '../exercises/presentation.js';
import { useSavedView } from './savedView.js';
import { useTouchGestures, type ObjectMenuRequest } from './useTouchGestures.js';
import { fitViewport, isInside, wheelZoomFactor, zoomAt, type Viewport } from './viewport.js';

/** Room at the top and bottom of the canvas that controls drawn over it take (px). */
export interface Insets {
  top: number;
  bottom: number;
}

export interface BoxSize {
  container: RefObject<HTMLDivElement | null>;
  size: { width: number; height: number };
  /** What the zoom tools (top corner) and the legend (bottom corner) cover: a fit keeps clear of them. */
  insets: Insets;
}

/** The controls a canvas's box has over its corners: its zoom tools and its legend. */
const overlaySelector = ':scope > .canvas-tools, :scope > .legend';

/** How much of the top and the bottom of `el` the overlays beside it cover. */
function overlayInsets(el: HTMLElement): Insets {
  const box = el.getBoundingClientRect();
  const insets = { top: 0, bottom: 0 };
  for (const overlay of el.parentElement?.querySelectorAll<HTMLElement>(overlaySelector) ?? []) {
    const r = overlay.getBoundingClientRect();
    if (r.width === 0 || r.bottom <= box.top || r.top >= box.bottom) continue;
    if (r.top + r.height / 2 < box.top + box.height / 2) insets.top = Math.max(insets.top, r.bottom - box.top);
    else insets.bottom = Math.max(insets.bottom, box.bottom - r.top);
  }
  // Never more than a third of the box each: a tiny canvas still gets a drawing.
  return {
    top: Math.round(Math.min(insets.top, box.height / 3)),
    bottom: Math.round(Math.min(insets.bottom, box.height / 3)),
  };
}

/**
 * The size of the box a stage fills, measured once it is in the page (`ready`) and again
 * whenever it or the controls over it change. A view that lays its drawing out for the
 * canvas (the Venn) measures first and passes the box to useStageViewport.
 */
export function useBoxSize(ready = true): BoxSize {
  const container = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState({ size: { width: 0, height: 0 }, insets: { top: 0, bottom: 0 } });
  useEffect(() => {
    const el = container.current;
    if (!ready || !el) return;
    const measure = (): void => {
      const insets = overlayInsets(el);
      setMeasured((m) =>
        m.size.width === el.clientWidth &&
        m.size.height === el.clientHeight &&
        m.insets.top === insets.top &&
        m.insets.bottom === insets.bottom
          ? m
          : { size: { width: el.clientWidth, height: el.clientHeight }, insets },
      );
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const overlay of el.parentElement?.querySelectorAll<HTMLElement>(overlaySelector) ?? [])
      observer.observe(overlay);
    measure();
    return () => observer.disconnect();
  }, [ready]);
  return { container, size: measured.size, insets: measured.insets };
}

/**
 * A Konva stage that fills its container: measures it, opens at the view the facilitator
 * left this exercise at (savedView.ts) or else fits `bounds` once the size is known, zooms
 * with the wheel (or a touchpad's pinch) about the pointer, with two fingers about them
 * and with buttons about the centre, and pans by dragging the empty stage or moving two
 * fingers. `ready` says the container is in the page. A long press (finger or pen) or a
 * right click on an object asks for its menu through `onObjectMenu`, with the object's
 * Konva name.
 *
 * A fitted view follows the canvas: when the box changes size (the window, projection)
 * or the presentation mode changes, it fits again; a view the facilitator zoomed or panned
 * stays. On the wall (projection, audience) the view always opens fitted and is not kept:
 * the kept view is the editor's.
 */
export function useStageViewport(
  bounds: Bounds,
  ready = true,
  { onObjectMenu, box }: { onObjectMenu?: (request: ObjectMenuRequest) => void; box?: BoxSize } = {},
) {
  const own = useBoxSize(ready && !box);
  const { container, size, insets } = box ?? own;
  const stage = useRef<Konva.Stage>(null);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const mode = usePresentation();
  const { saved, save } = useSavedView(mode === 'editor');
  // Whether the view is a fit (not zoomed or panned since): it refits when the canvas changes.
  const fitted = useRef(true);

  // Fitted between the zoom tools and the legend, so neither covers a circle or a label.
  const fitNow = useCallback(() => {
    if (size.width === 0) return;
    const v = fitViewport(bounds, size.width, size.height - insets.top - insets.bottom);
    setViewport({ ...v, y: v.y + insets.top });
  }, [bounds, size, insets]);

  /** "Pas layar": fits, and forgets the kept view, so the exercise opens fitted next time. */
  const fit = useCallback(() => {
    fitted.current = true;
    fitNow();
    save(null);
  }, [fitNow, save]);

  /** A view the facilitator chose (zoom, pan, fingers, an object brought into view). */
  const chosen = useCallback((update: (v: Viewport) => Viewport) => {
    fitted.current = false;
    setViewport((v) => (v ? update(v) : v));
  }, []);
  useEffect(() => {
    if (viewport && !fitted.current) save(viewport);
  }, [save, viewport]);

  // The first view: the kept one (even if the diagram changed since and it no longer shows
  // everything: the facilitator chose it), or a fit.
  useEffect(() => {
    if (viewport || size.width === 0 || saved === undefined) return;
    if (saved) {
      fitted.current = false;
      setViewport(saved);
    } else fitNow();
  }, [fitNow, saved, size.width, viewport]);

  const shownView = useRef(viewport);
  shownView.current = viewport;

  // A fitted view fits again when the box or the mode changes.
  const shape = `${size.width}x${size.height}:${insets.top},${insets.bottom}:${mode}`;
  const lastShape = useRef(shape);
  useEffect(() => {
    if (lastShape.current === shape) return;
    lastShape.current = shape;
    // Before the first view (the box just measured, the kept view still being read) the first view decides.
    if (!shownView.current) return;
    if (mode !== 'editor') fitted.current = true;
    if (fitted.current) fitNow();
  }, [fitNow, mode, shape]);

  // On the wall a fitted view also follows the drawing: when it grows out of the view (a
  // circle added or dragged out on the presenter's screen), it fits again, so the room never
  // sees it cut. Only then: refitting on every change would make the picture breathe.
  useEffect(() => {
    const v = shownView.current;
    if (mode === 'editor' || !fitted.current || !v || size.width === 0) return;
    const inView = { ...v, y: v.y - insets.top };
    if (!isInside(bounds, inView, size.width, size.height - insets.top - insets.bottom)) fitNow();
  }, [bounds, fitNow, insets, mode, size]);

  const zoom = useCallback(
    (factor: number) => chosen((v) => zoomAt(v, factor, size.width / 2, size.height / 2)),
    [chosen, size],
  );

  // Pans, at the same zoom, to centre `shown` when it is not wholly in view: the object the
  // keyboard moved to is never off screen.
  const reveal = useCallback(
    (shown: Bounds) => {
      const v = shownView.current;
      if (!v || isInside(shown, v, size.width, size.height)) return;
      chosen((now) => ({
        scale: now.scale,
        x: size.width / 2 - (shown.x + shown.width / 2) * now.scale,
        y: size.height / 2 - (shown.y + shown.height / 2) * now.scale,
      }));
    },
    [chosen, size],
  );

  const onView = useCallback((v: Viewport) => chosen(() => v), [chosen]);
  useTouchGestures({ box: container, stage, shown: viewport !== null, onView, onObjectMenu });

  // The same functions on every render: react-konva rebinds a listener whose function changed.
  const isStage = useCallback((target: unknown): boolean => target === stage.current, []);
  const onDragEnd = useCallback(
    (e: Konva.KonvaEventObject<DragEvent>) => {
      if (e.target !== stage.current) return;
      const { x, y } = e.target.position();
      chosen((v) => ({ scale: v.scale, x, y }));
    },
    [chosen],
  );
  const onWheel = useCallback(
    (e: Konva.KonvaEventObject<WheelEvent>) => {
      e.evt.preventDefault();
      const pointer = stage.current?.getPointerPosition();
      const factor = wheelZoomFactor(e.evt.deltaY, e.evt.ctrlKey);
      if (pointer) chosen((v) => zoomAt(v, factor, pointer.x, pointer.y));
    },
    [chosen],
  );

  /** Props for <Stage>, or null until the first view. */
  const stageProps = viewport
    ? {
        ref: stage,
        width: size.width,
        height: size.height,
        scaleX: viewport.scale,
        scaleY: viewport.scale,
        x: viewport.x,
        y: viewport.y,
        draggable: true,
        onDragEnd,
        onWheel,
      }
    : null;

  return { container, size, viewport, fit, zoom, reveal, stageProps, isStage };
}
