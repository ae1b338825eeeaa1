import { useTranslation } from 'react-i18next';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';
import type { SaveStatus } from './document/useExerciseDocument.js';

// Parts of an open exercise's page head (ExerciseFrame).

/** The badge that says whether the last change is on disk. */
export function SaveBadge({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const text = status === 'saved' ? t('common.saved') : status === 'saving' ? t('common.saving') : t('common.notSaved');
  return (
    <span className={`save-status save-${status}`} role="status" data-testid="save-status">
      {text}
    </span>
  );
}

/**
 * "Before" and "after": the same exercise repeated later in the programme starts as a
 * copy of this one, and the copy opens.
 */
export function useDuplicateExercise(sessionId: string): (exercise: { id: string; title: string }) => void {
  const { t } = useTranslation();
  const { navigate, showError } = useApp();
  return (exercise) => {
    call('exercise.duplicate', { id: exercise.id, title: t('exercise.duplicateTitle', { title: exercise.title }) })
      .then((copy) => navigate({ name: 'exercise', sessionId, exerciseId: copy.id, type: copy.type }))
      .catch(showError);
  };
}
