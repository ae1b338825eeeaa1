import { estimateWidth, fitText } from '../../scene/fitText.js';
import {
  boundsOf,
  type Bounds,
  type CirclePrimitive,
  type Primitive,
  type Scene,
  type TextPrimitive,
} from '../../scene/primitives.js';
import { communityFill, ink, kindColour, paper, relationColour, relationDash } from '../../theme.js';
import { communityRadius, radiusOf } from './logic.js';
import type { Institution, VennDocument } from './schema.js';

export const labelFontSize = 24;
const labelLineHeight = 1.2;
const labelMaxWidth = 230;
/** How a selected circle is outlined: black and thick, over its own outline, in its own dash. */
export const selectedOutline = { stroke: '#000000', strokeWidth: 8 } as const;

export interface VennSceneOptions {
  communityName: string;
  selectedId?: string | null;
}

/** What one object of the diagram draws: its circle, and its label drawn above every circle. */
export interface VennPiece {
  /** The institution's id, or 'community'. */
  id: string;
  circle: CirclePrimitive;
  label: TextPrimitive;
}

/** The diagram as per-object pieces, in drawing order; a view draws each piece on its own. */
export interface VennPieces {
  community: VennPiece;
  /** From the largest circle to the smallest, so small circles are never hidden under big ones. */
  institutions: VennPiece[];
  bounds: Bounds;
}

export function communityPiece(communityName: string): VennPiece {
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
      x: 0,
      y: -communityRadius + 28,
      lines: fitText(communityName, 28, 260, 2),
      fontSize: 28,
      lineHeight: labelLineHeight,
      fill: ink,
      bold: true,
      target: 'community',
    },
  };
}

/** One institution's circle and label; a selected one is outlined black and labelled in bold. */
export function institutionPiece(inst: Institution, colourBy: VennDocument['colourBy'], selected = false): VennPiece {
  const r = radiusOf(inst);
  const colour = colourBy === 'relation' ? relationColour[inst.relation] : kindColour[inst.kind];
  const lines = fitText(inst.name, labelFontSize, labelMaxWidth, 2);
  const height = lines.length * labelFontSize * labelLineHeight;
  const widest = Math.max(...lines.map((l) => estimateWidth(l, labelFontSize)));
  return {
    id: inst.id,
    circle: {
      kind: 'circle',
      x: inst.x,
      y: inst.y,
      r,
      fill: colour,
      fillOpacity: 0.55,
      stroke: selected ? selectedOutline.stroke : ink,
      strokeWidth: selected ? selectedOutline.strokeWidth : 3,
      dash: relationDash[inst.relation],
      target: inst.id,
    },
    label: {
      kind: 'text',
      x: inst.x,
      y: inst.y - height / 2,
      lines,
      fontSize: labelFontSize,
      lineHeight: labelLineHeight,
      fill: ink,
      bold: selected,
      backdrop: { fill: paper, opacity: 0.8, width: Math.min(labelMaxWidth + 16, widest + 16) },
      target: inst.id,
    },
  };
}

const byImportance = (a: Institution, b: Institution): number => b.importance - a.importance;

// The unselected pieces of each institution object, kept while the object and the colour
// meaning are the same: an edit replaces only the institution it changes (actions.ts), so
// a view that compares pieces by identity redraws only that one.
const pieceCache = new WeakMap<Institution, { colourBy: VennDocument['colourBy']; piece: VennPiece }>();
let lastCommunity: { name: string; piece: VennPiece } | null = null;

/**
 * The diagram's pieces for a live view, unselected (the view draws the selection on its
 * own); the piece of an institution is the same object while the institution is.
 */
export function vennPieces(doc: VennDocument, communityName: string): VennPieces {
  if (lastCommunity?.name !== communityName)
    lastCommunity = { name: communityName, piece: communityPiece(communityName) };
  const community = lastCommunity.piece;
  const institutions = [...doc.institutions].sort(byImportance).map((inst) => {
    const known = pieceCache.get(inst);
    if (known && known.colourBy === doc.colourBy) return known.piece;
    const piece = institutionPiece(inst, doc.colourBy);
    pieceCache.set(inst, { colourBy: doc.colourBy, piece });
    return piece;
  });
  const primitives: Primitive[] = [community.circle, community.label];
  for (const p of institutions) primitives.push(p.circle, p.label);
  return { community, institutions, bounds: boundsOf(primitives, 30) };
}

/**
 * Draws the diagram: community circle, then institutions from the largest to the smallest
 * (so small circles are never hidden under big ones), then every label on top.
 */
export function vennScene(doc: VennDocument, options: VennSceneOptions): Scene {
  const community = communityPiece(options.communityName);
  const pieces = [...doc.institutions]
    .sort(byImportance)
    .map((inst) => institutionPiece(inst, doc.colourBy, inst.id === options.selectedId));
  const primitives = [community.circle, ...pieces.map((p) => p.circle), community.label, ...pieces.map((p) => p.label)];
  return { primitives, bounds: boundsOf(primitives, 30) };
}
