import { describe, expect, it } from 'vitest';
import { compressGap, expandGap, shownPosition, storedPosition, vennLayout } from '#shared/exercises/venn/layout.js';
import { closenessBand, closenessBandLimits, edgeGap, tiesOf } from '#shared/exercises/venn/logic.js';
import type { Importance, VennDocument } from '#shared/exercises/venn/schema.js';
import { atGap, spreadFgd } from '../support/vennSamples.js';

/** The document as drawn: each institution at its displayed position. */
function asDrawn(doc: VennDocument, shown: Map<string, { x: number; y: number }>): VennDocument {
  return { ...doc, institutions: doc.institutions.map((i) => ({ ...i, ...shown.get(i.id)! })) };
}

const tiePairs = (doc: VennDocument): string[] =>
  tiesOf(doc)
    .map((t) => [t.a, t.b].sort().join('+'))
    .sort();

/** The editor's canvas at 1024x768, beside the side panel. */
const editor = { width: 640, height: 520, minLabelPx: 18 };

describe('distance bands compressed for display', () => {
  const doc = spreadFgd();
  const layout = vennLayout(doc, 'Desa Sukamaju', editor);
  const drawn = asDrawn(doc, layout.shown);

  it('pulls in a diagram whose very far institutions would not fit', () => {
    expect(layout.compression).not.toBeNull();
    const farthest = (d: VennDocument): number => Math.max(...d.institutions.map((i) => edgeGap(i)));
    expect(farthest(doc)).toBeGreaterThan(1300);
    expect(farthest(drawn)).toBeLessThan(500);
  });

  it('keeps every institution in its band', () => {
    for (const inst of doc.institutions)
      expect([inst.name, closenessBand(drawn.institutions.find((i) => i.id === inst.id)!)]).toEqual([
        inst.name,
        closenessBand(inst),
      ]);
  });

  it('keeps the order of closeness to the community', () => {
    const order = (d: VennDocument): string[] =>
      [...d.institutions].sort((a, b) => edgeGap(a) - edgeGap(b)).map((i) => i.id);
    expect(order(drawn)).toEqual(order(doc));
    // Strictly: a farther institution is drawn farther (equal gaps excepted).
    const byId = new Map(drawn.institutions.map((i) => [i.id, edgeGap(i)]));
    for (const a of doc.institutions)
      for (const b of doc.institutions)
        if (edgeGap(a) < edgeGap(b) - 1) expect(byId.get(a.id)!).toBeLessThan(byId.get(b.id)!);
  });

  it('keeps the ties: the far pair that works together still overlaps, the far pair side by side does not', () => {
    expect(tiePairs(doc)).toContain('f10+f13');
    expect(tiePairs(doc)).not.toContain('f11+f12');
    expect(tiePairs(drawn)).toEqual(tiePairs(doc));
    // Pulled in along their rays alone, the side-by-side pair would overlap: they were turned apart.
    const alongRays = new Map(doc.institutions.map((i) => [i.id, shownPosition(i, layout.compression)]));
    expect(tiePairs(asDrawn(doc, alongRays))).toContain('f11+f12');
  });

  it('draws a diagram that fits as it is stored', () => {
    const near: VennDocument = {
      ...doc,
      institutions: [atGap('a', 'PKK', 2, 30, 0), atGap('b', 'BPD', 3, 150, 2), atGap('c', 'Posyandu', 1, 0, 4)],
    };
    const plain = vennLayout(near, 'Desa Sukamaju', editor);
    expect(plain.compression).toBeNull();
    for (const inst of near.institutions) expect(plain.shown.get(inst.id)).toEqual({ x: inst.x, y: inst.y });
  });

  it('does not change the compression, nor move other far circles, for a small drop', () => {
    const moved = {
      ...doc,
      institutions: doc.institutions.map((i) => (i.id === 'f9' ? { ...i, x: i.x + 25, y: i.y - 10 } : i)),
    };
    const after = vennLayout(moved, 'Desa Sukamaju', editor);
    expect(after.compression).toBe(layout.compression);
    for (const id of ['f8', 'f10', 'f11', 'f12', 'f13']) expect(after.shown.get(id)).toEqual(layout.shown.get(id));
  });
});

describe('a drop in a compressed view', () => {
  const a = 50;

  it('maps the gap back exactly (round trip)', () => {
    for (const gap of [-30, 0, 100, 280, 281, 400, 1000, 5000])
      expect(expandGap(compressGap(gap, a), a)).toBeCloseTo(gap, 6);
    // Bands 0-2 are not compressed at all.
    for (const gap of [-30, 0, 119, 120, 279, closenessBandLimits[2]]) expect(compressGap(gap, a)).toBe(gap);
  });

  it('is stored in the band it was dropped in, and where it is then drawn is where it was dropped', () => {
    for (const importance of [1, 2, 3, 4] as Importance[])
      for (const shownGap of [-20, 60, 200, 285, 300, 330, 360])
        for (const angle of [0, 1, 2.5, 4]) {
          const dropped = atGap('d', 'x', importance, shownGap, angle);
          const stored = storedPosition(importance, dropped, a);
          expect(closenessBand({ ...stored, importance })).toBe(closenessBand(dropped));
          const drawnAgain = shownPosition({ ...stored, importance }, a);
          expect(Math.hypot(drawnAgain.x - dropped.x, drawnAgain.y - dropped.y)).toBeLessThan(1.5);
        }
  });

  it('keeps a drop far beyond the drawing within the stored coordinates', () => {
    const stored = storedPosition(1, { x: 2000, y: 0 }, 12);
    expect(Math.abs(stored.x)).toBeLessThanOrEqual(100_000);
    expect(closenessBand({ ...stored, importance: 1 })).toBe(3);
  });
});
