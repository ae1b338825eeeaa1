// CONTEXT: solution framing in the Discovery phase of domain.md. The ToP consensus
// workshop clusters the group's idea cards into named columns; the problem tree is
// rewritten node by node into the objective tree; the framed statement is the one plain
// sentence the community agrees on, checked against the direction criteria (realistic,
// measurable, time-framed, scoped) and printed as a poster.
import { defineExercise } from '../definition.js';
import { consensusPoster, statementPoster, treePoster } from './poster.js';
import { consensusReport, statementReport, treeReport } from './report.js';
import {
  emptyConsensusDocument,
  emptyStatementDocument,
  emptyTreeDocument,
  zConsensusDocument,
  zStatementDocument,
  zTreeDocument,
} from './schema.js';

export const consensusDefinition = defineExercise({
  type: 'consensus',
  version: 1,
  migrations: [],
  schema: zConsensusDocument,
  empty: emptyConsensusDocument,
  labels: { name: 'framing.consensus', create: 'framing.newConsensus' },
  report: consensusReport,
  // The board's columns side by side, as on the wall.
  reportStyle: `.columns { display: flex; flex-wrap: wrap; gap: 3mm; }
.column { flex: 1 1 45mm; border: 1px solid #6b7280; padding: 2mm; page-break-inside: avoid; }
.column h3 { margin-top: 0; }
.column ul { padding-left: 4mm; margin: 0; }`,
  poster: consensusPoster,
  // A named cluster is what the group agreed; a statement can be built from it.
  contributes: (doc) => ({
    citable: doc.columns.filter((c) => c.title.trim()).map((c) => ({ itemId: c.id, label: c.title })),
  }),
});

export const treeDefinition = defineExercise({
  type: 'tree',
  version: 1,
  migrations: [],
  schema: zTreeDocument,
  empty: emptyTreeDocument,
  labels: { name: 'framing.tree', create: 'framing.newTree' },
  report: treeReport,
  poster: treePoster,
  contributes: (doc) => ({
    citable: doc.nodes.filter((n) => n.objective.trim()).map((n) => ({ itemId: n.id, label: n.objective })),
  }),
});

export const statementDefinition = defineExercise({
  type: 'statement',
  version: 1,
  migrations: [],
  schema: zStatementDocument,
  empty: emptyStatementDocument,
  labels: { name: 'framing.statement', create: 'framing.newStatement' },
  report: statementReport,
  reportStyle: 'p.statement { font-size: 20pt; font-weight: 700; border: 2px solid #111827; padding: 4mm; }',
  poster: statementPoster,
});
