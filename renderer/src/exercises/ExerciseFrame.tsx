import { useTranslation } from 'react-i18next';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useApp } from '../AppContext.js';
import { AfterBadge } from './AfterBadge.js';
import type { OpenExercise } from './document/useExercise.js';
import { Icon } from '../components/Icon.js';
import type { ObjectMenuItem } from '../components/ObjectMenu.js';
import { onTabListKeyDown } from '../components/roving.js';
import { Button } from '../components/ui.js';
import { MoreMenu, PosterDialog, SaveBadge, typeHasPoster, useDuplicateExercise } from './exerciseHead.js';
import { ExerciseTitle } from './ExerciseTitle.js';
import { PresentationContext, ProjectionHints, usePresentation, useProjection } from './presentation.js';
import { RenameDialog } from './RenameDialog.js';
import { useExerciseCommands } from './useExerciseCommands.js';
import { WallControls } from '../screens/WallControls.js';

/**
 * Where the keyboard goes on the wall: the canvas (its keys act there), else the page of the
 * wall itself, so Page Down and the arrows scroll a long result.
 */
function focusTarget(root: HTMLElement): HTMLElement {
  return (
    root.querySelector<HTMLElement>('[data-keyscope="canvas"][tabindex]') ??
    root.querySelector<HTMLElement>('.wall-work') ??
    root
  );
}

/**
 * The one page shell of every exercise: head (back, title, saved badge, undo/redo, project,
 * and a "More" menu with rename, duplicate, poster and export) and tabs around the type's
 * own view, so a fix lands once. `layout="canvas"` lets a canvas page fill the window below
 * the head.
 *
 * On the wall (projection, or the audience window that wraps the view in
 * PresentationContext 'audience') the frame shows only the work, filling the window: a
 * canvas view's children, or a page view's `wall` (its result, its board, its plan), with
 * the `legend` in a strip under the drawing instead of over it. The work is mounted afresh
 * on entering and leaving, so a canvas measures its new size and fits again.
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
  wall,
  legend,
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
  /** What the wall shows of a page view (its result, board or plan); a canvas view shows its children. */
  wall?: ReactNode;
  /** What the drawing's colours mean: over the canvas in the editor (the view's own), in a strip on the wall. */
  legend?: ReactNode;
  children: ReactNode;
}) {
  const { exercise, setExercise, status, canUndo, canRedo, undo, redo } = history;
  const { t } = useTranslation();
  const { navigate } = useApp();
  const duplicate = useDuplicateExercise(sessionId);
  const audience = usePresentation() === 'audience';
  const projection = useProjection(!audience);
  const exportPdf = useExerciseCommands(
    sessionId,
    undo,
    redo,
    projection.projecting ? projection.leave : projection.enter,
  );
  const mode = audience ? 'audience' : projection.projecting ? 'projection' : 'editor';
  const onWall = mode !== 'editor';
  const [dialog, setDialog] = useState<'rename' | 'poster' | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const projectButton = useRef<HTMLButtonElement>(null);

  // The room's type size (theme.css sizes everything in rem) while the wall shows.
  useLayoutEffect(() => {
    if (!onWall) return undefined;
    document.documentElement.classList.add('on-wall');
    return () => document.documentElement.classList.remove('on-wall');
  }, [onWall]);

  // The keyboard keeps working across the switch: into the wall's canvas on entering
  // (1-4, arrows and undo act there), back to the editor's canvas, or the button, on leaving.
  const entered = useRef(false);
  useLayoutEffect(() => {
    if (mode === 'projection') {
      entered.current = true;
      if (frame.current) focusTarget(frame.current).focus({ preventScroll: true });
    } else if (mode === 'editor' && entered.current) {
      entered.current = false;
      const canvas = frame.current?.querySelector<HTMLElement>('[data-keyscope="canvas"][tabindex]');
      (canvas ?? projectButton.current)?.focus({ preventScroll: true });
    }
  }, [mode]);

  if (onWall)
    return (
      <PresentationContext.Provider value={mode}>
        <div
          key="wall"
          className={`wall-frame wall-${mode} wall-${wall === undefined ? layout : 'page'}`}
          ref={frame}
          tabIndex={-1}
          role="region"
          aria-label={exercise?.title ?? t('projection.wall')}
          data-testid="wall"
        >
          <div className="wall-work" tabIndex={-1}>
            {wall ?? children}
          </div>
          {/* The strip under the work: what the colours mean where the drawing has a legend (a
              Venn names its village in the middle, a map carries its own title); else the
              title, so the room knows what it is looking at. The "after" copy says so. */}
          <div className="wall-legend">
            {legend === undefined ? <strong className="wall-title">{exercise?.title}</strong> : null}
            <AfterBadge exercise={exercise ?? {}} />
            {legend}
          </div>
          {mode === 'projection' ? <ProjectionHints onLeave={projection.leave} type={exercise?.type} /> : null}
        </div>
      </PresentationContext.Provider>
    );

  const more: ObjectMenuItem[] = exercise
    ? [
        { key: 'rename', label: t('exercise.rename'), run: () => setDialog('rename') },
        { key: 'duplicate', label: t('exercise.duplicate'), run: () => duplicate(exercise) },
        ...(typeHasPoster(exercise.type)
          ? [{ key: 'poster', label: t('posters.button'), run: () => setDialog('poster') }]
          : []),
        { key: 'pdf', label: t('session.exportPdf'), run: () => void exportPdf() },
      ]
    : [];

  return (
    <PresentationContext.Provider value={mode}>
      <div key="editor" className={layout === 'canvas' ? 'editor' : 'page'} ref={frame}>
        <div className="page-head exercise-head">
          <Button
            variant="ghost"
            onClick={() => navigate({ name: 'session', sessionId })}
            aria-label={t('common.back')}
          >
            <Icon name="back" />
          </Button>
          <div className="page-title">
            <ExerciseTitle title={exercise?.title ?? ''} />
          </div>
          {exercise ? <AfterBadge exercise={exercise} /> : null}
          <SaveBadge status={status} />
          <Button onClick={undo} disabled={!canUndo} aria-label={t('exercise.undo')} title="Ctrl+Z">
            <Icon name="undo" />
          </Button>
          <Button onClick={redo} disabled={!canRedo} aria-label={t('exercise.redo')} title="Ctrl+Y">
            <Icon name="redo" />
          </Button>
          <button
            type="button"
            className="btn btn-secondary head-project"
            ref={projectButton}
            onClick={projection.enter}
            title={t('projection.enterTitle')}
            aria-keyshortcuts="F5"
          >
            <Icon name="project" /> {t('projection.enter')}
          </button>
          <WallControls sessionId={sessionId} exercise={exercise} doc={history.doc} />
          <MoreMenu items={more} />
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
        {exercise && dialog === 'rename' ? (
          <RenameDialog
            exerciseId={exercise.id}
            title={exercise.title}
            onRenamed={(title) => setExercise({ ...exercise, title })}
            onClose={() => setDialog(null)}
          />
        ) : null}
        {exercise && dialog === 'poster' ? (
          <PosterDialog exerciseId={exercise.id} onClose={() => setDialog(null)} />
        ) : null}
      </div>
    </PresentationContext.Provider>
  );
}
