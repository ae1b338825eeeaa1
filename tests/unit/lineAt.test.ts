import { describe, expect, it } from 'vitest';
import { mapBackdropPrimitives } from '#shared/exercises/resources/mapScene.js';
import { emptyResourceMapDocument, type ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { lineAt } from '#shared/scene/lineAt.js';

/** A road across, a field (area) under it, a river down the side; drawn as the map draws them. */
const doc: ResourceMapDocument = {
  ...emptyResourceMapDocument(),
  shapes: [
    { id: 'road', layer: 'roads', points: [-200, 0, 0, 20, 200, 0] },
    { id: 'field', layer: 'areas', areaKind: 'ricefield', points: [-100, -100, 100, -100, 100, 100, -100, 100] },
    { id: 'river', layer: 'rivers', points: [300, -300, 300, 300] },
  ],
};
const scene = mapBackdropPrimitives(doc);

describe('lineAt: which drawn shape of the map a press is on', () => {
  it('takes a line pressed on or within reach of its stroke, and not beyond', () => {
    expect(lineAt(scene, { x: 300, y: 0 }, 12)).toBe('river');
    expect(lineAt(scene, { x: 311, y: 0 }, 12)).toBe('river');
    expect(lineAt(scene, { x: 313, y: 0 }, 12)).toBeNull();
    expect(lineAt(scene, { x: -150, y: 5 }, 12)).toBe('road');
    // Past the end of the road, though on its line.
    expect(lineAt(scene, { x: 230, y: -3 }, 12)).toBeNull();
  });

  it('takes the topmost: the road drawn over the field, the field inside it elsewhere', () => {
    // Areas are drawn first, so the road crossing the field is on top.
    expect(lineAt(scene, { x: 0, y: 20 }, 12)).toBe('road');
    expect(lineAt(scene, { x: 50, y: 60 }, 12)).toBe('field');
    // Its closing edge (from the last corner back to the first) counts as its outline.
    expect(lineAt(scene, { x: -104, y: 60 }, 12)).toBe('field');
    expect(lineAt(scene, { x: -250, y: -250 }, 12)).toBeNull();
  });

  it('finds nothing of a hidden layer, and a wide stroke is pressed on its whole width', () => {
    const hidden = mapBackdropPrimitives({ ...doc, hiddenLayers: ['rivers'] });
    expect(lineAt(hidden, { x: 300, y: 0 }, 12)).toBeNull();
    const wide = [{ kind: 'line' as const, points: [0, 0, 100, 0], stroke: '#000', strokeWidth: 40, target: 'w' }];
    expect(lineAt(wide, { x: 50, y: 19 }, 12)).toBe('w');
    expect(lineAt(wide, { x: 50, y: 21 }, 12)).toBeNull();
  });
});
