import { institutionTable, type InstitutionRow } from '#shared/exercises/venn/logic.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';

// One table per document: the editor's side panel and the canvas (its keyboard stops and
// its summary) all show it, and building it looks at every pair of circles.
const tables = new WeakMap<VennDocument, InstitutionRow[]>();

/** The document's institution table (institutionTable), built once per document object. */
export function institutionRows(doc: VennDocument): readonly InstitutionRow[] {
  let rows = tables.get(doc);
  if (!rows) {
    rows = institutionTable(doc);
    tables.set(doc, rows);
  }
  return rows;
}
