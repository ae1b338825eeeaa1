// CONTEXT: the stakeholder (institutional) Venn diagram of domain.md, drawn live with the
// villagers in the Discovery phase (exploring resource systems): each institution is a
// circle whose size is its importance, whose distance from the community is its closeness,
// and whose overlaps are ties. Repeated later in a programme, two diagrams are compared.
import { defineExercise } from '../definition.js';
import { vennPoster } from './poster.js';
import { vennReport } from './report.js';
import { emptyVennDocument, vennSchemaVersion, zVennDocument } from './schema.js';

export const vennDefinition = defineExercise({
  type: 'venn',
  version: vennSchemaVersion,
  migrations: [],
  schema: zVennDocument,
  empty: emptyVennDocument,
  labels: { name: 'venn.typeName', create: 'session.newVenn' },
  report: vennReport,
  poster: vennPoster,
  contributes: (doc) => ({ stakeholders: doc.institutions.map((i) => ({ name: i.name, kind: i.kind })) }),
});
