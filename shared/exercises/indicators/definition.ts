// CONTEXT: the indicators (*indikator*) of domain.md's direction criteria (measurable,
// time-framed), set in the Development phase from the action plan: per activity or
// objective (or free-standing), what the village will count, in which unit, from which
// baseline to which target by which due date. Measured at monitoring sessions (`monitoring`).
import { defineExercise } from '../definition.js';
import { indicatorsReport } from './report.js';
import { emptyIndicatorsDocument, indicatorsSchemaVersion, zIndicatorsDocument } from './schema.js';

export const indicatorsDefinition = defineExercise({
  type: 'indicators',
  version: indicatorsSchemaVersion,
  migrations: [],
  schema: zIndicatorsDocument,
  empty: emptyIndicatorsDocument,
  labels: { name: 'indicators.typeName', create: 'indicators.create' },
  report: indicatorsReport,
  reportStyle: '.indicators small { color: #374151; }',
});
