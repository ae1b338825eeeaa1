import { describe, expect, it } from 'vitest';
import { fitViewport, isInside } from '#renderer/canvas/viewport.js';
import { boxesIntersect, type Box } from '#shared/scene/labelPlacement.js';
import { vennLayout, type VennView } from '#shared/exercises/venn/layout.js';
import { radiusOf } from '#shared/exercises/venn/logic.js';
import { vennScene } from '#shared/exercises/venn/scene.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { textBlockHeight, type Primitive, type TextPrimitive } from '#shared/scene/primitives.js';
import { crowdedVenn, spreadFgd } from '../support/vennSamples.js';

/** Every label's backdrop box, as the scene (and so the canvas and the PDF) draws it. */
function labelBoxes(primitives: readonly Primitive[]): { target: string; box: Box }[] {
  return primitives
    .filter((p): p is TextPrimitive => p.kind === 'text' && p.target !== 'community')
    .map((t) => ({
      target: t.target ?? '',
      box: { x: t.x - t.backdrop!.width / 2, y: t.y, width: t.backdrop!.width, height: textBlockHeight(t) },
    }));
}

function overlapping(boxes: { target: string; box: Box }[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i += 1)
    for (let j = i + 1; j < boxes.length; j += 1)
      if (boxesIntersect(boxes[i]!.box, boxes[j]!.box)) found.push(`${boxes[i]!.target}+${boxes[j]!.target}`);
  return found;
}

/** Lays the diagram out for the canvas, fits it, and says what a person would see. */
function fitted(doc: VennDocument, view: VennView) {
  const layout = vennLayout(doc, 'Desa Sukamaju', view);
  const scene = vennScene(doc, { communityName: 'Desa Sukamaju', layout });
  const v = fitViewport(scene.bounds, view.width, view.height);
  const outside = scene.primitives.flatMap((p) => {
    const box: Box | null =
      p.kind === 'circle'
        ? { x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r }
        : p.kind === 'text'
          ? (labelBoxes([p])[0]?.box ?? null)
          : null;
    return box && !isInside(box, v, view.width, view.height) ? [`${p.kind}:${p.target}`] : [];
  });
  return { layout, scene, v, outside, smallestLabelPx: layout.labelFontSize * v.scale };
}

const editor = { width: 640, height: 520, minLabelPx: 18 };
/** Projection at 1024x768: the whole screen but a strip for the legend. */
const wall = { width: 1024, height: 700, minLabelPx: 24 };

describe('fit shows every institution whole, with its label, at a readable size', () => {
  it('14 institutions spread by closeness, in the editor: everything inside, labels at least 18 px', () => {
    const { outside, smallestLabelPx } = fitted(spreadFgd(), editor);
    expect(outside).toEqual([]);
    expect(smallestLabelPx).toBeGreaterThanOrEqual(18);
  });

  it('the same on the wall: labels at least 24 px', () => {
    const { outside, smallestLabelPx } = fitted(spreadFgd(), wall);
    expect(outside).toEqual([]);
    expect(smallestLabelPx).toBeGreaterThanOrEqual(24);
  });

  it('40 institutions on the wall: everything inside, labels at least 18 px', () => {
    const { outside, smallestLabelPx } = fitted(crowdedVenn(40), wall);
    expect(outside).toEqual([]);
    expect(smallestLabelPx).toBeGreaterThanOrEqual(18);
  });

  it('names the village in whole words on a crowded wall, even where its word is wider than the circle', () => {
    for (const count of [14, 40, 60]) {
      const layout = vennLayout(crowdedVenn(count), 'Desa Sukamaju', wall);
      expect({ count, lines: layout.communityLabel.lines }).toEqual({ count, lines: ['Desa', 'Sukamaju'] });
    }
  });

  it('150 institutions far out are wholly inside after fit too (labels may then be small)', () => {
    const { outside } = fitted(crowdedVenn(150, 6000), editor);
    expect(outside).toEqual([]);
  });
});

describe('labels', () => {
  it('never overlap one another, on the canvas and in the PDF (the same scene)', () => {
    for (const doc of [spreadFgd(), crowdedVenn(40), crowdedVenn(60, 500)]) {
      expect(overlapping(labelBoxes(fitted(doc, editor).scene.primitives))).toEqual([]);
      expect(overlapping(labelBoxes(fitted(doc, wall).scene.primitives))).toEqual([]);
      // The PDF: as stored, labels at the base size.
      expect(overlapping(labelBoxes(vennScene(doc, { communityName: 'Desa Sukamaju' }).primitives))).toEqual([]);
    }
  });

  it('two long names on overlapping circles, which the printed diagram drew on top of each other, now stand apart', () => {
    const doc: VennDocument = {
      schemaVersion: 1,
      colourBy: 'relation',
      institutions: [
        {
          id: 'a',
          name: 'Kelompok Wanita Tani Sumber Rejeki',
          kind: 'community',
          relation: 'supportive',
          importance: 2,
          x: 300,
          y: 0,
          notes: '',
        },
        {
          id: 'b',
          name: 'Koperasi Simpan Pinjam Sejahtera Bersama',
          kind: 'private',
          relation: 'neutral',
          importance: 2,
          x: 330,
          y: 40,
          notes: '',
        },
      ],
    };
    const boxes = labelBoxes(vennScene(doc, { communityName: 'Desa Sukamaju' }).primitives);
    expect(boxes).toHaveLength(2);
    expect(overlapping(boxes)).toEqual([]);
  });

  it('go outside a small circle on a leader line from its edge, and stay inside a circle they fit', () => {
    const doc: VennDocument = {
      schemaVersion: 1,
      colourBy: 'relation',
      institutions: [
        {
          id: 'small',
          name: 'Puskesmas Pembantu Dusun Krajan',
          kind: 'government',
          relation: 'supportive',
          importance: 1,
          x: 400,
          y: 0,
          notes: '',
        },
        { id: 'big', name: 'PKK', kind: 'community', relation: 'supportive', importance: 4, x: -450, y: 0, notes: '' },
      ],
    };
    const scene = vennScene(doc, { communityName: 'Desa Sukamaju' });
    const leaders = scene.primitives.filter((p) => p.kind === 'line');
    expect(leaders.map((l) => l.target)).toEqual(['small']);
    const [x0, y0] = leaders[0]!.kind === 'line' ? leaders[0]!.points : [];
    // It starts on the small circle's edge.
    expect(Math.hypot(x0! - 400, y0! - 0)).toBeCloseTo(radiusOf({ importance: 1 }), 3);
    const big = labelBoxes(scene.primitives).find((b) => b.target === 'big')!.box;
    expect(big.x + big.width / 2).toBeCloseTo(-450);
    expect(big.width).toBeLessThan(2 * radiusOf({ importance: 4 }));
  });
});
