/**
 * Every edit of a potential and resource map as a pure named action: the view says which
 * action with which arguments, the action makes the new document, and its `history` tells
 * undo how to take it. An edit that does not apply (unknown id, empty name, too few
 * points, nothing changes) returns the same document, so history records nothing.
 */
import { defineAction } from '../action.js';
import type { Capital, ResourceProblem } from './capitals.js';
import { maxRating } from './capitals.js';
import type { MapLayer, MapResource, MapShape, ResourceMapDocument } from './schema.js';

type Doc = ResourceMapDocument;
type HideableLayer = Doc['hiddenLayers'][number];
export type ResourceTextField = 'name' | 'owner' | 'description';

/** The key under which typing in one field of one resource becomes one undo step. */
export function textMergeKey(resourceId: string, field: ResourceTextField | ResourceProblem): string {
  return `resource:${resourceId}:${field}`;
}

function changeResource(doc: Doc, id: string, change: (r: MapResource) => MapResource): Doc {
  const index = doc.resources.findIndex((r) => r.id === id);
  if (index < 0) return doc;
  const before = doc.resources[index]!;
  const after = change(before);
  if (after === before) return doc;
  const resources = [...doc.resources];
  resources[index] = after;
  return { ...doc, resources };
}

/** Where a new marker goes: along a spiral from the centre, clear of the others. */
export function freeSpot(doc: Doc): { x: number; y: number } {
  for (let k = 0; k < 400; k += 1) {
    const angle = k * 0.9;
    const distance = 90 + k * 14;
    const at = { x: Math.round(Math.cos(angle) * distance), y: Math.round(Math.sin(angle) * distance) };
    if (doc.resources.every((r) => Math.hypot(r.x - at.x, r.y - at.y) > 150)) return at;
  }
  return { x: 0, y: 0 };
}

/** The fewest coordinates (x, y pairs flattened) a drawn shape of each layer needs. */
export const minimumCoordinates: Record<MapLayer, number> = {
  roads: 4,
  rivers: 4,
  boundary: 4,
  pen: 4,
  areas: 6,
  labels: 2,
};

/** A resource as a facilitator starts it: no notes, no problems, a middling rating of 3. */
export function newResource(id: string, name: string, capital: Capital, at = { x: 0, y: 0 }): MapResource {
  return { id, name, capital, description: '', owner: '', rating: 3, problems: {}, x: at.x, y: at.y };
}

/** A new resource at a free spot, clear of the other markers. */
export const addResource = defineAction<Doc, { id: string; name: string; capital: Capital }>({
  name: 'addResource',
  history: 'step',
  perform: (doc, { id, name, capital }) => {
    if (!name.trim() || doc.resources.some((r) => r.id === id)) return doc;
    return { ...doc, resources: [...doc.resources, newResource(id, name, capital, freeSpot(doc))] };
  },
});

/** A marker dropped at a new place: one drag, one step. */
export const moveResource = defineAction<Doc, { id: string; x: number; y: number }>({
  name: 'moveResource',
  history: 'step',
  perform: (doc, { id, x, y }) =>
    changeResource(doc, id, (r) => (r.x === x && r.y === y ? r : { ...r, x: Math.round(x), y: Math.round(y) })),
});

/** The schema's coordinate range (100,000 units): a nudge stops at its edge. */
const nudgeLimit = 100_000;

/**
 * Arrow keys move the selected marker a little (the keyboard's drag); repeated presses on
 * one marker are one undo step. A marker never goes past the map's coordinate range.
 */
export const nudgeResource = defineAction<Doc, { id: string; dx: number; dy: number }>({
  name: 'nudgeResource',
  history: 'merge',
  perform: (doc, { id, dx, dy }) =>
    changeResource(doc, id, (r) => {
      const within = (v: number): number => Math.max(-nudgeLimit, Math.min(nudgeLimit, Math.round(v)));
      const x = within(r.x + dx);
      const y = within(r.y + dy);
      return x === r.x && y === r.y ? r : { ...r, x, y };
    }),
});
/** Typing in the name, owner or description; a name left empty is refused. */
export const editResourceText = defineAction<Doc, { id: string; field: ResourceTextField; text: string }>({
  name: 'editResourceText',
  history: 'merge',
  perform: (doc, { id, field, text }) => {
    if (field === 'name' && !text.trim()) return doc;
    return changeResource(doc, id, (r) => (r[field] === text ? r : { ...r, [field]: text }));
  },
});

export const setCapital = defineAction<Doc, { id: string; capital: Capital }>({
  name: 'setCapital',
  history: 'step',
  perform: (doc, { id, capital }) => changeResource(doc, id, (r) => (r.capital === capital ? r : { ...r, capital })),
});

