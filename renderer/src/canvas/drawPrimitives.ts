import type Konva from 'konva';
import { textBlockHeight, type LinePrimitive, type Primitive, type TextPrimitive } from '#shared/scene/primitives.js';
import { canvasFontFamily } from './SceneShapes.js';

/**
 * Primitives drawn straight onto a 2D context, for a picture of many that is one Konva
 * node (the map's drawn roads, rivers and areas; its markers' names): a node apiece costs
 * a React element, a Konva node and its bookkeeping each, for something drawn once into a
 * cache. They look as SceneShapes draws them, and as the SVG writer places them.
 */

export function fontOf(t: Pick<TextPrimitive, 'fontSize' | 'bold'>): string {
  return `${t.bold ? 'bold' : 'normal'} ${t.fontSize}px ${canvasFontFamily}`;
}

/** A text primitive's lines centred on `cx`, from `top` down. */
export function drawLines(ctx: CanvasRenderingContext2D, t: TextPrimitive, cx: number, top: number): void {
  const step = t.fontSize * t.lineHeight;
  ctx.font = fontOf(t);
  ctx.fillStyle = t.fill;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  t.lines.forEach((line, i) => ctx.fillText(line, cx, top + i * step + step / 2));
}

/** A text's paper backdrop, its box's corner at (left, top). */
export function drawBackdrop(ctx: CanvasRenderingContext2D, t: TextPrimitive, left: number, top: number): void {
  if (!t.backdrop) return;
  ctx.globalAlpha = t.backdrop.opacity;
  ctx.fillStyle = t.backdrop.fill;
  ctx.beginPath();
  ctx.roundRect(left, top, t.backdrop.width, textBlockHeight(t), 6);
  ctx.fill();
  ctx.globalAlpha = 1;
}

function strokeWith(ctx: CanvasRenderingContext2D, stroke: string | undefined, width: number, dash?: number[]): void {
  if (!stroke || width <= 0) return;
  ctx.setLineDash(dash ?? []);
  ctx.lineWidth = width;
  ctx.strokeStyle = stroke;
  ctx.stroke();
  ctx.setLineDash([]);
}

/** Lines (open, or closed and filled), rectangles and texts; a circle, icon or photo is drawn by its own node. */
export function drawPrimitive(ctx: CanvasRenderingContext2D, p: Primitive): void {
  if (p.kind === 'line') {
    ctx.beginPath();
    ctx.moveTo(p.points[0] ?? 0, p.points[1] ?? 0);
    for (let i = 2; i + 1 < p.points.length; i += 2) ctx.lineTo(p.points[i]!, p.points[i + 1]!);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    if (p.fill) {
      ctx.closePath();
      ctx.fillStyle = p.fill;
      ctx.fill();
    }
    strokeWith(ctx, p.stroke, p.strokeWidth, p.dash);
  } else if (p.kind === 'rect') {
    ctx.beginPath();
    ctx.roundRect(p.x, p.y, p.width, p.height, p.cornerRadius ?? 0);
    if (p.fill && p.fill !== 'transparent') {
      ctx.fillStyle = p.fill;
      ctx.fill();
    }
    strokeWith(ctx, p.stroke, p.strokeWidth, p.dash);
  } else if (p.kind === 'text') {
    const width = p.backdrop?.width ?? 0;
    drawBackdrop(ctx, p, p.x - width / 2, p.y);
    drawLines(ctx, p, p.x, p.y);
  }
}

/** How wide a label's box is: its backdrop's width, or (with none) as wide as its longest line at a full em. */
export function labelWidth(label: TextPrimitive): number {
  return label.backdrop?.width ?? Math.max(...label.lines.map((l) => l.length)) * label.fontSize;
}

/**
 * Konva scene function for a label drawn by one node whose box's corner is at (0, 0):
 * its leader line, if any (a primitive in the scene's units; `left`, `top` is where the
 * box's corner lies in them), then its paper backdrop, then its lines. A label is one
 * node of a few canvas calls instead of a group of a line, a box and a text (the map's
 * names, the Venn's labels).
 */
export function labelSceneFunc(
  label: TextPrimitive,
  leader: Pick<LinePrimitive, 'points' | 'stroke' | 'strokeWidth'> | null,
): (context: Konva.Context) => void {
  const width = labelWidth(label);
  const left = label.x - width / 2;
  const top = label.y;
  return (context) => {
    const ctx = context._context;
    if (leader) {
      ctx.beginPath();
      ctx.moveTo(leader.points[0]! - left, leader.points[1]! - top);
      for (let i = 2; i + 1 < leader.points.length; i += 2)
        ctx.lineTo(leader.points[i]! - left, leader.points[i + 1]! - top);
      ctx.lineWidth = leader.strokeWidth;
      ctx.strokeStyle = leader.stroke;
      ctx.lineCap = 'round';
      ctx.stroke();
    }
    drawBackdrop(ctx, label, 0, 0);
    drawLines(ctx, label, width / 2, 0);
  };
}
