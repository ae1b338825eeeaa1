import { estimateWidth } from './fitText.js';

/**
 * A scene is a flat list of drawing primitives in diagram units (1 unit = 1 px at 100%
 * zoom). The Konva view and the PDF's SVG both draw from it, so paper matches the wall.
 * `target` names the model element a primitive belongs to, for hit-testing in the view.
 */
export interface CirclePrimitive {
  kind: 'circle';
  x: number;
  y: number;
  r: number;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  dash?: number[];
  target?: string;
}

export interface TextPrimitive {
  kind: 'text';
  /** Centre of the text block horizontally, top edge vertically. */
  x: number;
  y: number;
  lines: string[];
  fontSize: number;
  lineHeight: number;
  fill: string;
  bold?: boolean;
  /** Optional halo box behind the text, so labels stay readable over overlapping circles. */
  backdrop?: { fill: string; opacity: number; width: number };
  target?: string;
}

export interface RectPrimitive {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash?: number[];
  cornerRadius?: number;
  target?: string;
}

export interface LinePrimitive {
  kind: 'line';
  /** x0, y0, x1, y1, ... */
  points: number[];
  stroke: string;
  strokeWidth: number;
  dash?: number[];
  /** A closed, filled shape (an area) instead of an open line. */
  fill?: string;
  target?: string;
}

/** A raster picture (the photo of a paper map), given as a data URL. */
export interface ImagePrimitive {
  kind: 'image';
  x: number;
  y: number;
  width: number;
  height: number;
  href: string;
  target?: string;
}

/** An icon: SVG path data on a 24-unit grid, placed centred on (x, y) at `size` units. */
export interface IconPrimitive {
  kind: 'icon';
  x: number;
  y: number;
  size: number;
  data: string;
  fill: string;
  target?: string;
}

export type Primitive =
  CirclePrimitive | TextPrimitive | RectPrimitive | LinePrimitive | ImagePrimitive | IconPrimitive;

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Scene {
  primitives: Primitive[];
  bounds: Bounds;
}

/**
 * The smallest font a canvas label may use: the opening fit never scales below 0.75
 * (minFitScale in renderer/src/canvas/viewport.ts), so 24 units stay 18 px on screen,
 * the projector rule.
 */
export const minLabelFontSize = 24;

/** Bold Atkinson Hyperlegible runs about a tenth wider than the regular average. */
const boldWidthFactor = 1.12;

/** The estimated width of a text's widest line, in diagram units. */
export function textBlockWidth(t: Pick<TextPrimitive, 'lines' | 'fontSize' | 'bold'>): number {
  const widest = Math.max(0, ...t.lines.map((l) => estimateWidth(l, t.fontSize)));
  return widest * (t.bold ? boldWidthFactor : 1);
}

export function textBlockHeight(t: Pick<TextPrimitive, 'lines' | 'fontSize' | 'lineHeight'>): number {
  return t.lines.length * t.fontSize * t.lineHeight;
}

export function boundsOf(primitives: readonly Primitive[], margin: number): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const grow = (x0: number, y0: number, x1: number, y1: number): void => {
    minX = Math.min(minX, x0);
    minY = Math.min(minY, y0);
    maxX = Math.max(maxX, x1);
    maxY = Math.max(maxY, y1);
  };
  for (const p of primitives) {
    if (p.kind === 'circle') grow(p.x - p.r, p.y - p.r, p.x + p.r, p.y + p.r);
    else if (p.kind === 'rect' || p.kind === 'image') grow(p.x, p.y, p.x + p.width, p.y + p.height);
    else if (p.kind === 'icon') grow(p.x - p.size / 2, p.y - p.size / 2, p.x + p.size / 2, p.y + p.size / 2);
    else if (p.kind === 'line')
      for (let i = 0; i + 1 < p.points.length; i += 2)
        grow(p.points[i]!, p.points[i + 1]!, p.points[i]!, p.points[i + 1]!);
    else {
      // A bare label (no backdrop) can stick out of its shapes, so it counts with its own width.
      const half = Math.max(p.backdrop?.width ?? 0, textBlockWidth(p)) / 2;
      grow(p.x - half, p.y, p.x + half, p.y + textBlockHeight(p));
    }
  }
  if (minX === Infinity) return { x: -100, y: -100, width: 200, height: 200 };
  return { x: minX - margin, y: minY - margin, width: maxX - minX + 2 * margin, height: maxY - minY + 2 * margin };
}
