/**
 * Where each label of a drawing goes: inside its circle when it fits there, otherwise
 * outside beside it with a leader line, and never over another label. The Venn's circles
 * (venn/layout.ts) and the map's markers (resources/mapLayout.ts) are placed by it; the
 * canvas and the PDF draw from the same placement, so neither shows two labels on top of
 * each other.
 */

/** A box in diagram units: top-left corner and size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label's text, broken into lines, and the box its backdrop takes. */
export interface LabelText {
  lines: string[];
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The circle the label names. */
  cx: number;
  cy: number;
  r: number;
  /** The text broken to fit inside the circle, or null when it cannot (too small a circle). */
  inside: LabelText | null;
  /** The text broken for outside the circle. */
  outside: LabelText;
  /**
   * The side tried first, as an angle (radians, y down): a map's name goes under its
   * marker (π/2). Without it, away from the drawing's centre (0, 0), as a Venn's does.
   */
  towards?: number;
}

export interface PlacementOptions {
  /**
   * Rings searched beyond the first one with a free spot, for a spot that widens the
   * drawing less (2, the Venn's). A map keeps its names next to their markers: 0.
   */
  extraRings?: number;
  /**
   * Rings tried before giving up (30, the Venn's: a label is never dropped, it goes far
   * out). A map of thousands of markers cannot name them all clear of each other; after a
   * few rings its name stays in the first spot tried, under its marker, as it always was.
   */
  maxRings?: number;
  /** A label this close to its circle needs no leader line (2: the Venn draws even short ones). */
  minLeader?: number;
  /**
   * Rings in which a label keeps off the body of every other circle (4, the Venn's: further
   * out a label may cross a far circle rather than go further still). A map's names never
   * cover another marker: all of them.
   */
  offCirclesRings?: number;
}

export interface LabelPlacement {
  id: string;
  lines: string[];
  /** The backdrop box. */
  box: Box;
  /** From the circle's edge to the label, when the label is outside: x0, y0, x1, y1. */
  leader: number[] | null;
}

/** Room kept between two labels, so their backdrops never touch. */
const labelGap = 4;
const directions = 16;
const farthestRing = 30;

export function boxesIntersect(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

/**
 * Placed boxes by grid cell: a crowded diagram (500 institutions) checks each candidate
 * against its neighbours only, not against every label placed so far.
 */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly cell: number) {}

  private keys(b: Box): number[] {
    const keys: number[] = [];
    const x0 = Math.floor(b.x / this.cell);
    const x1 = Math.floor((b.x + b.width) / this.cell);
    const y0 = Math.floor(b.y / this.cell);
    const y1 = Math.floor((b.y + b.height) / this.cell);
    for (let x = x0; x <= x1; x += 1) for (let y = y0; y <= y1; y += 1) keys.push(x * 1_000_003 + y);
    return keys;
  }

  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }

  hits(b: Box, gap: number): boolean {
    const grown = { x: b.x - gap, y: b.y - gap, width: b.width + 2 * gap, height: b.height + 2 * gap };
    for (const k of this.keys(grown))
      for (const other of this.cells.get(k) ?? []) if (boxesIntersect(b, other, gap)) return true;
    return false;
  }
}

function circlesSpan(requests: readonly LabelRequest[]): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const q of requests) {
    minX = Math.min(minX, q.cx - q.r);
    minY = Math.min(minY, q.cy - q.r);
    maxX = Math.max(maxX, q.cx + q.r);
    maxY = Math.max(maxY, q.cy + q.r);
  }
  return minX === Infinity
    ? { x: 0, y: 0, width: 0, height: 0 }
    : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

const centred = (cx: number, cy: number, t: LabelText): Box => ({
  x: cx - t.width / 2,
  y: cy - t.height / 2,
  width: t.width,
  height: t.height,
});

/** The point of the box nearest to (px, py). */
function nearestOnBox(b: Box, px: number, py: number): [number, number] {
  return [Math.min(b.x + b.width, Math.max(b.x, px)), Math.min(b.y + b.height, Math.max(b.y, py))];
}

/** The leader from the circle's edge towards the label, to the label's nearest point. */
function leaderTo(req: LabelRequest, b: Box, minLeader: number): number[] | null {
  const bx = b.x + b.width / 2;
  const by = b.y + b.height / 2;
  const d = Math.hypot(bx - req.cx, by - req.cy) || 1;
  const ex = req.cx + ((bx - req.cx) / d) * req.r;
  const ey = req.cy + ((by - req.cy) / d) * req.r;
  const [nx, ny] = nearestOnBox(b, ex, ey);
  return Math.hypot(nx - ex, ny - ey) < minLeader ? null : [ex, ey, nx, ny];
}

/**
 * The k-th spot of a ring round the circle: 0, +1, -1, +2, -2 … sixteenths of the circle
 * from the direction `base`, `ring` steps out beyond a small gap.
 */
