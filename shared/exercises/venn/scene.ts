import type {
  Bounds,
  CirclePrimitive,
  LinePrimitive,
  Primitive,
  Scene,
  TextPrimitive,
} from '../../scene/primitives.js';
import { communityFill, ink, kindColour, paper, relationColour, relationDash } from '../../theme.js';
import type { LabelPlacement } from '../../scene/labelPlacement.js';
import { baseLabelFontSize, labelLineHeight, vennLayout, type VennLayout } from './layout.js';
import { communityRadius, radiusOf } from './logic.js';
import type { Institution, VennDocument } from './schema.js';

/** A label's size at 100% zoom (layout.ts grows it for a large diagram on a small canvas). */
export const labelFontSize = baseLabelFontSize;
/** How a selected circle is outlined: black and thick, over its own outline, in its own dash. */
export const selectedOutline = { stroke: '#000000', strokeWidth: 8 } as const;

export interface VennSceneOptions {
  communityName: string;
  selectedId?: string | null;
  /** Laid out for a canvas (compressed, labels grown); without it, as stored, labels at the base size. */
  layout?: VennLayout;
}

/** What one object of the diagram draws: its circle, its label drawn above every circle, and the label's leader. */
export interface VennPiece {
  /** The institution's id, or 'community'. */
  id: string;
  circle: CirclePrimitive;
  label: TextPrimitive;
  /** The line from a small circle to its label outside it, or null when the label is inside. */
  leader: LinePrimitive | null;
}

/** The diagram as per-object pieces, in drawing order; a view draws each piece on its own. */
export interface VennPieces {
  community: VennPiece;
  /** From the largest circle to the smallest, so small circles are never hidden under big ones. */
  institutions: VennPiece[];
  bounds: Bounds;
  layout: VennLayout;
}

function communityPiece(communityName: string, layout: VennLayout): VennPiece {
  const { lines, box } = layout.communityLabel;
  return {
    id: 'community',
    circle: {
      kind: 'circle',
      x: 0,
      y: 0,
      r: communityRadius,
      fill: communityFill,
      fillOpacity: 1,
      stroke: ink,
      strokeWidth: 4,
      target: 'community',
    },
    label: {
      kind: 'text',
      x: box.x + box.width / 2,
      y: box.y,
      lines,
      fontSize: layout.communityFontSize,
      lineHeight: labelLineHeight,
      fill: ink,
      bold: true,
      target: 'community',
    },
    leader: null,
  };
}

function circleOf(
  inst: Institution,
  colourBy: VennDocument['colourBy'],
  at: { x: number; y: number },
  selected: boolean,
): CirclePrimitive {
  const colour = colourBy === 'relation' ? relationColour[inst.relation] : kindColour[inst.kind];
  return {
    kind: 'circle',
    x: at.x,
    y: at.y,
    r: radiusOf(inst),
    fill: colour,
    fillOpacity: 0.55,
    stroke: selected ? selectedOutline.stroke : ink,
    strokeWidth: selected ? selectedOutline.strokeWidth : 3,
    dash: relationDash[inst.relation],
    target: inst.id,
  };
}

function labelOf(id: string, placement: LabelPlacement, fontSize: number, selected: boolean): TextPrimitive {
  return {
    kind: 'text',
    x: placement.box.x + placement.box.width / 2,
    y: placement.box.y,
    lines: placement.lines,
    fontSize,
    lineHeight: labelLineHeight,
    fill: ink,
    bold: selected,
    backdrop: { fill: paper, opacity: 0.8, width: placement.box.width },
    target: id,
  };
}

function leaderOf(id: string, placement: LabelPlacement): LinePrimitive | null {
  return placement.leader ? { kind: 'line', points: placement.leader, stroke: ink, strokeWidth: 2, target: id } : null;
}

const byImportance = (a: Institution, b: Institution): number => b.importance - a.importance;

/** What a primitive draws, as a key: equal keys draw the same. */
const circleKey = (c: CirclePrimitive): string => `${c.fill}|${c.dash?.join(',') ?? ''}|${c.x}|${c.y}|${c.r}`;
const labelKey = (t: TextPrimitive, leader: LinePrimitive | null): string =>
  `${t.x}|${t.y}|${t.fontSize}|${t.backdrop?.width ?? 0}|${t.lines.join('\n')}|${leader?.points.join(',') ?? ''}`;

// The unselected pieces of each institution object, kept while the object and what it
// draws are the same: an edit replaces only the institution it changes (actions.ts), and a
// label moved aside by a neighbour makes a new label, not a new circle; so a view that
// compares pieces and primitives by identity redraws only what changed.
const pieceCache = new WeakMap<Institution, { circleKey: string; labelKey: string; piece: VennPiece }>();
let lastCommunity: { name: string; key: string; piece: VennPiece } | null = null;

/**
 * The diagram's pieces for a live view, unselected (the view draws the selection on its
 * own), laid out for the view; the piece of an institution is the same object while the
 * institution and where it is drawn are.
 */
export function vennPieces(
  doc: VennDocument,
  communityName: string,
  layout = vennLayout(doc, communityName),
): VennPieces {
  const communityNow = communityPiece(communityName, layout);
  const communityKey = labelKey(communityNow.label, null);
  if (lastCommunity?.name !== communityName || lastCommunity.key !== communityKey)
    lastCommunity = { name: communityName, key: communityKey, piece: communityNow };
  const community = lastCommunity.piece;
  const institutions = [...doc.institutions].sort(byImportance).map((inst) => {
    const circle = circleOf(inst, doc.colourBy, layout.shown.get(inst.id)!, false);
    const placement = layout.labels.get(inst.id)!;
    const label = labelOf(inst.id, placement, layout.labelFontSize, false);
    const leader = leaderOf(inst.id, placement);
    const keys = { circleKey: circleKey(circle), labelKey: labelKey(label, leader) };
    const known = pieceCache.get(inst);
    if (known && known.circleKey === keys.circleKey && known.labelKey === keys.labelKey) return known.piece;
    const piece: VennPiece = {
      id: inst.id,
      circle: known?.circleKey === keys.circleKey ? known.piece.circle : circle,
      label: known?.labelKey === keys.labelKey ? known.piece.label : label,
      leader: known?.labelKey === keys.labelKey ? known.piece.leader : leader,
    };
    pieceCache.set(inst, { ...keys, piece });
    return piece;
  });
  return { community, institutions, bounds: layout.bounds, layout };
}

/**
 * Draws the diagram: community circle, then institutions from the largest to the smallest
 * (so small circles are never hidden under big ones), then the leader lines, then every
 * label on top. Labels never overlap one another (shared/scene/labelPlacement.ts).
 */
export function vennScene(doc: VennDocument, options: VennSceneOptions): Scene {
  const layout = options.layout ?? vennLayout(doc, options.communityName);
  const community = communityPiece(options.communityName, layout);
  const ordered = [...doc.institutions].sort(byImportance);
  const circles = ordered.map((inst) =>
    circleOf(inst, doc.colourBy, layout.shown.get(inst.id)!, inst.id === options.selectedId),
  );
  const leaders = ordered.flatMap((inst) => {
    const leader = leaderOf(inst.id, layout.labels.get(inst.id)!);
    return leader ? [leader] : [];
  });
  const labels = ordered.map((inst) =>
    labelOf(inst.id, layout.labels.get(inst.id)!, layout.labelFontSize, inst.id === options.selectedId),
  );
  const primitives: Primitive[] = [community.circle, ...circles, ...leaders, community.label, ...labels];
  return { primitives, bounds: layout.bounds };
}
