import type { ComponentType } from 'react';
import type { ExerciseTypeName } from '../../../shared/exercises/registry.js';
import { MatrixView } from './ranking/MatrixView.js';
import { PairwiseView } from './ranking/PairwiseView.js';
import { VoteView } from './ranking/VoteView.js';
import { VennEditor } from './venn/VennEditor.js';
import { ConsensusView } from './framing/ConsensusView.js';
import { StatementView } from './framing/StatementView.js';
import { TreeView } from './framing/TreeView.js';
import { ResourceMapView } from './resources/ResourceMapView.js';

/** The view of each exercise type; adding a type adds a line here. */
const views: Record<ExerciseTypeName, ComponentType<{ sessionId: string; exerciseId: string }>> = {
  venn: VennEditor,
  pairwise: PairwiseView,
  matrix: MatrixView,
  vote: VoteView,
  consensus: ConsensusView,
  tree: TreeView,
  statement: StatementView,
  resourceMap: ResourceMapView,
};

export function ExerciseView({
  type,
  sessionId,
  exerciseId,
}: {
  type: ExerciseTypeName;
  sessionId: string;
  exerciseId: string;
}) {
  const View = views[type];
  return <View sessionId={sessionId} exerciseId={exerciseId} />;
}
