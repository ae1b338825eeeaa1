import type { Bounds } from '#shared/scene/primitives.js';

export interface Viewport {
  scale: number;
  x: number;
  y: number;
}

/**
 * Labels are 24 units; at fit they must stay at least 18 px (projector rule), so fit never
 * scales below 0.75 and a large diagram is centred and panned instead of shrunk further.
 */
export const minFitScale = 0.75;
export const maxFitScale = 1.25;
export const minScale = 0.3;
export const maxScale = 4;

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

export function fitViewport(bounds: Bounds, width: number, height: number): Viewport {
  const raw = Math.min(width / bounds.width, height / bounds.height);
  const scale = Math.min(maxFitScale, Math.max(minFitScale, raw));
  return {
    scale,
    x: width / 2 - (bounds.x + bounds.width / 2) * scale,
    y: height / 2 - (bounds.y + bounds.height / 2) * scale,
  };
}

/** Zooms by `factor` keeping the screen point (px, py) fixed. */
export function zoomAt(v: Viewport, factor: number, px: number, py: number): Viewport {
  const scale = Math.min(maxScale, Math.max(minScale, v.scale * factor));
  const wx = (px - v.x) / v.scale;
  const wy = (py - v.y) / v.scale;
  return { scale, x: px - wx * scale, y: py - wy * scale };
}
