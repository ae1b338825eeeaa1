import type Konva from 'konva';
import type { MarkerPrimitives } from '#shared/exercises/resources/mapScene.js';
import type { TextPrimitive } from '#shared/scene/primitives.js';
import { drawLines, fontOf } from '../../canvas/drawPrimitives.js';

/**
 * How a map marker is drawn on the canvas, cheaply enough for thousands of them: the
 * circle, the capital's icon and its letter are one picture per capital (a sprite, drawn
 * once and then copied with one drawImage per marker), and the name is one Konva node
 * that draws its backdrop and its lines itself. The PDF does not use any of this: the
 * SVG writer draws the same primitives as vectors.
 */

/** Icons parsed once per path (there are five), not once per marker and draw. */
const iconPaths = new Map<string, Path2D>();
function iconPath(data: string): Path2D {
  let path = iconPaths.get(data);
  if (!path) {
    path = new Path2D(data);
    iconPaths.set(data, path);
  }
  return path;
}

/** Half the side of a marker's picture around its centre, in map units: the circle, its outline and a pixel to spare. */
export function markerHalfSide(marker: MarkerPrimitives['marker']): number {
  const [circle] = marker;
  return circle.r + circle.strokeWidth / 2 + 1;
}

/** Draws the marker (circle, icon, letter) with its centre at (0, 0), in map units. */
function drawMarkerAt(ctx: CanvasRenderingContext2D, marker: MarkerPrimitives['marker'], letter: TextPrimitive): void {
  const [circle, icon] = marker;
  ctx.beginPath();
  ctx.arc(0, 0, circle.r, 0, Math.PI * 2);
  ctx.fillStyle = circle.fill;
  ctx.globalAlpha = circle.fillOpacity;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.lineWidth = circle.strokeWidth;
  ctx.strokeStyle = circle.stroke;
  ctx.stroke();
  ctx.save();
  ctx.translate(icon.x - circle.x - icon.size / 2, icon.y - circle.y - icon.size / 2);
  ctx.scale(icon.size / 24, icon.size / 24);
  ctx.fillStyle = icon.fill;
  ctx.fill(iconPath(icon.data));
  ctx.restore();
  drawLines(ctx, letter, letter.x - circle.x, letter.y - circle.y);
}

/**
 * The sprites, one per look (colour, icon, letter, outline) and pixel density. The
 * density follows the zoom in powers of two, so a marker stays sharp when zoomed in and a
 * zoom step does not redraw the pictures.
 */
const sprites = new Map<string, HTMLCanvasElement>();
const maxDensity = 16;

function spriteFor(
  marker: MarkerPrimitives['marker'],
  letter: TextPrimitive,
  density: number,
): HTMLCanvasElement | null {
  const [circle, icon] = marker;
  const key = `${circle.r}|${circle.fill}|${circle.fillOpacity}|${circle.stroke}|${circle.strokeWidth}|${icon.data}|${icon.x - circle.x}|${icon.size}|${letter.lines.join('\n')}|${letter.fontSize}|${density}`;
  const known = sprites.get(key);
  if (known) return known;
  // A font still loading would be kept in the picture for good: draw without a sprite until it is there.
  if (typeof document !== 'undefined' && !document.fonts.check(fontOf(letter), letter.lines.join(''))) return null;
  const half = markerHalfSide(marker);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = Math.ceil(2 * half * density);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.scale(density, density);
  ctx.translate(half, half);
  drawMarkerAt(ctx, marker, letter);
  sprites.set(key, canvas);
  return canvas;
}

/** Device pixels per map unit where `shape` is drawn, rounded up to a power of two. */
function densityAt(context: Konva.Context, shape: Konva.Shape): number {
  const scale = Math.abs(shape.getAbsoluteScale().x) * context.getCanvas().getPixelRatio();
  return Math.min(maxDensity, 2 ** Math.ceil(Math.log2(Math.max(1, scale))));
}

/**
 * Konva scene function for a marker node whose box is the marker's square (its offset puts
 * the node's position at the marker's centre, so the box's corner is the origin here): one
 * copy of the sprite of its look (or, while the font loads, the vector drawing).
 */
export function drawMarker(
  marker: MarkerPrimitives['marker'],
  letter: TextPrimitive,
): (context: Konva.Context, shape: Konva.Shape) => void {
  const half = markerHalfSide(marker);
  return (context, shape) => {
    const sprite = spriteFor(marker, letter, densityAt(context, shape));
    if (sprite) context.drawImage(sprite, 0, 0, 2 * half, 2 * half);
    else {
      context.translate(half, half);
      drawMarkerAt(context._context, marker, letter);
    }
  };
}

/** Konva hit function for a marker: the filled circle with its outline, as a finger or the mouse finds it. */
export function hitMarker(marker: MarkerPrimitives['marker']): (context: Konva.Context, shape: Konva.Shape) => void {
  const [circle] = marker;
  const half = markerHalfSide(marker);
  return (context, shape) => {
    context.beginPath();
    context.arc(half, half, circle.r, 0, Math.PI * 2, false);
    context.closePath();
    context.fillStrokeShape(shape);
  };
}

/** Forgets every sprite (a font arrived): the next draw makes them again. */
export function forgetSprites(): void {
  sprites.clear();
}
