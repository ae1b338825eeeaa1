import type { Importance, Institution, Relation, VennDocument } from './schema.js';

/** Fixed radii so that sizes compare across diagrams (domain.md: ordinal 1-4). */
export const communityRadius = 170;
export const importanceRadius: Record<Importance, number> = { 1: 40, 2: 60, 3: 85, 4: 115 };

/**
 * Closeness bands by the gap between the edges of the institution and the community
 * circle: 0 = inside or touching (very close), 1 = close, 2 = distant, 3 = very distant.
 */
export const closenessBandLimits = [0, 120, 280] as const;
export type ClosenessBand = 0 | 1 | 2 | 3;

export function radiusOf(i: Pick<Institution, 'importance'>): number {
  return importanceRadius[i.importance];
}

export function edgeGap(i: Pick<Institution, 'x' | 'y' | 'importance'>): number {
  return Math.hypot(i.x, i.y) - communityRadius - radiusOf(i);
}

export function closenessBand(i: Pick<Institution, 'x' | 'y' | 'importance'>): ClosenessBand {
  const gap = edgeGap(i);
  if (gap <= closenessBandLimits[0]) return 0;
  if (gap <= closenessBandLimits[1]) return 1;
  if (gap <= closenessBandLimits[2]) return 2;
  return 3;
}

export type TieStrength = 'weak' | 'medium' | 'strong';

export interface Tie {
  a: string;
  b: string;
  /** Overlap depth as a share of the smaller circle's diameter, 0 < overlap <= 1. */
  overlap: number;
  strength: TieStrength;
}

export function tieBetween(a: Institution, b: Institution): Tie | null {
  const ra = radiusOf(a);
  const rb = radiusOf(b);
  const depth = ra + rb - Math.hypot(a.x - b.x, a.y - b.y);
  if (depth <= 0) return null;
  const overlap = Math.min(1, depth / (2 * Math.min(ra, rb)));
  const strength: TieStrength = overlap < 1 / 3 ? 'weak' : overlap < 2 / 3 ? 'medium' : 'strong';
  return { a: a.id, b: b.id, overlap, strength };
}

/** Every pair of overlapping institutions: they work together. */
export function tiesOf(doc: Pick<VennDocument, 'institutions'>): Tie[] {
  const ties: Tie[] = [];
  const list = doc.institutions;
  for (let i = 0; i < list.length; i += 1) {
    for (let j = i + 1; j < list.length; j += 1) {
      const tie = tieBetween(list[i]!, list[j]!);
      if (tie) ties.push(tie);
    }
  }
  return ties;
}

export interface InstitutionRow {
  id: string;
  name: string;
  kind: Institution['kind'];
  relation: Relation;
  importance: Importance;
  band: ClosenessBand;
  /** Names of the institutions it overlaps, strongest first. */
  ties: { name: string; strength: TieStrength }[];
  notes: string;
}

/** The derived table that goes next to the picture, most important first. */
export function institutionTable(doc: VennDocument): InstitutionRow[] {
  const byId = new Map(doc.institutions.map((i) => [i.id, i]));
  // Each institution's ties, in the order tiesOf finds them (grouped once, not searched per row:
  // a crowded diagram of 200 circles has thousands of ties).
  const tiesOfEach = new Map<string, Tie[]>();
  for (const tie of tiesOf(doc))
    for (const end of tie.a === tie.b ? [tie.a] : [tie.a, tie.b]) {
      const list = tiesOfEach.get(end);
      if (list) list.push(tie);
      else tiesOfEach.set(end, [tie]);
    }
  return doc.institutions
    .map((inst) => ({
      id: inst.id,
      name: inst.name,
      kind: inst.kind,
      relation: inst.relation,
      importance: inst.importance,
      band: closenessBand(inst),
      ties: (tiesOfEach.get(inst.id) ?? [])
        .sort((t1, t2) => t2.overlap - t1.overlap)
        .map((t) => ({ name: byId.get(t.a === inst.id ? t.b : t.a)?.name ?? '', strength: t.strength })),
      notes: inst.notes,
    }))
    .sort((r1, r2) => r2.importance - r1.importance || r1.band - r2.band || r1.name.localeCompare(r2.name));
}

/**
 * Where to put a new institution: on a ring outside the community circle, at the first
 * free angle, so a new circle never lands on top of another.
 */
export function placeNewInstitution(doc: VennDocument, importance: Importance): { x: number; y: number } {
  const r = importanceRadius[importance];
  const ring = communityRadius + r + 60;
  for (let k = 0; k < 24; k += 1) {
    const angle = -Math.PI / 2 + (k * 2 * Math.PI) / 12 + (k >= 12 ? Math.PI / 12 : 0);
    const distance = k >= 12 ? ring + 2 * r + 40 : ring;
    const candidate = { x: Math.round(Math.cos(angle) * distance), y: Math.round(Math.sin(angle) * distance) };
    const free = doc.institutions.every((o) => Math.hypot(o.x - candidate.x, o.y - candidate.y) > radiusOf(o) + r + 10);
    if (free) return candidate;
  }
  return { x: ring, y: 0 };
}
