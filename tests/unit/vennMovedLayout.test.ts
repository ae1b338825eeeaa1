import { describe, expect, it } from 'vitest';
import { vennLayout } from '#shared/exercises/venn/layout.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { movedLayout, onlyMoved } from '../../renderer/src/exercises/venn/useVennLayout.js';
import { spreadFgd } from '../support/vennSamples.js';

/**
 * Issue 14, a drop that does not wait for the layout: until the worker's full layout
 * comes, the last one is drawn with the dropped circle, and its label, where it was let go.
 */
describe('the layout drawn while the worker lays out', () => {
  const doc = spreadFgd();
  const view = { width: 1024, height: 725, minLabelPx: 24 };
  const communityName = 'Desa Sukamaju';
  const job = { kind: 'venn' as const, doc, communityName, view };
  const last = { job, layout: vennLayout(doc, communityName, view) };

  it('carries the moved circle and its label by the same step, and leaves the others as they were', () => {
    const [first, ...rest] = doc.institutions;
    const moved: VennDocument = { ...doc, institutions: [{ ...first!, x: first!.x + 40, y: first!.y - 25 }, ...rest] };
    expect(onlyMoved(doc, moved)).toBe(true);
    const layout = movedLayout(last, { ...job, doc: moved })!;
    const before = last.layout.shown.get(first!.id)!;
    const after = layout.shown.get(first!.id)!;
    expect(after).not.toEqual(before);
    const label = layout.labels.get(first!.id)!.box;
    const oldLabel = last.layout.labels.get(first!.id)!.box;
    expect(label.x - oldLabel.x).toBeCloseTo(after.x - before.x, 6);
    expect(label.y - oldLabel.y).toBeCloseTo(after.y - before.y, 6);
    for (const other of rest) {
      expect(layout.shown.get(other.id)).toBe(last.layout.shown.get(other.id));
      expect(layout.labels.get(other.id)).toBe(last.layout.labels.get(other.id));
    }
    // What a fit frames still holds the moved label.
    expect(layout.bounds.x).toBeLessThanOrEqual(label.x);
    expect(layout.bounds.y + layout.bounds.height).toBeGreaterThanOrEqual(label.y + label.height);
  });

  it('is not used for an added circle, a new name or a new importance, nor a new canvas size: those are laid out at once', () => {
    const [first, ...rest] = doc.institutions;
    expect(movedLayout(last, { ...job, view: { ...view, width: 800 } })).toBeNull();
    expect(onlyMoved(doc, { ...doc, institutions: rest })).toBe(false);
    expect(onlyMoved(doc, { ...doc, institutions: [{ ...first!, name: 'Karang Taruna' }, ...rest] })).toBe(false);
    expect(
      onlyMoved(doc, { ...doc, institutions: [{ ...first!, importance: first!.importance === 1 ? 4 : 1 }, ...rest] }),
    ).toBe(false);
  });
});
