import { estimateWidth, fitText } from '../../scene/fitText.js';
import { firstSpot, placeLabels, type LabelPlacement, type LabelRequest } from '../../scene/labelPlacement.js';
import { minLabelFontSize, type Bounds } from '../../scene/primitives.js';
import type { MapResource } from './schema.js';

/**
 * How large the map's markers and names are drawn, and where each name goes. The markers
 * stay where the village put them (a map's meaning is where things are), so when a fit of
 * the whole map would draw the names below the smallest size the room can read, the names
 * grow instead (and the markers with them, less), and each name goes where it covers no
 * other name: under its marker when there is room, else beside it on a leader line
 * (shared/scene/labelPlacement.ts). The canvas lays the map out for its size (18 px in the
 * editor, 24 px on the wall); the PDF and the poster lay it out at the stored size.
 */

/** The marker's radius, and the longest a name's line may be, at the stored size. */
export const baseMarkerRadius = 28;
const baseLabelMaxWidth = 200;
export const labelLineHeight = 1.15;
const backdropPadding = 12;
/** Names grow at most to four times their stored size: beyond that they only crowd each other out. */
const maxGrowth = 4;
/** The largest scale a fit uses (renderer/src/canvas/viewport.ts maxFitScale): a small map is not blown up further. */
const maxFitScale = 1.25;
/** Room around everything drawn, as the map always had. */
export const mapMargin = 30;

/** The sizes of a marker and its name; `growth` 1 is the stored size. */
export interface MarkerLook {
  growth: number;
  radius: number;
  /** The capital's letter and icon on the marker. */
  letterFontSize: number;
  labelFontSize: number;
  labelMaxWidth: number;
}

/**
 * Names grow by `growth`; markers by its square root, so a marker stays a mark on the map
 * and does not cover its neighbours as fast as its name grows.
 */
export function markerLook(growth: number): MarkerLook {
  const g = Math.max(1, growth);
  const m = Math.sqrt(g);
  return {
    growth: g,
    radius: baseMarkerRadius * m,
    letterFontSize: minLabelFontSize * m,
    labelFontSize: minLabelFontSize * g,
    labelMaxWidth: baseLabelMaxWidth * g,
  };
}

export const storedLook = markerLook(1);

/** The canvas a map is laid out for, and the smallest a name may be on it (px). */
export interface MapView {
  width: number;
  height: number;
  /** 18 in the editor, 24 on the wall (projection, audience). */
  minLabelPx: number;
}

export interface MapLayout {
  look: MarkerLook;
  /** Where each resource's name is drawn, by id: its lines, its backdrop's box, its leader line. */
  labels: Map<string, LabelPlacement>;
  /** What the markers and names cover, without margin. */
  bounds: Bounds;
}

/** A name's lines and the box of its backdrop, as the canvas and the PDF draw it. */
function nameText(name: string, look: MarkerLook): LabelRequest['outside'] {
  // Widths are estimated in proportion to the size, so the lines break in the same places
  // at every size: broken and measured once at the stored size (cached), then scaled. A
  // map of 1,000 names tried at several sizes breaks each name once.
  const lines = fitText(name, storedLook.labelFontSize, storedLook.labelMaxWidth, 2);
  // Bold (the selected look) runs about a tenth wider than the estimate: room for it.
  const widest = Math.max(0, ...lines.map((l) => estimateWidth(l, storedLook.labelFontSize) * 1.12)) * look.growth;
  const padding = Math.max(backdropPadding, look.labelFontSize * 0.5);
  return { lines, width: widest + padding, height: lines.length * look.labelFontSize * labelLineHeight };
}

/**
 * Above this many markers names are not moved clear of each other: a village map holds a
 * few dozen resources; one of hundreds cannot name them all apart anyway, and there a drop
 * would move the names of hundreds of markers (each placed where the ones before it left
 * room), which redraws them all.
 */
export const declutterLimit = 100;

/** Each name under its marker, where placeLabels tries first, without looking at the others. */
function underEach(requests: readonly LabelRequest[]): Map<string, LabelPlacement> {
  return new Map(requests.map((q) => [q.id, { id: q.id, lines: q.outside.lines, box: firstSpot(q), leader: null }]));
}

