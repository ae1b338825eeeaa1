import type { Bounds } from '#shared/scene/primitives.js';

export interface Viewport {
  scale: number;
  x: number;
  y: number;
}

/**
 * A fit never blows a small diagram up past 1.25. It has no lower limit: a fit shows every
 * object whole with its label, always (issue 11). Labels stay readable because the views
 * lay out for the canvas instead: the Venn compresses its far bands and grows its labels
 * (shared/exercises/venn/layout.ts). The map and the tree have no such freedom, so a very
 * large map or tree is fitted below the 18 px label size rather than cut off; those are
 * rare, and the facilitator zooms in on the part being discussed.
 */
export const maxFitScale = 1.25;
/**
 * The scale at which a 24-unit label is 18 px. Not a limit of fit any more; the plan
 * timeline folds its months into pages so that it is never drawn smaller than this.
 */
export const minFitScale = 0.75;
export const minScale = 0.3;
export const maxScale = 4;
/** The smallest a canvas label may be on screen (px): in the editor, and on the wall (projection, audience). */
export const minLabelPx = { editor: 18, wall: 24 } as const;

/** The smallest of two boxes that holds both. */
export function unionBounds(a: Bounds, b: Bounds): Bounds {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

export function isInside(inner: Bounds, view: Viewport, width: number, height: number): boolean {
  const left = inner.x * view.scale + view.x;
  const top = inner.y * view.scale + view.y;
  return left >= 0 && top >= 0 && left + inner.width * view.scale <= width && top + inner.height * view.scale <= height;
}

/** The view that shows the whole of `bounds`, centred, at most at maxFitScale. */
export function fitViewport(bounds: Bounds, width: number, height: number): Viewport {
  const scale = Math.min(maxFitScale, width / bounds.width, height / bounds.height);
  return {
    scale,
    x: width / 2 - (bounds.x + bounds.width / 2) * scale,
    y: height / 2 - (bounds.y + bounds.height / 2) * scale,
  };
}

/**
 * A zoom's scale within the limits; a fit may lie below minScale (a huge map), and zooming
 * from there must not jump, so the lower limit is never above where the view already is.
 */
function clampScale(scale: number, from: number): number {
  return Math.min(maxScale, Math.max(Math.min(minScale, from), scale));
}

/** Zooms by `factor` keeping the screen point (px, py) fixed. */
export function zoomAt(v: Viewport, factor: number, px: number, py: number): Viewport {
  const scale = clampScale(v.scale * factor, v.scale);
  const wx = (px - v.x) / v.scale;
  const wy = (py - v.y) / v.scale;
  return { scale, x: px - wx * scale, y: py - wy * scale };
}

/** A point on the screen, in the canvas box's pixels. */
export interface ScreenPoint {
  x: number;
  y: number;
}

const midpoint = (points: readonly ScreenPoint[]): ScreenPoint => ({
  x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
  y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
});

const gap = (a: ScreenPoint, b: ScreenPoint): number => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * The view after the fingers moved from `from` to `to` (the same fingers, in the same
 * order): the point of the diagram under their midpoint stays under it, so two fingers
 * moving together pan, and spreading or pinching two fingers scales by the change of their
 * distance (within the zoom limits). One finger only pans.
 */
export function pinchViewport(start: Viewport, from: readonly ScreenPoint[], to: readonly ScreenPoint[]): Viewport {
  if (from.length === 0 || from.length !== to.length) return start;
  const before = midpoint(from);
  const after = midpoint(to);
  const factor = from.length >= 2 ? gap(to[0]!, to[1]!) / Math.max(1, gap(from[0]!, from[1]!)) : 1;
  const scale = clampScale(start.scale * factor, start.scale);
  const wx = (before.x - start.x) / start.scale;
  const wy = (before.y - start.y) / start.scale;
  return { scale, x: after.x - wx * scale, y: after.y - wy * scale };
}

/**
 * How much one wheel event zooms. A mouse wheel's notch zooms by 1.1; a touchpad's pinch
 * arrives as many small wheel events with Ctrl held (Chromium's way), each zooming in
 * proportion to its delta, so the diagram follows the fingers instead of racing ahead. A
 * delta is counted up to 10 (about 1.1), so Ctrl with a mouse wheel's notch of 100 is a
 * notch too.
 */
export function wheelZoomFactor(deltaY: number, ctrlKey: boolean): number {
  if (ctrlKey) return Math.exp(-Math.min(10, Math.max(-10, deltaY)) / 100);
  return deltaY < 0 ? 1.1 : 1 / 1.1;
}
