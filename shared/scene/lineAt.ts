import type { Primitive } from './primitives.js';

/**
 * Which drawn line of a scene a press at `point` is on: the target of the topmost line
 * primitive (the last drawn) whose stroke, widened to at least `reach` on each side, covers
 * the point, or whose filled inside holds it (a closed area). Null when none is.
 *
 * The map draws its roads, rivers and areas as one cached picture with no hit regions of
 * its own (a hit canvas the size of the photo cost a copy on every redraw); a press is
 * found here, in map units, instead.
 */
export function lineAt(
  primitives: readonly Primitive[],
  point: { x: number; y: number },
  reach: number,
): string | null {
  for (let i = primitives.length - 1; i >= 0; i -= 1) {
    const p = primitives[i]!;
    if (p.kind !== 'line' || !p.target) continue;
    const within = Math.max(reach, p.strokeWidth / 2);
    if (nearPolyline(p.points, point, within, Boolean(p.fill)) || (p.fill && insidePolygon(p.points, point)))
      return p.target;
  }
  return null;
}

function nearPolyline(
  points: readonly number[],
  { x, y }: { x: number; y: number },
  within: number,
  closed: boolean,
): boolean {
  const n = Math.floor(points.length / 2);
  const segments = closed ? n : n - 1;
  if (n === 1) return Math.hypot(x - points[0]!, y - points[1]!) <= within;
  for (let s = 0; s < segments; s += 1) {
    const ax = points[2 * s]!;
    const ay = points[2 * s + 1]!;
    const bx = points[(2 * (s + 1)) % (2 * n)]!;
    const by = points[((2 * (s + 1)) % (2 * n)) + 1]!;
    if (distanceToSegment(x, y, ax, ay, bx, by) <= within) return true;
  }
  return false;
}

function distanceToSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Even-odd rule, as the canvas fills a closed line. */
function insidePolygon(points: readonly number[], { x, y }: { x: number; y: number }): boolean {
  const n = Math.floor(points.length / 2);
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i, i += 1) {
    const xi = points[2 * i]!;
    const yi = points[2 * i + 1]!;
    const xj = points[2 * j]!;
    const yj = points[2 * j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
