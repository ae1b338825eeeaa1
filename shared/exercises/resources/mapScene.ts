import { fitText } from '../../scene/fitText.js';
import {
  boundsOf,
  type Bounds,
  type CirclePrimitive,
  type IconPrimitive,
  type LinePrimitive,
  type Primitive,
  type Scene,
  type TextPrimitive,
} from '../../scene/primitives.js';
import type { LabelPlacement } from '../../scene/labelPlacement.js';
import { ink, paper } from '../../theme.js';
import { capitalColour, capitalIcon, type Capital } from './capitals.js';
import {
  baseMarkerRadius,
  labelLineHeight,
  mapLayout,
  mapMargin,
  storedLook,
  withMargin,
  type MapView,
  type MarkerLook,
} from './mapLayout.js';
import { photoSize, type AreaKind, type MapResource, type MapShape, type ResourceMapDocument } from './schema.js';

/** Area fills: light, so markers and labels stay readable on top. */
export const areaFill: Record<AreaKind, string> = {
  ricefield: 'rgba(240, 228, 66, 0.45)',
  forest: 'rgba(0, 158, 115, 0.35)',
  settlement: 'rgba(230, 159, 0, 0.35)',
  other: 'rgba(156, 163, 175, 0.35)',
};

/** One drawn shape as primitives: roads grey and wide, rivers blue, the boundary dashed. */
export function shapePrimitives(shape: MapShape): Primitive[] {
  const target = shape.id;
  switch (shape.layer) {
    case 'roads':
      return [{ kind: 'line', points: shape.points, stroke: '#6B7280', strokeWidth: 12, target }];
    case 'rivers':
      return [{ kind: 'line', points: shape.points, stroke: '#56B4E9', strokeWidth: 9, target }];
    case 'boundary':
      return [{ kind: 'line', points: shape.points, stroke: ink, strokeWidth: 4, dash: [22, 12], target }];
    case 'pen':
      return [{ kind: 'line', points: shape.points, stroke: ink, strokeWidth: 4, target }];
    case 'areas':
      return [
        {
          kind: 'line',
          points: shape.points,
          stroke: ink,
          strokeWidth: 2,
          fill: areaFill[shape.areaKind ?? 'other'],
          target,
        },
      ];
    case 'labels':
      return [
        {
          kind: 'text',
          x: shape.points[0] ?? 0,
          y: shape.points[1] ?? 0,
          lines: fitText(shape.text ?? '', 26, 320, 2),
          fontSize: 26,
          lineHeight: 1.15,
          fill: ink,
          bold: true,
          target,
        },
      ];
  }
}

export const markerRadius = baseMarkerRadius;
const gridStep = 100;
/** The grid covers at least this much around the centre, and always all that is drawn. */
const minGridExtent = 400;

/** A resource's marker as primitives: what is drawn on the marker, and the labels over every marker. */
export interface MarkerPrimitives {
  /** The circle in the capital's colour and the capital's icon on it. */
  marker: [CirclePrimitive, IconPrimitive];
  /** The capital's letter on the marker, and the name under (or beside) it on a paper backdrop. */
  labels: [TextPrimitive, TextPrimitive];
  /** From the marker to its name, when the name had to go further than beside it. */
  leader: LinePrimitive | null;
}

/**
 * One resource's marker: a circle in its capital's colour with the capital's icon and
 * letter on it (readable without colour) and its name where the layout put it
 * (mapLayout.ts). The canvas draws each resource from this too, so the wall and the PDF
 * place the same things.
 */
export function markerPrimitives(
  r: MapResource,
  letter: string,
  placement: LabelPlacement,
  look: MarkerLook = storedLook,
  selected = false,
): MarkerPrimitives {
  const m = look.radius / markerRadius;
  const { box } = placement;
  return {
    marker: [
      {
        kind: 'circle',
        x: r.x,
        y: r.y,
        r: look.radius,
        fill: capitalColour[r.capital],
        fillOpacity: 1,
        stroke: ink,
        strokeWidth: selected ? 7 : 3,
        target: r.id,
      },
      { kind: 'icon', x: r.x - 5 * m, y: r.y, size: 28 * m, data: capitalIcon[r.capital], fill: ink, target: r.id },
    ],
    labels: [
      {
        kind: 'text',
        x: r.x + 15 * m,
        y: r.y - 12 * m,
        lines: [letter],
        fontSize: look.letterFontSize,
        lineHeight: 1.2,
        fill: ink,
        bold: true,
        target: r.id,
      },
      {
        kind: 'text',
        x: box.x + box.width / 2,
        y: box.y,
        lines: placement.lines,
        fontSize: look.labelFontSize,
        lineHeight: labelLineHeight,
        fill: ink,
        bold: selected,
        backdrop: { fill: paper, opacity: 0.85, width: box.width },
        target: r.id,
      },
    ],
    leader: placement.leader
      ? {
          kind: 'line',
          points: placement.leader,
          stroke: ink,
          strokeWidth: Math.max(2, look.growth * 1.5),
          target: r.id,
        }
      : null,
  };
}

