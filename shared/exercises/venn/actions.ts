import { defineAction } from '../action.js';
import { placeNewInstitution } from './logic.js';
import type { Importance, Institution, InstitutionKind, VennDocument } from './schema.js';

type Change = Partial<Omit<Institution, 'id'>>;
const changeOne = (doc: VennDocument, id: string, change: Change): VennDocument =>
  doc.institutions.some((i) => i.id === id)
    ? { ...doc, institutions: doc.institutions.map((i) => (i.id === id ? { ...i, ...change } : i)) }
    : doc;

/** A new institution enters medium-sized and neutral, placed where it overlaps nothing. */
export const addInstitution = defineAction<VennDocument, { id: string; name: string; kind: InstitutionKind }>({
  name: 'addInstitution',
  history: 'step',
  perform: (doc, { id, name, kind }) => {
    if (name.trim() === '' || doc.institutions.some((i) => i.id === id)) return doc;
    const importance: Importance = 2;
    const at = placeNewInstitution(doc, importance);
    const institution: Institution = { id, name, kind, relation: 'neutral', importance, x: at.x, y: at.y, notes: '' };
    return { ...doc, institutions: [...doc.institutions, institution] };
  },
});

/** Name, kind, relation, importance or notes from the side panel or a key. */
export const updateInstitution = defineAction<VennDocument, { id: string; change: Change }>({
  name: 'updateInstitution',
  history: 'step',
  perform: (doc, { id, change }) =>
    change.name !== undefined && change.name.trim() === '' ? doc : changeOne(doc, id, change),
});

/** A drop on the canvas: the raw position is kept; the closeness band is derived from it. */
export const moveInstitution = defineAction<VennDocument, { id: string; x: number; y: number }>({
  name: 'moveInstitution',
  history: 'step',
  perform: (doc, { id, x, y }) => changeOne(doc, id, { x, y }),
});

/** Arrow keys move the selected circle a little; repeated presses are one undo step. */
export const nudgeInstitution = defineAction<VennDocument, { id: string; dx: number; dy: number }>({
  name: 'nudgeInstitution',
  history: 'merge',
  perform: (doc, { id, dx, dy }) => {
    const at = doc.institutions.find((i) => i.id === id);
    return at ? changeOne(doc, id, { x: at.x + dx, y: at.y + dy }) : doc;
  },
});

export const removeInstitution = defineAction<VennDocument, { id: string }>({
  name: 'removeInstitution',
  history: 'step',
  perform: (doc, { id }) =>
    doc.institutions.some((i) => i.id === id)
      ? { ...doc, institutions: doc.institutions.filter((i) => i.id !== id) }
      : doc,
});

/** What colour means is a way of looking at the diagram, not an edit: no undo step. */
export const setColourBy = defineAction<VennDocument, VennDocument['colourBy']>({
  name: 'setColourBy',
  history: 'none',
  perform: (doc, colourBy) => (doc.colourBy === colourBy ? doc : { ...doc, colourBy }),
});
