import { placeNewInstitution } from '../../../../shared/exercises/venn/logic.js';
import type {
  Importance,
  Institution,
  InstitutionKind,
  VennDocument,
} from '../../../../shared/exercises/venn/schema.js';

/** Pure edits of a Venn document; each returns a new document (one undo step). */
export function addInstitution(doc: VennDocument, name: string, kind: InstitutionKind, id: string): VennDocument {
  const importance: Importance = 2;
  const at = placeNewInstitution(doc, importance);
  const institution: Institution = { id, name, kind, relation: 'neutral', importance, x: at.x, y: at.y, notes: '' };
  return { ...doc, institutions: [...doc.institutions, institution] };
}

export function updateInstitution(
  doc: VennDocument,
  id: string,
  change: Partial<Omit<Institution, 'id'>>,
): VennDocument {
  return { ...doc, institutions: doc.institutions.map((i) => (i.id === id ? { ...i, ...change } : i)) };
}

export function removeInstitution(doc: VennDocument, id: string): VennDocument {
  return { ...doc, institutions: doc.institutions.filter((i) => i.id !== id) };
}
