import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { definitionOf, isExerciseType } from '#shared/exercises/registry.js';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';
import { Icon } from '../components/Icon.js';
import { ObjectMenu, type ObjectMenuItem } from '../components/ObjectMenu.js';
import { Button, Modal } from '../components/ui.js';
import type { SaveStatus } from './document/useExerciseDocument.js';
import { afterCopyTitle } from './AfterBadge.js';

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
 * copy of this one (its "after" copy, badged SESUDAH), the copy opens, and a notice says
 * that what is open now is the copy, so nobody edits the original by mistake.
 */
export function useDuplicateExercise(sessionId: string): (exercise: { id: string; title: string }) => void {
  const { t } = useTranslation();
  const { navigate, notify, showError } = useApp();
  return (exercise) => {
    call('exercise.duplicate', { id: exercise.id, title: afterCopyTitle(exercise.title, t) })
      .then((copy) => {
        navigate({ name: 'exercise', sessionId, exerciseId: copy.id, type: copy.type });
        // After navigating, which clears any notice: this one must stay.
        notify(t('beforeAfter.copyMade'));
      })
      .catch(showError);
  };
}

/** True when the type has a notice-board poster (its definition's `poster`). */
export function typeHasPoster(type: string | undefined): boolean {
  return isExerciseType(type) && definitionOf(type).poster !== undefined;
}

/**
 * The poster dialog, for every type with a poster: it asks the paper size (A4 first, the
 * printer most villages reach), then where to save.
 */
export function PosterDialog({ exerciseId, onClose }: { exerciseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { language, notify, showError } = useApp();
  const save = (size: 'A4' | 'A3'): void => {
    onClose();
    call('report.exportPoster', { exerciseId, size, language })
      .then((saved) => saved && notify(t('posters.saved', { file: saved.path })))
      .catch(showError);
  };
  return (
    <Modal title={t('posters.dialogTitle')} onClose={onClose}>
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
  );
}

/**
 * The head's "More" button: the commands a facilitator needs now and then (rename,
 * duplicate, poster, export), in one menu, so the title keeps its width at 1024x768.
 * Enter, Space or Down opens it on its first choice; arrows move, Escape closes and the
 * focus comes back to the button (ObjectMenu).
 */
export function MoreMenu({ items }: { items: readonly ObjectMenuItem[] }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  // The focus comes back to this button (ObjectMenu's own return would find its first choice,
  // focused before it looked), and a dialog a choice opens returns it here too.
  const close = (): void => {
    setAt(null);
    button.current?.focus({ preventScroll: true });
  };
  const open = (): void => {
    const box = button.current?.getBoundingClientRect();
    // Under the button, its right edge on the button's (ObjectMenu keeps it inside the window).
    if (box) setAt({ x: box.right - 300, y: box.bottom + 4 });
  };
  return (
    <>
      <button
        type="button"
        ref={button}
        className="btn btn-ghost"
        aria-haspopup="menu"
        aria-expanded={at !== null}
        aria-label={t('projection.more')}
        title={t('projection.more')}
        onClick={() => (at ? close() : open())}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' || at) return;
          e.preventDefault();
          open();
        }}
      >
        <Icon name="more" />
      </button>
      {at ? <ObjectMenu title={t('projection.more')} at={at} items={items} onClose={close} /> : null}
    </>
  );
}