/** What lies under the markers: the photo's frame (or the photo itself, for print) and the drawn shapes not hidden. */
export function mapBackdropPrimitives(doc: ResourceMapDocument, photoHref?: string): Primitive[] {
  const primitives: Primitive[] = [];
  if (doc.photo) {
    // On the canvas the view draws the photo itself; the frame still counts for fitting.
    const { width, height } = photoSize(doc.photo);
    primitives.push(
      photoHref
        ? { kind: 'image', x: -width / 2, y: -height / 2, width, height, href: photoHref }
        : {
            kind: 'rect',
            x: -width / 2,
            y: -height / 2,
            width,
            height,
            fill: 'transparent',
            stroke: '#D1D5DB',
            strokeWidth: 2,
          },
    );
  }
  const hidden = new Set(doc.hiddenLayers);
  // Areas first, then lines, so roads and rivers cross fields rather than vanish under them.
  const drawn = [...doc.shapes]
    .filter((s) => !hidden.has(s.layer))
    .sort((a, b) => Number(b.layer === 'areas') - Number(a.layer === 'areas'));
  for (const shape of drawn) primitives.push(...shapePrimitives(shape));
  return primitives;
}

/** The background grid's lines, sized to what is drawn (`content`), so the printed map is not a small drawing lost in squares. */
export function mapGridPrimitives(content: Bounds): LinePrimitive[] {
  const b = content;
  const snap = (v: number, up: boolean): number => (up ? Math.ceil(v / gridStep) : Math.floor(v / gridStep)) * gridStep;
  const x0 = Math.min(-minGridExtent, snap(b.x, false));
  const x1 = Math.max(minGridExtent, snap(b.x + b.width, true));
  const y0 = Math.min(-minGridExtent, snap(b.y, false));
  const y1 = Math.max(minGridExtent, snap(b.y + b.height, true));
  const grid: LinePrimitive[] = [];
  for (let x = x0; x <= x1; x += gridStep)
    grid.push({ kind: 'line', points: [x, y0, x, y1], stroke: '#E5E7EB', strokeWidth: 2 });
  for (let y = y0; y <= y1; y += gridStep)
    grid.push({ kind: 'line', points: [x0, y, x1, y], stroke: '#E5E7EB', strokeWidth: 2 });
  return grid;
}

/** Whether the map has a grid under it (no photo, grid chosen). */
export const hasGrid = (doc: ResourceMapDocument): boolean => doc.background === 'grid' && !doc.photo;

/** Frames what is drawn as the canvas and the PDF do: with the grid (sized to it), or a margin. */
export function mapFrame(grid: boolean): (content: Bounds) => Bounds {
  if (!grid) return withMargin;
  return (content) => boundsOf(mapGridPrimitives(withGridMargin(content)), 10);
}

export const withGridMargin = (b: Bounds): Bounds => ({
  x: b.x - gridStep,
  y: b.y - gridStep,
  width: b.width + 2 * gridStep,
  height: b.height + 2 * gridStep,
});

/**
 * The village map: an optional grid, then each resource as a marker in its capital's
 * colour with the capital's letter inside (readable without colour) and its name beside
 * it, laid out at the stored size (mapLayout.ts), or for a canvas of the size `view` says.
 */
export function mapScene(
  doc: ResourceMapDocument,
  letters: Record<Capital, string>,
  selectedId: string | null = null,
  photoHref?: string,
  view?: MapView | null,
): Scene {
  const primitives = mapBackdropPrimitives(doc, photoHref);
  const shown = doc.hiddenLayers.includes('resources') ? [] : doc.resources;
  const layout = mapLayout(shown, primitives.length > 0 ? boundsOf(primitives, 0) : null, view, mapFrame(hasGrid(doc)));
  const labels: Primitive[] = [];
  for (const r of shown) {
    const piece = markerPrimitives(r, letters[r.capital], layout.labels.get(r.id)!, layout.look, r.id === selectedId);
    primitives.push(...piece.marker);
    if (piece.leader) labels.push(piece.leader);
    labels.push(...piece.labels);
  }
  const content = [...primitives, ...labels];
  if (!hasGrid(doc)) return { primitives: content, bounds: boundsOf(content, mapMargin) };
  const all = [...mapGridPrimitives(withGridMargin(boundsOf(content, 0))), ...content];
  return { primitives: all, bounds: boundsOf(all, 10) };
}