function spotAt(req: LabelRequest, base: number, ring: number, k: number, step: number): Box {
  const t = req.outside;
  const turn = (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2);
  const angle = base + (turn * 2 * Math.PI) / directions;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const reach = req.r + 6 + ring * step + Math.abs((t.width / 2) * cos) + Math.abs((t.height / 2) * sin);
  return centred(req.cx + cos * reach, req.cy + sin * reach, t);
}

/** The side a label tries first: `towards`, else away from the drawing's centre (upwards at the centre itself). */
const baseAngle = (req: LabelRequest): number =>
  req.towards ?? (req.cx === 0 && req.cy === 0 ? -Math.PI / 2 : Math.atan2(req.cy, req.cx));

/** The first spot tried for a label, beside its circle on its preferred side: where a map's name goes when not moved. */
export const firstSpot = (req: LabelRequest): Box => spotAt(req, baseAngle(req), 0, 0, 0);

/**
 * Places every label. `fixed` boxes (the community's name) are kept clear. Labels that fit
 * inside their circle go there first, largest circle first (the order given); one that
 * would cover a label already placed goes outside instead. Outside labels go beside their
 * circle, first on its preferred side (`towards`; else away from the community, outwards),
 * then round it and further out, at the first spot where they touch no label; in the
 * first rings (`offCirclesRings`) they also keep off the body of every other circle (the
 * square inside it), so a label does not sit on a circle it does not name. `fontSize`
 * sets the steps.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  fixed: readonly Box[],
  fontSize: number,
  { extraRings = 2, maxRings = farthestRing, minLeader = 2, offCirclesRings = 4 }: PlacementOptions = {},
): Map<string, LabelPlacement> {
  const placed = new BoxGrid(Math.max(64, fontSize * 6));
  for (const b of fixed) placed.add(b);
  const centres = new BoxGrid(Math.max(64, fontSize * 6));
  for (const req of requests)
    centres.add({ x: req.cx - 0.7 * req.r, y: req.cy - 0.7 * req.r, width: 1.4 * req.r, height: 1.4 * req.r });
  const result = new Map<string, LabelPlacement>();
  const outside: LabelRequest[] = [];

  for (const req of requests) {
    if (!req.inside) {
      outside.push(req);
      continue;
    }
    const box = centred(req.cx, req.cy, req.inside);
    if (placed.hits(box, labelGap)) {
      outside.push(req);
      continue;
    }
    placed.add(box);
    result.set(req.id, { id: req.id, lines: req.inside.lines, box, leader: null });
  }

  const step = Math.max(8, fontSize * 0.6);
  // What the circles span: a label that stays within it does not make the fitted diagram smaller.
  const span = circlesSpan(requests);
  const growth = (b: Box): number =>
    Math.max(0, span.x - b.x) +
    Math.max(0, b.x + b.width - (span.x + span.width)) +
    Math.max(0, span.y - b.y) +
    Math.max(0, b.y + b.height - (span.y + span.height));
  for (const req of outside) {
    const t = req.outside;
    const base = baseAngle(req);
    let chosen: { box: Box; cost: number } | null = null;
    let firstRing = -1;
    for (let ring = 0; ring < maxRings; ring += 1) {
      if (firstRing >= 0 && ring > firstRing + extraRings) break;
      for (let k = 0; k < directions; k += 1) {
        const box = spotAt(req, base, ring, k, step);
        if (placed.hits(box, labelGap)) continue;
        if (ring < offCirclesRings && centres.hits(box, 0)) continue;
        // Nearest first; among near spots, the one that widens the diagram least (a label
        // put outwards at the rim would shrink the whole fit), then the outward one.
        const cost = ring * step + growth(box) * 2 + k * 0.01;
        if (firstRing < 0) firstRing = ring;
        if (!chosen || cost < chosen.cost) chosen = { box, cost };
      }
    }
    // Past every ring: the Venn's furthest spot tried, outwards (never seen); a map's first
    // spot. Still placed, never dropped.
    const box =
      chosen?.box ??
      (maxRings < farthestRing
        ? firstSpot(req)
        : centred(
            req.cx + Math.cos(base) * (req.r + maxRings * step + t.width),
            req.cy + Math.sin(base) * (req.r + maxRings * step + t.height),
            t,
          ));
    placed.add(box);
    result.set(req.id, { id: req.id, lines: t.lines, box, leader: leaderTo(req, box, minLeader) });
  }
  return result;
}

/** A placement moved by (dx, dy) with its leader: a label following its circle or marker. */
export function shiftPlacement(l: LabelPlacement, dx: number, dy: number): LabelPlacement {
  return {
    ...l,
    box: { ...l.box, x: l.box.x + dx, y: l.box.y + dy },
    leader: l.leader?.map((v, i) => v + (i % 2 === 0 ? dx : dy)) ?? null,
  };
}
