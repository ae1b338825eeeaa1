import { boundsOf, type Primitive, type Scene } from '../../scene/primitives.js';
import { ink, mutedInk } from '../../theme.js';
import { capitalColour, capitals, maxRating, type Capital, type RatedResource } from './capitals.js';

/**
 * The asset pentagon: for each capital, the mean capability rating of its resources
 * divided by the top rating, so 0 is the centre (no access) and 1 the edge (full access).
 * A capital with no resource on the map sits at the centre.
 */
export type Pentagon = Record<Capital, number>;

export function pentagonOf(resources: readonly RatedResource[]): Pentagon {
  return Object.fromEntries(
    capitals.map((c) => {
      const ratings = resources.filter((r) => r.capital === c).map((r) => r.rating);
      const mean = ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : 0;
      return [c, mean / maxRating];
    }),
  ) as Pentagon;
}

/** Corner i of a regular pentagon of radius r, the first pointing up. */
export function corner(i: number, r: number): { x: number; y: number } {
  const angle = -Math.PI / 2 + (i * 2 * Math.PI) / capitals.length;
  return { x: Math.cos(angle) * r, y: Math.sin(angle) * r };
}

export interface PentagonSeries {
  values: Pentagon;
  stroke: string;
  dash?: number[];
}

/**
 * Rings at each rating step, five axes in the capitals' colours, and one closed outline
 * per series (before and after overlaid), as vector primitives for the wall and the PDF.
 */
export function pentagonScene(series: readonly PentagonSeries[], labels: Record<Capital, string>, radius = 200): Scene {
  const primitives: Primitive[] = [];
  for (let step = 1; step <= maxRating; step += 1) {
    const r = (radius * step) / maxRating;
    const ring = capitals.flatMap((_, i) => Object.values(corner(i, r)));
    primitives.push({
      kind: 'line',
      points: [...ring, ring[0]!, ring[1]!],
      stroke: '#D1D5DB',
      strokeWidth: step === maxRating ? 3 : 1,
    });
  }
  capitals.forEach((c, i) => {
    const end = corner(i, radius);
    primitives.push({ kind: 'line', points: [0, 0, end.x, end.y], stroke: capitalColour[c], strokeWidth: 4 });
    const at = corner(i, radius + 44);
    primitives.push({
      kind: 'text',
      x: at.x,
      y: at.y - 14,
      lines: [labels[c]],
      fontSize: 24,
      lineHeight: 1.2,
      fill: ink,
      bold: true,
    });
  });
  for (const s of series) {
    const points = capitals.flatMap((c, i) => Object.values(corner(i, radius * s.values[c])));
    primitives.push({
      kind: 'line',
      points: [...points, points[0]!, points[1]!],
      stroke: s.stroke,
      strokeWidth: 5,
      dash: s.dash,
    });
  }
  primitives.push({
    kind: 'circle',
    x: 0,
    y: 0,
    r: 4,
    fill: mutedInk,
    fillOpacity: 1,
    stroke: mutedInk,
    strokeWidth: 1,
  });
  return { primitives, bounds: boundsOf(primitives, 20) };
}
