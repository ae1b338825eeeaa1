import type { ComponentType } from 'react';
import type { ExerciseTypeName } from '#shared/exercises/registry.js';
import type { IconName } from '../components/Icon.js';
import { ActionPlanView } from './actionPlan/ActionPlanView.js';
import { IndicatorsView } from './indicators/IndicatorsView.js';
import { MonitoringView } from './monitoring/MonitoringView.js';
import { ConsensusView } from './framing/ConsensusView.js';
import { StatementView } from './framing/StatementView.js';
import { TreeView } from './framing/TreeView.js';
import { MatrixView } from './ranking/MatrixView.js';
import { PairwiseView } from './ranking/PairwiseView.js';
import { VoteView } from './ranking/VoteView.js';
import { ResourceMapView } from './resources/ResourceMapView.js';
import { VennEditor } from './venn/VennEditor.js';
import { SuccessesView } from './successes/SuccessesView.js';
import { EvaluationView } from './evaluation/EvaluationView.js';
import { ViewKeyContext } from '../canvas/savedView.js';

export type ExerciseViewProps = { sessionId: string; exerciseId: string };

/** What the renderer needs of a type besides its shared definition: its page and its icon. */
export interface ExerciseViewEntry {
  view: ComponentType<ExerciseViewProps>;
  icon: IconName;
}

/** One entry per type; adding a type adds a line here (and one in shared/exercises/registry.ts). */
const views = new Map<string, ExerciseViewEntry>([
  ['venn', { view: VennEditor, icon: 'venn' }],
  ['pairwise', { view: PairwiseView, icon: 'pairs' }],
  ['matrix', { view: MatrixView, icon: 'grid' }],
  ['vote', { view: VoteView, icon: 'dots' }],
  ['consensus', { view: ConsensusView, icon: 'columns' }],
  ['tree', { view: TreeView, icon: 'tree' }],
  ['statement', { view: StatementView, icon: 'quote' }],
  ['resourceMap', { view: ResourceMapView, icon: 'pin' }],
  ['actionPlan', { view: ActionPlanView, icon: 'gantt' }],
  ['successes', { view: SuccessesView, icon: 'star' }],
  ['evaluation', { view: EvaluationView, icon: 'compare' }],
  ['indicators', { view: IndicatorsView, icon: 'star' }],
  ['monitoring', { view: MonitoringView, icon: 'eye' }],
] satisfies [ExerciseTypeName, ExerciseViewEntry][]);

/** The view of a type registered from outside this list (a test's extra type, a plug-in). */
export function registerExerciseView(type: string, entry: ExerciseViewEntry): void {
  views.set(type, entry);
}

export function exerciseViewOf(type: string): ExerciseViewEntry | undefined {
  return views.get(type);
}

export function ExerciseView({ type, sessionId, exerciseId }: ExerciseViewProps & { type: ExerciseTypeName }) {
  const View = views.get(type)?.view;
  // The exercise's id for its canvas's kept zoom and pan (canvas/savedView.ts).
  return View ? (
    <ViewKeyContext.Provider value={exerciseId}>
      <View sessionId={sessionId} exerciseId={exerciseId} />
    </ViewKeyContext.Provider>
  ) : null;
}
