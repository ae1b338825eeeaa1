import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { useApp } from '../AppContext.js';
import type { OpenExercise } from './document/useExercise.js';
import { Icon } from '../components/Icon.js';
import { onTabListKeyDown } from '../components/roving.js';
import { Button } from '../components/ui.js';
import { PosterButton, SaveBadge, typeHasPoster, useDuplicateExercise } from './exerciseHead.js';
import { ExerciseTitle } from './ExerciseTitle.js';
import { RenameButton } from './RenameButton.js';
import { useExerciseCommands } from './useExerciseCommands.js';

/**
 * The one page shell of every exercise: head (back, title, rename, duplicate, undo/redo,
 * saved badge, poster, export) and tabs around the type's own view, so a fix lands once.
 * `layout="canvas"` lets a canvas page fill the window below the head.
 */
export function ExerciseFrame<Tab extends string, D>({
  sessionId,
  history,
  tabs = [],
  tab,
  onTab,
  layout = 'page',
  toolbar,
  side,
  children,
}: {
  sessionId: string;
  history: OpenExercise<D>;
  tabs?: readonly { key: Tab; label: string }[];
  tab?: Tab;
  onTab?: (tab: Tab) => void;
  layout?: 'page' | 'canvas';
  /** Tools above the work area (a canvas page's add form and zoom). */
  toolbar?: ReactNode;
  /** The side panel beside the work area (the selected item, the table). */
  side?: ReactNode;
  children: ReactNode;
}) {
  const { exercise, setExercise, status, canUndo, canRedo, undo, redo } = history;
  const { t } = useTranslation();
  const { navigate } = useApp();
  const duplicate = useDuplicateExercise(sessionId);
  const exportPdf = useExerciseCommands(sessionId, undo, redo);
  return (
    <div className={layout === 'canvas' ? 'editor' : 'page'}>
      <div className="page-head">
        <Button variant="ghost" onClick={() => navigate({ name: 'session', sessionId })} aria-label={t('common.back')}>
          <Icon name="back" />
        </Button>
        <div className="page-title">
          <ExerciseTitle title={exercise?.title ?? ''} />
        </div>
        {exercise ? (
          <RenameButton
            exerciseId={exercise.id}
            title={exercise.title}
            onRenamed={(title) => setExercise({ ...exercise, title })}
          />
        ) : null}
        <Button
          onClick={() => exercise && duplicate(exercise)}
          aria-label={t('exercise.duplicate')}
          title={t('exercise.duplicate')}
        >
          <Icon name="copy" />
        </Button>
        <Button onClick={undo} disabled={!canUndo} aria-label={t('exercise.undo')} title="Ctrl+Z">
          <Icon name="undo" />
        </Button>
        <Button onClick={redo} disabled={!canRedo} aria-label={t('exercise.redo')} title="Ctrl+Y">
          <Icon name="redo" />
        </Button>
        <SaveBadge status={status} />
        {exercise && typeHasPoster(exercise.type) ? <PosterButton exerciseId={exercise.id} /> : null}
        <Button onClick={() => void exportPdf()}>
          <Icon name="pdf" /> {t('session.exportPdf')}
        </Button>
      </div>
      {tabs.length > 0 ? (
        <div className="tabs" role="tablist" onKeyDown={onTabListKeyDown}>
          {tabs.map((x) => (
            <button
              key={x.key}
              type="button"
              role="tab"
              aria-selected={tab === x.key}
              tabIndex={tab === x.key ? 0 : -1}
              className={tab === x.key ? 'on' : ''}
              onClick={() => onTab?.(x.key)}
            >
              {x.label}
            </button>
          ))}
        </div>
      ) : null}
      {toolbar}
      {side === undefined ? (
        children
      ) : (
        <div className="editor-body">
          {children}
          <aside className="side">{side}</aside>
        </div>
      )}
    </div>
  );
}