/** `declutter`: move names clear of each other (else each goes under its marker, where it is first tried). */
function place(
  resources: readonly MapResource[],
  under: Bounds | null,
  look: MarkerLook,
  declutter: boolean,
): MapLayout {
  const requests: LabelRequest[] = resources.map((r) => ({
    id: r.id,
    cx: r.x,
    cy: r.y,
    // The outline (at most 7 units, selected) and a little air.
    r: look.radius + 4,
    inside: null,
    outside: nameText(r.name, look),
    towards: Math.PI / 2,
  }));
  // Next to the marker first; a leader only for a name that had to move away from it.
  const labels =
    declutter && resources.length <= declutterLimit
      ? placeLabels(requests, [], look.labelFontSize, { extraRings: 0, minLeader: 10, offCirclesRings: Infinity })
      : underEach(requests);
  let x0 = under ? under.x : Infinity;
  let y0 = under ? under.y : Infinity;
  let x1 = under ? under.x + under.width : -Infinity;
  let y1 = under ? under.y + under.height : -Infinity;
  const grow = (ax: number, ay: number, bx: number, by: number) => {
    x0 = Math.min(x0, ax);
    y0 = Math.min(y0, ay);
    x1 = Math.max(x1, bx);
    y1 = Math.max(y1, by);
  };
  const outline = look.radius + 4;
  for (const r of resources) grow(r.x - outline, r.y - outline, r.x + outline, r.y + outline);
  for (const l of labels.values()) grow(l.box.x, l.box.y, l.box.x + l.box.width, l.box.y + l.box.height);
  const bounds =
    x0 === Infinity ? { x: -100, y: -100, width: 200, height: 200 } : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  return { look, labels, bounds };
}

/**
 * The map laid out: `under` is what lies below the markers (photo, drawn shapes), `frame`
 * turns what is drawn into what a fit shows (margin, grid). Without a view, at the stored
 * size. With one, names grow in quarter steps while that draws them larger at fit, until
 * they reach the view's minimum; quarter steps, so that a drop does not resize every name.
 */
export function mapLayout(
  resources: readonly MapResource[],
  under: Bounds | null,
  view?: MapView | null,
  frame: (content: Bounds) => Bounds = withMargin,
): MapLayout {
  if (!view || view.width <= 0 || view.height <= 0 || resources.length === 0)
    return place(resources, under, storedLook, true);
  const shownPx = (l: MapLayout): number => {
    const b = frame(l.bounds);
    return l.look.labelFontSize * Math.min(maxFitScale, view.width / b.width, view.height / b.height);
  };
  // The size is found with every name under its marker (quick), then the names are moved
  // clear of each other; if that widened the map past the minimum, a few steps more.
  let layout = place(resources, under, storedLook, false);
  let px = shownPx(layout);
  for (let round = 0; round < 6 && px < view.minLabelPx; round += 1) {
    const needed = (layout.look.growth * view.minLabelPx) / px;
    const growth = Math.min(maxGrowth, Math.ceil(needed * 1.05 * 4) / 4);
    if (growth <= layout.look.growth) break;
    const grown = place(resources, under, markerLook(growth), false);
    const grownPx = shownPx(grown);
    if (grownPx <= px) break;
    layout = grown;
    px = grownPx;
  }
  let placed = place(resources, under, layout.look, true);
  let placedPx = shownPx(placed);
  for (let round = 0; round < 4 && placedPx < view.minLabelPx && placed.look.growth < maxGrowth; round += 1) {
    const more = place(resources, under, markerLook(Math.min(maxGrowth, placed.look.growth + 0.25)), true);
    const morePx = shownPx(more);
    if (morePx <= placedPx) break;
    placed = more;
    placedPx = morePx;
  }
  return placed;
}

/** `b` with `margin` units of room on every side (the map's own margin unless told). */
export function withMargin(b: Bounds, margin = mapMargin): Bounds {
  return { x: b.x - margin, y: b.y - margin, width: b.width + 2 * margin, height: b.height + 2 * margin };
}
