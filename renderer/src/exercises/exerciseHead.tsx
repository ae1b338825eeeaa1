import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { definitionOf, isExerciseType } from '#shared/exercises/registry.js';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';
import { Icon } from '../components/Icon.js';
import { Button, Modal } from '../components/ui.js';
import type { SaveStatus } from './document/useExerciseDocument.js';

// Parts of an open exercise's page head (ExerciseFrame).

/**
 * The badge that says whether the last change is on disk. It is as wide as its longest
 * word in every state (a hidden copy of that word shares its cell), so the title beside
 * it never reflows and the canvas below never jumps when a save starts or ends.
 */
export function SaveBadge({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const words: Record<SaveStatus, string> = {
    saved: t('common.saved'),
    saving: t('common.saving'),
    error: t('common.notSaved'),
  };
  const longest = Object.values(words).reduce((a, b) => (b.length > a.length ? b : a));
  return (
    <span className={`save-status save-${status}`} role="status" data-testid="save-status" data-sizer={longest}>
      <span className="save-word">{words[status]}</span>
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

/** True when the type has a notice-board poster (its definition's `poster`). */
export function typeHasPoster(type: string | undefined): boolean {
  return isExerciseType(type) && definitionOf(type).poster !== undefined;
}

/**
 * The head's "Poster" button, for every type with a poster: a small dialog asks the paper
 * size (A4 first, the printer most villages reach), then where to save.
 */
export function PosterButton({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation();
  const { language, notify, showError } = useApp();
  const [open, setOpen] = useState(false);
  const save = (size: 'A4' | 'A3'): void => {
    setOpen(false);
    call('report.exportPoster', { exerciseId, size, language })
      .then((saved) => saved && notify(t('posters.saved', { file: saved.path })))
      .catch(showError);
  };
  return (
    <>
      <Button onClick={() => setOpen(true)} aria-haspopup="dialog" title={t('posters.dialogTitle')}>
        <Icon name="pdf" /> {t('posters.button')}
      </Button>
      {open ? (
        <Modal title={t('posters.dialogTitle')} onClose={() => setOpen(false)}>
          <p className="muted">{t('posters.sizeHint')}</p>
          <div className="inline-form">
            <Button variant="primary" data-autofocus onClick={() => save('A4')}>
              <Icon name="pdf" /> {t('posters.a4')}
            </Button>
            <Button onClick={() => save('A3')}>
              <Icon name="pdf" /> {t('posters.a3')}
            </Button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
