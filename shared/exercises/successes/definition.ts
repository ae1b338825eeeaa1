// CONTEXT: recognising success (penemukenalan keberhasilan) of domain.md's Development
// phase: milestones marked achieved with date, evidence (words or a photo) and who
// contributed, shown as a success board on the wall, in the session PDF and on a poster,
// because documented success is what builds the village's confidence.
import { defineExercise } from '../definition.js';
import { successesPoster } from './poster.js';
import { successesReport, successesReportStyle } from './report.js';
import { emptySuccessesDocument, successesSchemaVersion, zSuccessesDocument } from './schema.js';

export const successesDefinition = defineExercise({
  type: 'successes',
  version: successesSchemaVersion,
  migrations: [],
  schema: zSuccessesDocument,
  empty: emptySuccessesDocument,
  labels: { name: 'successes.typeName', create: 'successes.create' },
  report: successesReport,
  reportStyle: successesReportStyle,
  poster: successesPoster,
  assets: (doc) => doc.successes.flatMap((s) => (s.photoId ? [s.photoId] : [])),
});
