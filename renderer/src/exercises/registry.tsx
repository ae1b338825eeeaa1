import { useEffect, type ComponentType } from 'react';
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
import { askEarlyView, forgetEarlyView, ViewKeyContext } from '../canvas/savedView.js';
import { usePresentation } from './presentation.js';

export type ExerciseViewProps = { sessionId: string; exerciseId: string };

/** What the renderer needs of a type besides its shared definition: its page and its icon. */
export interface ExerciseViewEntry {
  view: ComponentType<ExerciseViewProps>;
  icon: IconName;
  /** Whether its page draws a canvas that keeps its zoom and pan (canvas/savedView.ts). */
  canvas?: true;
}

/** One entry per type; adding a type adds a line here (and one in shared/exercises/registry.ts). */
const views = new Map<string, ExerciseViewEntry>([
  ['venn', { view: VennEditor, icon: 'venn', canvas: true }],
  ['pairwise', { view: PairwiseView, icon: 'pairs' }],
  ['matrix', { view: MatrixView, icon: 'grid' }],
  ['vote', { view: VoteView, icon: 'dots' }],
  ['consensus', { view: ConsensusView, icon: 'columns' }],
  ['tree', { view: TreeView, icon: 'tree', canvas: true }],
  ['statement', { view: StatementView, icon: 'quote' }],
  ['resourceMap', { view: ResourceMapView, icon: 'pin', canvas: true }],
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
  const entry = views.get(type);
  const View = entry?.view;
  // Its canvas's kept view (the editor's), asked for with the document rather than after it came.
  const keepsView = Boolean(entry?.canvas) && usePresentation() === 'editor';
  useEffect(() => {
    if (!keepsView) return;
    askEarlyView(exerciseId);
    return () => forgetEarlyView(exerciseId);
  }, [exerciseId, keepsView]);
  // The exercise's id for its canvas's kept zoom and pan (canvas/savedView.ts).
  return View ? (
    <ViewKeyContext.Provider value={exerciseId}>
      <View sessionId={sessionId} exerciseId={exerciseId} />
    </ViewKeyContext.Provider>
  ) : null;
}
