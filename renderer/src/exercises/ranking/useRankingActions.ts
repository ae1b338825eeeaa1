import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefusalReason } from '#shared/result.js';
import type { Translate } from '#shared/i18n/translate.js';
import { defaultGroupId } from '#shared/exercises/ranking/schema.js';
import { useExercise, type OpenExercise } from '../document/useExercise.js';

/** Runs a ranking action: the refusal comes back for the view to show. */
export type RunAction<D> = OpenExercise<D>['perform'];

/** The message for a refusal, or null. */
export function refusalText(t: Translate, why: RefusalReason | null): string | null {
  return why ? t(`errors.${why}`) : null;
}

/**
 * What every ranking view starts from: the open exercise, its action runner, the tab on
 * screen and the group being ranked.
 */
export function useRankingExercise<D, Tab extends string>(
  exerciseId: string,
  parse: (body: unknown) => D,
  firstTab: Tab,
) {
  const { t } = useTranslation();
  const history = useExercise(exerciseId, parse);
  const run = history.perform;
  const [tab, setTab] = useState<Tab>(firstTab);
  const [groupId, setGroupId] = useState(defaultGroupId);
  return { t, history, run, tab, setTab, groupId, setGroupId };
}
