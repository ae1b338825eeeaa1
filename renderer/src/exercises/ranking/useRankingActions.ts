import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, Refusal } from '#shared/exercises/ranking/actions.js';
import type { Translate } from '#shared/i18n/translate.js';
import { defaultGroupId } from '#shared/exercises/ranking/schema.js';
import { useExercise, type OpenExercise } from '../document/useExercise.js';

/**
 * Runs a ranking action on an open exercise: the refusal (checked against the document on
 * screen) comes back for the view to show; otherwise the edit goes to the newest document
 * with the history mode the action declares.
 */
export function useRankingActions<D>({ doc, update }: Pick<OpenExercise<D>, 'doc' | 'update'>) {
  return useCallback(
    <A>(action: Action<D, A>, args: A): Refusal | null => {
      const why = doc ? action.refuse(doc, args) : null;
      if (why) return why;
      const mergeKey = action.mergeKey?.(args);
      update((current) => action.perform(current, args), {
        history: action.history,
        ...(mergeKey === undefined ? {} : { mergeKey }),
      });
      return null;
    },
    [doc, update],
  );
}

export type RunAction<D> = ReturnType<typeof useRankingActions<D>>;

/** i18next's `t` in the shape the shared table builders take. */
export function useTranslate(): Translate {
  const { t } = useTranslation();
  return useCallback<Translate>((key, params) => t(key, params), [t]);
}

/** The message for a refusal, or null. */
export function refusalText(t: Translate, why: Refusal | null): string | null {
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
  const t = useTranslate();
  const history = useExercise(exerciseId, parse);
  const run = useRankingActions(history);
  const [tab, setTab] = useState<Tab>(firstTab);
  const [groupId, setGroupId] = useState(defaultGroupId);
  return { t, history, run, tab, setTab, groupId, setGroupId };
}
