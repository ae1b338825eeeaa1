// CONTEXT: the ranking exercises of domain.md (Dialog: challenges and directions; any
// phase where the group must choose). Pairwise ranking compares every pair; matrix
// scoring rates options against the participants' own criteria (and the GMP / USG
// problem-ranking templates of Indonesian practice); voting spreads dots or ranks
// ballots. Ties share a rank, numbered 1, 1, 3 or densely in Roman numerals.
import { defineExercise } from '../definition.js';
import { matrixPoster, pairwisePoster, votePoster } from './poster.js';
import { matrixReport, pairwiseReport, voteReport } from './report.js';
import {
  emptyMatrixDocument,
  emptyPairwiseDocument,
  emptyVoteDocument,
  matrixSchemaVersion,
  zMatrixDocument,
  zPairwiseDocument,
  zVoteDocument,
} from './schema.js';

/** The formula the group used and the notes on ties stand out on paper as on the wall. */
const rankingStyle = `.formula { font-weight: 700; }
ul.notes { font-weight: 700; }`;

/** The options of a ranking are offered for quick entry in the session's other rankings. */
const itemNames = (doc: { items: readonly { name: string }[] }) => ({ names: doc.items.map((i) => i.name) });

export const pairwiseDefinition = defineExercise({
  type: 'pairwise',
  version: 1,
  migrations: [],
  schema: zPairwiseDocument,
  empty: emptyPairwiseDocument,
  labels: { name: 'ranking.pairwise', create: 'ranking.newPairwise' },
  report: pairwiseReport,
  poster: pairwisePoster,
  reportStyle: rankingStyle,
  contributes: itemNames,
});

export const matrixDefinition = defineExercise({
  type: 'matrix',
  version: matrixSchemaVersion,
  migrations: [
    {
      from: 1,
      why: 'templates (GMP, USG, weighted), multiplying scores and option categories; a version-1 matrix was a custom, summed one',
      up: (body) => ({ ...body, template: 'custom', combine: 'sum' }),
    },
  ],
  schema: zMatrixDocument,
  empty: emptyMatrixDocument,
  labels: { name: 'ranking.matrix', create: 'ranking.newMatrix' },
  report: matrixReport,
  poster: matrixPoster,
  reportStyle: rankingStyle,
  contributes: itemNames,
});

export const voteDefinition = defineExercise({
  type: 'vote',
  version: 1,
  migrations: [],
  schema: zVoteDocument,
  empty: emptyVoteDocument,
  labels: { name: 'ranking.vote', create: 'ranking.newVote' },
  report: voteReport,
  poster: votePoster,
  reportStyle: rankingStyle,
  contributes: itemNames,
});