/** The capability rating, a whole number from 0 to 5. */
export const rateResource = defineAction<Doc, { id: string; rating: number }>({
  name: 'rateResource',
  history: 'step',
  perform: (doc, { id, rating }) => {
    if (!Number.isInteger(rating) || rating < 0 || rating > maxRating) return doc;
    return changeResource(doc, id, (r) => (r.rating === rating ? r : { ...r, rating }));
  },
});

/** Ticks or unticks a resource problem; unticking drops its note too. */
export const markProblem = defineAction<Doc, { id: string; problem: ResourceProblem; marked: boolean }>({
  name: 'markProblem',
  history: 'step',
  perform: (doc, { id, problem, marked }) =>
    changeResource(doc, id, (r) => {
      if ((r.problems[problem] !== undefined) === marked) return r;
      const problems = { ...r.problems };
      if (marked) problems[problem] = '';
      else delete problems[problem];
      return { ...r, problems };
    }),
});

/** Typing the group's note on a ticked problem. */
export const noteProblem = defineAction<Doc, { id: string; problem: ResourceProblem; note: string }>({
  name: 'noteProblem',
  history: 'merge',
  perform: (doc, { id, problem, note }) =>
    changeResource(doc, id, (r) =>
      r.problems[problem] === undefined || r.problems[problem] === note
        ? r
        : { ...r, problems: { ...r.problems, [problem]: note } },
    ),
});

export const removeResource = defineAction<Doc, { id: string }>({
  name: 'removeResource',
  history: 'step',
  perform: (doc, { id }) =>
    doc.resources.some((r) => r.id === id) ? { ...doc, resources: doc.resources.filter((r) => r.id !== id) } : doc,
});

/** A finished road, river, area, boundary, stroke or label; one that is too short is dropped. */
export const addShape = defineAction<Doc, { shape: MapShape }>({
  name: 'addShape',
  history: 'step',
  perform: (doc, { shape }) => {
    if (shape.points.length < minimumCoordinates[shape.layer] || shape.points.length % 2 !== 0) return doc;
    if (shape.layer === 'labels' && !shape.text?.trim()) return doc;
    if (doc.shapes.some((s) => s.id === shape.id)) return doc;
    return { ...doc, shapes: [...doc.shapes, shape] };
  },
});

export const removeShape = defineAction<Doc, { id: string }>({
  name: 'removeShape',
  history: 'step',
  perform: (doc, { id }) =>
    doc.shapes.some((s) => s.id === id) ? { ...doc, shapes: doc.shapes.filter((s) => s.id !== id) } : doc,
});

/** Grid or blank paper: part of the printed map, so it is an undo step. */
export const setBackground = defineAction<Doc, { background: Doc['background'] }>({
  name: 'setBackground',
  history: 'step',
  perform: (doc, { background }) => (doc.background === background ? doc : { ...doc, background }),
});

/** The photo of the paper map behind the drawing (a new one replaces the old). */
export const setPhoto = defineAction<Doc, { photo: NonNullable<Doc['photo']> }>({
  name: 'setPhoto',
  history: 'step',
  perform: (doc, { photo }) => (doc.photo?.id === photo.id ? doc : { ...doc, photo }),
});

export const removePhoto = defineAction<Doc, Record<string, never>>({
  name: 'removePhoto',
  history: 'step',
  perform: (doc) => (doc.photo ? { ...doc, photo: null } : doc),
});

/**
 * Hiding a layer is how the group looks at the map, not a change to it: no undo step,
 * and undo never brings a hidden layer back.
 */
export const hideLayer = defineAction<Doc, { layer: HideableLayer }>({
  name: 'hideLayer',
  history: 'none',
  perform: (doc, { layer }) =>
    doc.hiddenLayers.includes(layer) ? doc : { ...doc, hiddenLayers: [...doc.hiddenLayers, layer] },
});

export const showLayer = defineAction<Doc, { layer: HideableLayer }>({
  name: 'showLayer',
  history: 'none',
  perform: (doc, { layer }) =>
    doc.hiddenLayers.includes(layer) ? { ...doc, hiddenLayers: doc.hiddenLayers.filter((l) => l !== layer) } : doc,
});

/** Every map action by name. */
export const resourceMapActions = {
  addResource,
  moveResource,
  nudgeResource,
  editResourceText,
  setCapital,
  rateResource,
  markProblem,
  noteProblem,
  removeResource,
  addShape,
  removeShape,
  setBackground,
  setPhoto,
  removePhoto,
  hideLayer,
  showLayer,
} as const;
