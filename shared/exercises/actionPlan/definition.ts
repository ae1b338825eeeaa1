// CONTEXT: the action plan of domain.md ("Action planning and monitoring"), made in the
// Development phase from the framed solution: activities with who, with whom, when, where,
// which resources from where, the cost and the community's own share, and the team that
// carries it out. Shown as a table and a month-by-month timeline, printed in the session
// PDF and as a notice-board poster.
import { defineExercise } from '../definition.js';
import { actionPlanPoster } from './poster.js';
import { actionPlanReport, actionPlanReportStyle } from './report.js';
import { actionPlanSchemaVersion, emptyActionPlanDocument, zActionPlanDocument } from './schema.js';

export const actionPlanDefinition = defineExercise({
  type: 'actionPlan',
  version: actionPlanSchemaVersion,
  migrations: [],
  schema: zActionPlanDocument,
  empty: emptyActionPlanDocument,
  labels: { name: 'actionPlan.typeName', create: 'actionPlan.create' },
  report: actionPlanReport,
  reportStyle: actionPlanReportStyle,
  poster: actionPlanPoster,
  // Its activities are offered as options of a later ranking or vote (which to do first).
  contributes: (doc) => ({
    names: doc.activities.map((a) => a.what.trim()).filter(Boolean),
  }),
});
