import { describe, expect, it } from 'vitest';
import {
  addResource,
  addShape,
  editResourceText,
  hideLayer,
  markProblem,
  newResource,
  moveResource,
  noteProblem,
  rateResource,
  removePhoto,
  removeResource,
  removeShape,
  resourceMapActions,
  setBackground,
  setCapital,
  setPhoto,
  showLayer,
  textMergeKey,
} from '#shared/exercises/resources/actions.js';
import {
  emptyResourceMapDocument,
  zResourceMapDocument,
  type MapResource,
  type ResourceMapDocument,
} from '#shared/exercises/resources/schema.js';

const resource = (id: string, over: Partial<MapResource> = {}): MapResource => ({
  ...newResource(id, id, 'natural'),
  ...over,
});
const map = (over: Partial<ResourceMapDocument> = {}): ResourceMapDocument => ({
  ...emptyResourceMapDocument(),
  resources: [resource('sawah'), resource('jalan', { capital: 'physical', x: 300, y: 0 })],
  ...over,
});
const road = { id: 'r1', layer: 'roads' as const, points: [0, 0, 100, 0] };

describe('resource map actions', () => {
  it('each is registered under its own name', () => {
    for (const [key, action] of Object.entries(resourceMapActions)) expect(action.name).toBe(key);
  });

  it('add a resource with the defaults, clear of the others, and refuse an empty name or a taken id', () => {
    const doc = map();
    const next = addResource.perform(doc, { id: 'pkk', name: 'Arisan PKK', capital: 'social' });
    const added = next.resources[2]!;
    expect(added).toMatchObject({ id: 'pkk', name: 'Arisan PKK', capital: 'social', rating: 3, problems: {} });
    for (const r of doc.resources) expect(Math.hypot(r.x - added.x, r.y - added.y)).toBeGreaterThan(150);
    expect(zResourceMapDocument.safeParse(next).success).toBe(true);
    expect(addResource.perform(doc, { id: 'x', name: '  ', capital: 'social' })).toBe(doc);
    expect(addResource.perform(doc, { id: 'sawah', name: 'Lagi', capital: 'social' })).toBe(doc);
    expect(addResource.history).toBe('step');
  });

  it('move a marker to whole map units; the same place or an unknown id changes nothing', () => {
    const doc = map();
    expect(moveResource.perform(doc, { id: 'sawah', x: 10.4, y: -20.6 }).resources[0]).toMatchObject({ x: 10, y: -21 });
    expect(moveResource.perform(doc, { id: 'sawah', x: 0, y: 0 })).toBe(doc);
    expect(moveResource.perform(doc, { id: 'nope', x: 5, y: 5 })).toBe(doc);
    expect(moveResource.history).toBe('step');
  });

  it('type into name, owner and description as merging steps keyed by resource and field', () => {
    const doc = map();
    expect(editResourceText.history).toBe('merge');
    expect(
      editResourceText.perform(doc, { id: 'sawah', field: 'owner', text: 'Kelompok tani' }).resources[0]!.owner,
    ).toBe('Kelompok tani');
    expect(
      editResourceText.perform(doc, { id: 'sawah', field: 'name', text: 'Sawah irigasi' }).resources[0]!.name,
    ).toBe('Sawah irigasi');
    expect(editResourceText.perform(doc, { id: 'sawah', field: 'name', text: ' ' })).toBe(doc);
    expect(editResourceText.perform(doc, { id: 'sawah', field: 'description', text: '' })).toBe(doc);
    expect(textMergeKey('sawah', 'owner')).not.toBe(textMergeKey('sawah', 'description'));
    expect(textMergeKey('sawah', 'owner')).not.toBe(textMergeKey('jalan', 'owner'));
  });

  it('change the capital and rate 0-5, refusing anything else', () => {
    const doc = map();
    expect(setCapital.perform(doc, { id: 'sawah', capital: 'financial' }).resources[0]!.capital).toBe('financial');
    expect(setCapital.perform(doc, { id: 'sawah', capital: 'natural' })).toBe(doc);
    expect(rateResource.perform(doc, { id: 'sawah', rating: 5 }).resources[0]!.rating).toBe(5);
    expect(rateResource.perform(doc, { id: 'sawah', rating: 0 }).resources[0]!.rating).toBe(0);
    for (const rating of [6, -1, 2.5, Number.NaN]) expect(rateResource.perform(doc, { id: 'sawah', rating })).toBe(doc);
  });

  it('tick a problem, note it, and untick it with its note', () => {
    const doc = map();
    const ticked = markProblem.perform(doc, { id: 'jalan', problem: 'notResponsive', marked: true });
    expect(ticked.resources[1]!.problems).toEqual({ notResponsive: '' });
    expect(markProblem.perform(ticked, { id: 'jalan', problem: 'notResponsive', marked: true })).toBe(ticked);
    const noted = noteProblem.perform(ticked, { id: 'jalan', problem: 'notResponsive', note: 'Rusak' });
    expect(noted.resources[1]!.problems).toEqual({ notResponsive: 'Rusak' });
    expect(noteProblem.history).toBe('merge');
    // A note on a problem that is not ticked is refused.
    expect(noteProblem.perform(doc, { id: 'jalan', problem: 'conflict', note: 'x' })).toBe(doc);
    expect(
      markProblem.perform(noted, { id: 'jalan', problem: 'notResponsive', marked: false }).resources[1]!.problems,
    ).toEqual({});
    expect(markProblem.perform(doc, { id: 'jalan', problem: 'conflict', marked: false })).toBe(doc);
  });

  it('remove a resource; an unknown one changes nothing', () => {
    const doc = map();
    expect(removeResource.perform(doc, { id: 'sawah' }).resources.map((r) => r.id)).toEqual(['jalan']);
    expect(removeResource.perform(doc, { id: 'nope' })).toBe(doc);
  });

  it('add a drawn shape, refusing one too short, an odd point list, an empty label or a taken id', () => {
    const doc = map();
    const withRoad = addShape.perform(doc, { shape: road });
    expect(withRoad.shapes).toEqual([road]);
    expect(addShape.perform(withRoad, { shape: road })).toBe(withRoad);
    expect(addShape.perform(doc, { shape: { id: 'r2', layer: 'roads', points: [0, 0] } })).toBe(doc);
    expect(addShape.perform(doc, { shape: { id: 'r2', layer: 'rivers', points: [0, 0, 5, 5, 9] } })).toBe(doc);
    expect(addShape.perform(doc, { shape: { id: 'a', layer: 'areas', points: [0, 0, 10, 0] } })).toBe(doc);
    const area = { id: 'a', layer: 'areas' as const, points: [0, 0, 10, 0, 10, 10], areaKind: 'forest' as const };
    expect(addShape.perform(doc, { shape: area }).shapes).toEqual([area]);
    expect(addShape.perform(doc, { shape: { id: 'l', layer: 'labels', points: [5, 5], text: ' ' } })).toBe(doc);
    const label = { id: 'l', layer: 'labels' as const, points: [5, 5], text: 'Balai desa' };
    expect(addShape.perform(doc, { shape: label }).shapes).toEqual([label]);
  });

  it('remove a shape; an unknown one changes nothing', () => {
    const doc = map({ shapes: [road] });
    expect(removeShape.perform(doc, { id: 'r1' }).shapes).toEqual([]);
    expect(removeShape.perform(doc, { id: 'nope' })).toBe(doc);
  });

  it('set the background as an undo step', () => {
    const doc = map();
    expect(setBackground.perform(doc, { background: 'blank' }).background).toBe('blank');
    expect(setBackground.perform(doc, { background: 'grid' })).toBe(doc);
    expect(setBackground.history).toBe('step');
  });

  it('set, replace and remove the photo of the paper map', () => {
    const doc = map();
    const photo = { id: 'p1', width: 2400, height: 1800 };
    const withPhoto = setPhoto.perform(doc, { photo });
    expect(withPhoto.photo).toEqual(photo);
    expect(setPhoto.perform(withPhoto, { photo: { ...photo } })).toBe(withPhoto);
    expect(setPhoto.perform(withPhoto, { photo: { id: 'p2', width: 10, height: 5 } }).photo!.id).toBe('p2');
    expect(removePhoto.perform(withPhoto, {}).photo).toBeNull();
    expect(removePhoto.perform(doc, {})).toBe(doc);
  });

  it('hide and show layers as a view setting, not an undo step', () => {
    const doc = map();
    const hidden = hideLayer.perform(doc, { layer: 'roads' });
    expect(hidden.hiddenLayers).toEqual(['roads']);
    expect(hideLayer.perform(hidden, { layer: 'roads' })).toBe(hidden);
    expect(hideLayer.perform(hidden, { layer: 'resources' }).hiddenLayers).toEqual(['roads', 'resources']);
    expect(showLayer.perform(hidden, { layer: 'roads' }).hiddenLayers).toEqual([]);
    expect(showLayer.perform(doc, { layer: 'roads' })).toBe(doc);
    expect([hideLayer.history, showLayer.history]).toEqual(['none', 'none']);
  });

  it('leave the given document untouched', () => {
    const doc = map({ shapes: [road] });
    const copy = structuredClone(doc);
    addResource.perform(doc, { id: 'n', name: 'N', capital: 'human' });
    moveResource.perform(doc, { id: 'sawah', x: 9, y: 9 });
    markProblem.perform(doc, { id: 'sawah', problem: 'conflict', marked: true });
    removeShape.perform(doc, { id: 'r1' });
    hideLayer.perform(doc, { layer: 'pen' });
    expect(doc).toEqual(copy);
  });
});
