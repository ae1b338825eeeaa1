import { describe, expect, it } from 'vitest';
import { declutterLimit, mapLayout, withMargin, type MapLayout } from '#shared/exercises/resources/mapLayout.js';
import { mapBackdropPrimitives, mapFrame, mapScene } from '#shared/exercises/resources/mapScene.js';
import type { MapResource, ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { boxesIntersect, type Box } from '#shared/scene/labelPlacement.js';
import { boundsOf, type Bounds } from '#shared/scene/primitives.js';
import { movedMapLayout } from '../../renderer/src/exercises/resources/useMapLayout.js';
import { potentialMap } from '../../electron/core/sample/sampleMap.js';

/**
 * Issue 11, the map on the wall: the names grow until a fit of the whole map draws them at
 * the minimum (24 px on the wall, 18 in the editor), each clear of every other name and of
 * every other marker, under its marker when there is room.
 */

const sample: ResourceMapDocument = potentialMap('photo');
const under: Bounds = boundsOf(mapBackdropPrimitives(sample), 0);
const wall = { width: 1024, height: 725, minLabelPx: 24 };
const editor = { width: 690, height: 520, minLabelPx: 18 };

/** The size a name is drawn at when the whole layout is fitted to `view`. */
function shownPx(layout: MapLayout, view: { width: number; height: number }): number {
  const b = withMargin(layout.bounds);
  return layout.look.labelFontSize * Math.min(1.25, view.width / b.width, view.height / b.height);
}

function overlaps(boxes: readonly Box[]): number {
  let count = 0;
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => (count += boxesIntersect(a, b) ? 1 : 0)));
  return count;
}

/** Names lying on the middle of a marker they do not name. */
function namesOnMarkers(layout: MapLayout, resources: readonly MapResource[]): string[] {
  const r = layout.look.radius * 0.6;
  return resources.flatMap((m) =>
    [...layout.labels.values()]
      .filter((l) => l.id !== m.id && boxesIntersect(l.box, { x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r }))
      .map((l) => `${l.id} on ${m.id}`),
  );
}

describe('map layout', () => {
  it("the sample's names reach 24 px on the wall and 18 in the editor, none over another name or marker", () => {
    for (const view of [wall, editor]) {
      const layout = mapLayout(sample.resources, under, view, mapFrame(false));
      expect(shownPx(layout, view)).toBeGreaterThanOrEqual(view.minLabelPx);
      expect(layout.look.growth).toBeGreaterThan(1);
      expect(layout.labels.size).toBe(sample.resources.length);
      expect(overlaps([...layout.labels.values()].map((l) => l.box))).toBe(0);
      expect(namesOnMarkers(layout, sample.resources)).toEqual([]);
      // Everything drawn lies inside what a fit frames.
      for (const l of layout.labels.values()) {
        expect(l.box.x).toBeGreaterThanOrEqual(layout.bounds.x);
        expect(l.box.y + l.box.height).toBeLessThanOrEqual(layout.bounds.y + layout.bounds.height + 1e-9);
      }
    }
  });

  it("a lone marker keeps its name just under it, with no leader; its neighbour's goes elsewhere", () => {
    const [first] = sample.resources;
    const lone = mapLayout([first!], null);
    const name = lone.labels.get(first!.id)!;
    expect(name.leader).toBeNull();
    expect(name.box.y).toBeGreaterThan(first!.y + lone.look.radius);
    expect(name.box.y).toBeLessThan(first!.y + lone.look.radius + 20);
    expect(name.box.x + name.box.width / 2).toBeCloseTo(first!.x, 5);
    // Two markers side by side: the second's name cannot sit under it too; nor on the first marker.
    const twin = { ...first!, id: 'twin', x: first!.x + 40 };
    const pair = mapLayout([first!, twin], null);
    expect(overlaps([...pair.labels.values()].map((l) => l.box))).toBe(0);
    expect(namesOnMarkers(pair, [first!, twin])).toEqual([]);
    expect(pair.labels.get('twin')!.box).not.toEqual({ ...name.box, x: name.box.x + 40 });
  });

  it('print (no view) keeps the stored size; the PDF scene draws every name and its leader', () => {
    const layout = mapLayout(sample.resources, under);
    expect(layout.look.growth).toBe(1);
    const scene = mapScene(sample, { human: 'M', social: 'S', natural: 'A', physical: 'F', financial: 'K' });
    const names = scene.primitives.filter((p) => p.kind === 'text' && p.backdrop);
    expect(names).toHaveLength(sample.resources.length);
    const leaders = [...layout.labels.values()].filter((l) => l.leader).length;
    expect(
      scene.primitives.filter((p) => p.kind === 'line' && p.target !== undefined && p.target !== null),
    ).toHaveLength(
      leaders + sample.shapes.filter((s) => s.layer !== 'labels' && !sample.hiddenLayers.includes(s.layer)).length,
    );
  });

  it('moving one marker leaves the names far from it where they were', () => {
    const before = mapLayout(sample.resources, under, wall, mapFrame(false));
    const moved = sample.resources.map((r, i) => (i === 0 ? { ...r, x: r.x + 30 } : r));
    const after = mapLayout(moved, under, wall, mapFrame(false));
    expect(after.look.growth).toBe(before.look.growth);
    const far = sample.resources.filter(
      (r) => Math.hypot(r.x - sample.resources[0]!.x, r.y - sample.resources[0]!.y) > 600,
    );
    expect(far.length).toBeGreaterThan(2);
    for (const r of far) expect(after.labels.get(r.id)!.box).toEqual(before.labels.get(r.id)!.box);
  });

  it(`above ${declutterLimit} markers the names stay under their markers (no search that would hold up a drop)`, () => {
    const many = Array.from({ length: declutterLimit + 1 }, (_, i) => ({
      ...sample.resources[0]!,
      id: `m${i}`,
      x: (i % 20) * 60,
      y: Math.floor(i / 20) * 60,
    }));
    const layout = mapLayout(many, null, wall, mapFrame(false));
    for (const r of many) {
      const l = layout.labels.get(r.id)!;
      expect(l.leader).toBeNull();
      expect(l.box.x + l.box.width / 2).toBeCloseTo(r.x, 5);
    }
  });
});

describe('the map drawn while the worker lays it out', () => {
  const job = { kind: 'map' as const, resources: sample.resources, under, view: wall, grid: false };
  const last = { job, layout: mapLayout(sample.resources, under, wall, mapFrame(false)) };

  it("carries a dropped marker's name along with it and leaves every other name where it was", () => {
    const [first, ...rest] = sample.resources;
    const moved = [{ ...first!, x: first!.x + 50, y: first!.y + 20 }, ...rest];
    const layout = movedMapLayout(last, { ...job, resources: moved })!;
    const before = last.layout.labels.get(first!.id)!.box;
    expect(layout.labels.get(first!.id)!.box).toEqual({ ...before, x: before.x + 50, y: before.y + 20 });
    for (const r of rest) expect(layout.labels.get(r.id)).toBe(last.layout.labels.get(r.id));
    expect(layout.look).toBe(last.layout.look);
  });

  it('is not used for an added or renamed marker, or a new canvas size', () => {
    const [first, ...rest] = sample.resources;
    expect(movedMapLayout(last, { ...job, resources: rest })).toBeNull();
    expect(movedMapLayout(last, { ...job, resources: [{ ...first!, name: 'Sumur baru' }, ...rest] })).toBeNull();
    expect(movedMapLayout(last, { ...job, view: editor })).toBeNull();
  });
});
