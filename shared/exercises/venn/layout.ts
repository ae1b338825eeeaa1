import { estimateWidth, fitText } from '../../scene/fitText.js';
import type { Bounds } from '../../scene/primitives.js';
import {
  placeLabels,
  type Box,
  type LabelPlacement,
  type LabelRequest,
  type LabelText,
} from '../../scene/labelPlacement.js';
import { closenessBandLimits, communityRadius, radiusOf, tiesOf } from './logic.js';
import type { Importance, Institution, VennDocument } from './schema.js';

/**
 * Where the Venn is DRAWN, as against where it is stored. The stored x, y stay raw
 * (domain.md); what the diagram means is each institution's band (0-3) and the order of
 * closeness, not the pixels. So when a diagram with "very far" institutions would not fit
 * the canvas with labels at their minimum size, the gap beyond the band-2 limit is
 * compressed for display: every institution keeps its band and its order of distance
 * from the community circle, and the far ones are pulled in. Labels grow with the
 * diagram instead of shrinking, and go outside small circles (shared/scene/labelPlacement.ts).
 */

/** A label's size at 100% zoom; on the wall it grows when the diagram is large (vennLayout). */
export const baseLabelFontSize = 24;
export const labelLineHeight = 1.2;
/** Widest a label line may be, at the base size; it grows with the label. */
const baseLabelMaxWidth = 230;
const backdropPadding = 16;
const communityFontRatio = 28 / 24;
/** The widest the community's name may be: inside its circle (diameter 340), near the top. */
const communityLabelWidth = 300;
/** Room around everything drawn, as the scene always had. */
export const sceneMargin = 30;
/** The largest scale a fit uses (renderer/src/canvas/viewport.ts maxFitScale): a small diagram is not blown up further. */
const maxFitScale = 1.25;

/**
 * How hard the gap beyond the band-2 limit is compressed: a gap g past the limit is drawn
 * as A·ln(1 + g/A). Larger A compresses less. A fixed ladder (not a value solved to the
 * pixel) so that a small edit, or a drop, does not move every far circle by a fraction.
 */
const compressionLadder = [1600, 800, 400, 200, 100, 50, 25, 12] as const;
const compressFrom = closenessBandLimits[2];
/** Labels grow at most to four times their base size: beyond that they only crowd each other out. */
const maxLabelFontSize = 4 * 24;

/** The canvas a diagram is laid out for, and the smallest a label may be on it (px). */
export interface VennView {
  width: number;
  height: number;
  /** 18 in the editor, 24 on the wall (projection, audience). */
  minLabelPx: number;
}

export interface VennLayout {
  /** The compression's A, or null when the diagram is drawn where it is stored. */
  compression: number | null;
  labelFontSize: number;
  communityFontSize: number;
  /** Where each institution's centre is drawn, by id. */
  shown: Map<string, { x: number; y: number }>;
  labels: Map<string, LabelPlacement>;
  communityLabel: { lines: string[]; box: Box };
  bounds: Bounds;
}

/** The gap beyond the band-2 limit, compressed; bands 0-2 are drawn as they are. */
export function compressGap(gap: number, a: number | null): number {
  if (a === null || gap <= compressFrom) return gap;
  return compressFrom + a * Math.log1p((gap - compressFrom) / a);
}

export function expandGap(shown: number, a: number | null): number {
  if (a === null || shown <= compressFrom) return shown;
  return compressFrom + a * Math.expm1((shown - compressFrom) / a);
}

/** Moves a centre along its ray from the community's centre so its edge gap becomes `map(gap)`. */
function alongRay(
  x: number,
  y: number,
  importance: Importance,
  map: (gap: number) => number,
): { x: number; y: number } {
  const d = Math.hypot(x, y);
  const r = radiusOf({ importance });
  const gap = d - communityRadius - r;
  const mapped = map(gap);
  if (d === 0 || mapped === gap) return { x, y };
  const k = (communityRadius + r + mapped) / d;
  return { x: x * k, y: y * k };
}

