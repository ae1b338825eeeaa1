import type { ExerciseTypeName } from '../../../shared/exercises/registry.js';

/** The words for each exercise type: its name (also the default title) and "new …". */
export const exerciseLabels: Record<ExerciseTypeName, { name: string; create: string }> = {
  venn: { name: 'venn.typeName', create: 'session.newVenn' },
  pairwise: { name: 'ranking.pairwise', create: 'ranking.newPairwise' },
  matrix: { name: 'ranking.matrix', create: 'ranking.newMatrix' },
  vote: { name: 'ranking.vote', create: 'ranking.newVote' },
  consensus: { name: 'framing.consensus', create: 'framing.newConsensus' },
  tree: { name: 'framing.tree', create: 'framing.newTree' },
  statement: { name: 'framing.statement', create: 'framing.newStatement' },
  resourceMap: { name: 'resources.map', create: 'resources.newMap' },
};
