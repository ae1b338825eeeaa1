import { estimateWidth, fitText } from '../../scene/fitText.js';
import { boundsOf, type Primitive, type Scene } from '../../scene/primitives.js';
import { communityFill, ink, kindColour, paper, relationColour, relationDash } from '../../theme.js';
import { communityRadius, radiusOf } from './logic.js';
import type { VennDocument } from './schema.js';

export const labelFontSize = 24;
const labelLineHeight = 1.2;
const labelMaxWidth = 230;

export interface VennSceneOptions {
  communityName: string;
  selectedId?: string | null;
}

/**
 * Draws the diagram: community circle, then institutions from the largest to the smallest
 * (so small circles are never hidden under big ones), then every label on top.
 */
export function vennScene(doc: VennDocument, options: VennSceneOptions): Scene {
  const circles: Primitive[] = [];
  const labels: Primitive[] = [];
  circles.push({
    kind: 'circle',
    x: 0,
    y: 0,
    r: communityRadius,
    fill: communityFill,
    fillOpacity: 1,
    stroke: ink,
    strokeWidth: 4,
    target: 'community',
  });
  labels.push({
    kind: 'text',
    x: 0,
    y: -communityRadius + 28,
    lines: fitText(options.communityName, 28, 260, 2),
    fontSize: 28,
    lineHeight: labelLineHeight,
    fill: ink,
    bold: true,
    target: 'community',
  });
  const ordered = [...doc.institutions].sort((a, b) => b.importance - a.importance);
  for (const inst of ordered) {
    const r = radiusOf(inst);
    const colour = doc.colourBy === 'relation' ? relationColour[inst.relation] : kindColour[inst.kind];
    const selected = inst.id === options.selectedId;
    circles.push({
      kind: 'circle',
      x: inst.x,
      y: inst.y,
      r,
      fill: colour,
      fillOpacity: 0.55,
      stroke: selected ? '#000000' : ink,
      strokeWidth: selected ? 8 : 3,
      dash: relationDash[inst.relation],
      target: inst.id,
    });
    const lines = fitText(inst.name, labelFontSize, labelMaxWidth, 2);
    const height = lines.length * labelFontSize * labelLineHeight;
    const widest = Math.max(...lines.map((l) => estimateWidth(l, labelFontSize)));
    labels.push({
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
    });
  }
  const primitives = [...circles, ...labels];
  return { primitives, bounds: boundsOf(primitives, 30) };
}
