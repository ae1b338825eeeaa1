// CONTEXT: a monitoring session (*pemantauan*, domain.md's Monitoring & Evaluasi): per
// indicator what the group measured, per activity of the action plan where it stands and
// what is in the way. Progress across sessions is gathered by progress.ts
// (communityMonitoring), which the before/after section, the posters and the programme
// overview also read.
import { defineExercise } from '../definition.js';
import { monitoringPoster } from './poster.js';
import { monitoringReport, monitoringReportStyle } from './report.js';
import { emptyMonitoringDocument, monitoringSchemaVersion, zMonitoringDocument } from './schema.js';

export const monitoringDefinition = defineExercise({
  type: 'monitoring',
  version: monitoringSchemaVersion,
  migrations: [],
  schema: zMonitoringDocument,
  empty: emptyMonitoringDocument,
  labels: { name: 'monitoring.typeName', create: 'monitoring.create' },
  report: monitoringReport,
  reportStyle: monitoringReportStyle,
  poster: monitoringPoster,
  // The measurement photos are kept in the file and printed with the section.
  assets: (doc) => doc.measurements.flatMap((m) => (m.photoId ? [m.photoId] : [])),
});
