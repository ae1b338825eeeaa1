import { fitText } from '../../scene/fitText.js';
import { boundsOf, type Primitive, type Scene } from '../../scene/primitives.js';
import { ink, paper } from '../../theme.js';
import { capitalColour, type Capital } from './capitals.js';
import type { ResourceMapDocument } from './schema.js';

export const markerRadius = 28;
const gridStep = 100;
const gridExtent = 800;

/**
 * The village map: an optional grid, then each resource as a marker in its capital's
 * colour with the capital's letter inside (readable without colour) and its name below.
 */
export function mapScene(doc: ResourceMapDocument, letters: Record<Capital, string>, selectedId: string | null = null): Scene {
  const primitives: Primitive[] = [];
  if (doc.background === 'grid')
    for (let v = -gridExtent; v <= gridExtent; v += gridStep) {
      primitives.push({ kind: 'line', points: [v, -gridExtent, v, gridExtent], stroke: '#E5E7EB', strokeWidth: 2 });
      primitives.push({ kind: 'line', points: [-gridExtent, v, gridExtent, v], stroke: '#E5E7EB', strokeWidth: 2 });
    }
  const labels: Primitive[] = [];
  for (const r of doc.resources) {
    const selected = r.id === selectedId;
    primitives.push({
      kind: 'circle',
      x: r.x,
      y: r.y,
      r: markerRadius,
      fill: capitalColour[r.capital],
      fillOpacity: 1,
      stroke: ink,
      strokeWidth: selected ? 7 : 3,
      target: r.id,
    });
    labels.push({ kind: 'text', x: r.x, y: r.y - 16, lines: [letters[r.capital]], fontSize: 26, lineHeight: 1.2, fill: ink, bold: true, target: r.id });
    const lines = fitText(r.name, 22, 200, 2);
    labels.push({
      kind: 'text',
      x: r.x,
      y: r.y + markerRadius + 4,
      lines,
      fontSize: 22,
      lineHeight: 1.15,
      fill: ink,
      bold: selected,
      backdrop: { fill: paper, opacity: 0.85, width: 210 },
      target: r.id,
    });
  }
  const all = [...primitives, ...labels];
  return { primitives: all, bounds: boundsOf(all, 30) };
}
