// CONTEXT: the participatory evaluation (evaluasi partisipatif) of domain.md's Development
// phase: the seed's questions answered by groups (women, men, youth) on a simple scale
// with reasons, side by side, and the community's own before/after comparisons across the
// programme (Venn diagrams, asset pentagons, re-run rankings, indicators), printed in the
// session PDF.
import { defineExercise } from '../definition.js';
import { evaluationReport, evaluationReportStyle } from './report.js';
import { emptyEvaluationDocument, evaluationSchemaVersion, zEvaluationDocument } from './schema.js';

export const evaluationDefinition = defineExercise({
  type: 'evaluation',
  version: evaluationSchemaVersion,
  migrations: [],
  schema: zEvaluationDocument,
  empty: emptyEvaluationDocument,
  labels: { name: 'evaluation.typeName', create: 'evaluation.create' },
  report: evaluationReport,
  reportStyle: evaluationReportStyle,
});