export function shownPosition(inst: Pick<Institution, 'x' | 'y' | 'importance'>, a: number | null) {
  return alongRay(inst.x, inst.y, inst.importance, (g) => compressGap(g, a));
}

/** Stored coordinates are bounded (schema.ts); a drop far out in a compressed view stays within them. */
const coordinateLimit = 100_000;

/**
 * Where a circle dropped at `shown` (drawn coordinates) is stored: the same direction, and
 * the gap the compression would draw there, so the band it is stored in is the band it was
 * dropped in.
 */
export function storedPosition(importance: Importance, shown: { x: number; y: number }, a: number | null) {
  const raw = alongRay(shown.x, shown.y, importance, (g) => expandGap(g, a));
  const far = Math.max(Math.abs(raw.x), Math.abs(raw.y));
  const k = far > coordinateLimit ? coordinateLimit / far : 1;
  return { x: Math.round(raw.x * k), y: Math.round(raw.y * k) };
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Compression pulls far circles together: two that did not overlap as stored may overlap
 * as drawn, which would read as a tie they do not have. Such circles are turned apart
 * round the community's centre (same distance, so the same band and order). Ties that are
 * stored stay: pulling in only brings circles closer.
 */
function untangle(doc: VennDocument, shown: Map<string, { x: number; y: number }>, a: number): void {
  const stored = new Set(tiesOf(doc).map((t) => pairKey(t.a, t.b)));
  const list = doc.institutions;
  const at = list.map((i) => shown.get(i.id)!);
  const radius = list.map((i) => radiusOf(i));
  const movable = list.map((i) => {
    const gap = Math.hypot(i.x, i.y) - communityRadius - radiusOf(i);
    return compressGap(gap, a) !== gap;
  });
  for (let round = 0; round < 30; round += 1) {
    let turned = false;
    for (let m = 0; m < list.length; m += 1) {
      if (!movable[m]) continue;
      for (let o = 0; o < list.length; o += 1) {
        if (o === m) continue;
        const pm = at[m]!;
        const po = at[o]!;
        const need = radius[m]! + radius[o]! + 2;
        const dx = pm.x - po.x;
        const dy = pm.y - po.y;
        if (dx * dx + dy * dy >= need * need || stored.has(pairKey(list[m]!.id, list[o]!.id))) continue;
        // Both movable: each turns half; the other way from the one it hits.
        const share = movable[o] ? 0.5 : 1;
        const dist = Math.hypot(pm.x, pm.y) || 1;
        const angle = (((need - Math.hypot(dx, dy)) * share) / dist) * 1.05;
        const side = pm.x * po.y - pm.y * po.x > 0 ? -1 : 1;
        const cos = Math.cos(side * angle);
        const sin = Math.sin(side * angle);
        at[m] = { x: pm.x * cos - pm.y * sin, y: pm.x * sin + pm.y * cos };
        turned = true;
      }
    }
    if (!turned) break;
  }
  list.forEach((inst, k) => shown.set(inst.id, at[k]!));
}

/** Where each centre is drawn under compression `a`; `untangled` also turns apart circles it made overlap. */
function positionsFor(doc: VennDocument, a: number | null, untangled = true): Map<string, { x: number; y: number }> {
  const shown = new Map(doc.institutions.map((i) => [i.id, shownPosition(i, a)]));
  if (a !== null && untangled) untangle(doc, shown, a);
  return shown;
}

function circlesBounds(doc: VennDocument, shown: Map<string, { x: number; y: number }>): Bounds {
  let minX = -communityRadius;
  let minY = -communityRadius;
  let maxX = communityRadius;
  let maxY = communityRadius;
  for (const i of doc.institutions) {
    const p = shown.get(i.id)!;
    const r = radiusOf(i);
    minX = Math.min(minX, p.x - r);
    minY = Math.min(minY, p.y - r);
    maxX = Math.max(maxX, p.x + r);
    maxY = Math.max(maxY, p.y + r);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

const sameWords = (lines: readonly string[], text: string): boolean =>
  lines.join(' ') === text.trim().split(/\s+/u).join(' ');

function textOf(lines: string[], fontSize: number, maxWidth: number): LabelText {
  const widest = Math.max(0, ...lines.map((l) => estimateWidth(l, fontSize)));
  // The width is an estimate (fitText.ts); a short name in capitals ('BUMDes') runs wider,
  // and the canvas cuts what leaves the box: the padding grows with the letters.
  const padding = Math.max(backdropPadding, fontSize * 0.75);
  return {
    lines,
    width: Math.min(maxWidth + padding, widest + padding),
    height: lines.length * fontSize * labelLineHeight,
  };
}

/**
 * A label fits inside its circle when, broken to about the circle's width, its whole words
 * take at most two lines, no wider than 2.4 radii (the backdrop may overhang the outline a
 * little, as it always did) and no taller than 1.7 radii.
 */
function insideText(name: string, r: number, fontSize: number): LabelText | null {
  const width = 2.4 * r;
  const lines = fitText(name, fontSize, width, 2);
  if (!sameWords(lines, name)) return null;
  const t = textOf(lines, fontSize, width);
  return t.height <= 1.7 * r ? t : null;
}

export function labelRequests(
  doc: VennDocument,
  shown: Map<string, { x: number; y: number }>,
  fontSize: number,
): LabelRequest[] {
  const maxWidth = (baseLabelMaxWidth * fontSize) / baseLabelFontSize;
  return [...doc.institutions]
    .sort((a, b) => b.importance - a.importance)
    .map((inst) => {
      const p = shown.get(inst.id)!;
      const r = radiusOf(inst);
      return {
        id: inst.id,
        cx: p.x,
        cy: p.y,
        r,
        inside: insideText(inst.name, r, fontSize),
        outside: textOf(fitText(inst.name, fontSize, maxWidth, 2), fontSize, maxWidth),
      };
    });
}

function communityLabelOf(name: string, fontSize: number): { lines: string[]; box: Box } {
  // Inside the community circle, near its top; wider lines would leave the circle.
  // ...but never narrower than its longest word: on a crowded wall the labels' size wins over
  // the circle's edge, and a name cut inside a word ('Sukama / ju') reads as two words.
  const longestWord = Math.max(0, ...name.split(/\s+/u).map((w) => estimateWidth(w, fontSize) * 1.12));
  const maxWidth = Math.max(
    longestWord,
    Math.min(communityLabelWidth, (260 * fontSize) / (baseLabelFontSize * communityFontRatio)),
  );
  const lines = fitText(name, fontSize, maxWidth, 3);
  const t = textOf(lines, fontSize, maxWidth);
  const top = -communityRadius + Math.min(28, fontSize);
  return { lines, box: { x: -t.width / 2, y: top, width: t.width, height: t.height } };
}

function boundsOfLayout(
  doc: VennDocument,
  shown: Map<string, { x: number; y: number }>,
  labels: Map<string, LabelPlacement>,
  community: Box,
): Bounds {
  const c = circlesBounds(doc, shown);
  let minX = Math.min(c.x, community.x);
  let minY = Math.min(c.y, community.y);
  let maxX = Math.max(c.x + c.width, community.x + community.width);
  let maxY = Math.max(c.y + c.height, community.y + community.height);
  for (const l of labels.values()) {
    minX = Math.min(minX, l.box.x);
    minY = Math.min(minY, l.box.y);
    maxX = Math.max(maxX, l.box.x + l.box.width);
    maxY = Math.max(maxY, l.box.y + l.box.height);
  }
  return {
    x: minX - sceneMargin,
    y: minY - sceneMargin,
    width: maxX - minX + 2 * sceneMargin,
    height: maxY - minY + 2 * sceneMargin,
  };
}

function place(
  doc: VennDocument,
  communityName: string,
  shown: Map<string, { x: number; y: number }>,
  compression: number | null,
  fontSize: number,
): VennLayout {
  // The community's name is a little larger than the labels, but never so large that its
  // longest word no longer fits the community circle (it would be cut inside the word).
  const longestWord = Math.max(1, ...communityName.split(/\s+/u).map((w) => estimateWidth(w, 1)));
  const communityFontSize = Math.floor(
    Math.max(fontSize, Math.min(fontSize * communityFontRatio, communityLabelWidth / (longestWord * 1.12))),
  );
  const communityLabel = communityLabelOf(communityName, communityFontSize);
  const labels = placeLabels(labelRequests(doc, shown, fontSize), [communityLabel.box], fontSize);
  return {
    compression,
    labelFontSize: fontSize,
    communityFontSize,
    shown,
    labels,
    communityLabel,
    bounds: boundsOfLayout(doc, shown, labels, communityLabel.box),
  };
}

const fitScale = (b: Bounds, view: VennView): number =>
  Math.min(maxFitScale, view.width / b.width, view.height / b.height);

/**
 * The diagram laid out for a canvas. Without a view (the PDF, the poster) it is drawn where
 * it is stored, labels at the base size, each placed clear of the others. With one:
 * 1. the least compression (none if possible) under which the circles, with room for
 *    their labels, fit the canvas at the scale that draws base-size labels at the minimum;
 * 2. then, when even that does not fit, the labels grow until a fit of everything draws
 *    them at least at the minimum (the fit itself never cuts anything off: viewport.ts).
 * Label sizes go up in steps of 2 units, so a drop does not resize every label.
 */
export function vennLayout(doc: VennDocument, communityName: string, view?: VennView | null): VennLayout {
  if (!view || view.width <= 0 || view.height <= 0) {
    return place(doc, communityName, positionsFor(doc, null), null, baseLabelFontSize);
  }
  const preferredScale = view.minLabelPx / baseLabelFontSize;
  const room = { width: view.width / preferredScale, height: view.height / preferredScale };
  // Room a label may take beyond its circle, on each side.
  const labelRoom = 4 * baseLabelFontSize;
  const fits = (b: Bounds): boolean =>
    b.width + 2 * (labelRoom + sceneMargin) <= room.width && b.height + 2 * (labelRoom + sceneMargin) <= room.height;

  let compression: number | null = null;
  let shown = positionsFor(doc, null);
  // Only the gap beyond the band-2 limit is compressed: with nothing out there, nothing to pull in.
  const anyFar = doc.institutions.some((i) => Math.hypot(i.x, i.y) - communityRadius - radiusOf(i) > compressFrom);
  if (anyFar && !fits(circlesBounds(doc, shown))) {
    // Turning circles apart keeps their distance, so the span is judged without it.
    compression =
      compressionLadder.find((a) => fits(circlesBounds(doc, positionsFor(doc, a, false)))) ?? compressionLadder.at(-1)!;
    shown = positionsFor(doc, compression);
  }

  // Grows the labels while that draws them larger on the canvas; a crowded diagram whose
  // labels would only push each other further out stops at its best.
  let layout = place(doc, communityName, shown, compression, baseLabelFontSize);
  let shownPx = layout.labelFontSize * fitScale(layout.bounds, view);
  for (let round = 0; round < 5 && shownPx < view.minLabelPx; round += 1) {
    const needed = (layout.labelFontSize * view.minLabelPx) / shownPx;
    const fontSize = Math.min(maxLabelFontSize, 2 * Math.ceil((needed * 1.05) / 2));
    if (fontSize <= layout.labelFontSize) break;
    const grown = place(doc, communityName, shown, compression, fontSize);
    const grownPx = fontSize * fitScale(grown.bounds, view);
    if (grownPx <= shownPx) break;
    layout = grown;
    shownPx = grownPx;
  }
  return layout;
}
