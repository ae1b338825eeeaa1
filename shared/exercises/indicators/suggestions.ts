import { zActionPlanDocument } from '../actionPlan/schema.js';
import type { DatedExercise } from '../definition.js';
import type { IndicatorLink } from './schema.js';

/** Something of an action plan an indicator can watch, with the words to start its name from. */
export interface LinkChoice {
  /** Stable key for a select's option. */
  key: string;
  link: NonNullable<IndicatorLink>;
  planTitle: string;
  /** The activity's "done when", a good first draft of what to count. */
  suggestedName: string;
}

export function linkKey(link: IndicatorLink): string {
  if (!link) return '';
  return link.kind === 'activity'
    ? `a/${link.planExerciseId}/${link.activityId}`
    : `o/${link.planExerciseId}/${link.objective}`;
}

/**
 * The choices of every action plan of the community: each activity, then each objective
 * the plan serves (the goal and the objectives its activities cite), once each.
 */
export function linkChoices(exercises: readonly DatedExercise[]): LinkChoice[] {
  const choices: LinkChoice[] = [];
  for (const ex of exercises) {
    if (ex.type !== 'actionPlan') continue;
    const plan = zActionPlanDocument.safeParse(ex.body);
    if (!plan.success) continue;
    for (const a of plan.data.activities) {
      if (!a.what.trim()) continue;
      const link = { kind: 'activity' as const, planExerciseId: ex.id, activityId: a.id, label: a.what.trim() };
      choices.push({ key: linkKey(link), link, planTitle: ex.title, suggestedName: a.doneWhen.trim() });
    }
    const objectives = [plan.data.goal, ...plan.data.activities.map((a) => a.why?.label ?? '')]
      .map((o) => o.trim())
      .filter(Boolean);
    for (const objective of new Set(objectives)) {
      const link = { kind: 'objective' as const, planExerciseId: ex.id, objective };
      choices.push({ key: linkKey(link), link, planTitle: ex.title, suggestedName: '' });
    }
  }
  return choices;
}
