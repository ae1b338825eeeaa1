import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exercise } from '#shared/ipc/contract.js';
import type { WallMode, WallStatus } from '#shared/model/wall.js';
import { isExerciseType, type ExerciseTypeName } from '#shared/exercises/registry.js';
import type { ExerciseSummary } from '#shared/model/session.js';
import { call, onShellEvent } from '../api.js';
import { useApp } from '../AppContext.js';
import { Icon } from '../components/Icon.js';
import { ObjectMenu, type ObjectMenuItem } from '../components/ObjectMenu.js';
import './wall.css';
import { patchWallStatus, publishToWall, setWallStatus, useWallStatus } from '../exercises/document/wallSource.js';

/**
 * The exercise head's "Dinding" control (issue 11, presenter view on two screens): shown
 * only while an audience window is open on a second display. One button, saying what the
 * wall does now, opens a menu: show this exercise on the wall, freeze or unfreeze it,
 * black it out, or show the session's next exercise (which opens here too, so the
 * facilitator goes on working on what the room sees).
 */
export function WallControls({
  sessionId,
  exercise,
  doc,
}: {
  sessionId: string;
  exercise: Omit<Exercise, 'body'> | null;
  /** The document on screen: the wall starts from it (a save may still be on its way). */
  doc: unknown;
}) {
  const { t } = useTranslation();
  const { navigate, showError } = useApp();
  const status = useWallStatus();
  const [next, setNext] = useState<ExerciseSummary | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);

  useEffect(() => {
    call('wall.status', {}).then(setWallStatus).catch(showError);
    return onShellEvent((event) => {
      if (event.type === 'audience') patchWallStatus({ audienceOpen: event.open });
    });
  }, [showError]);

  const exerciseId = exercise?.id;
  useEffect(() => {
    if (!status.audienceOpen || !exerciseId) return;
    call('session.get', { id: sessionId })
      .then(({ exercises }) => setNext(exercises[exercises.findIndex((e) => e.id === exerciseId) + 1] ?? null))
      .catch(showError);
  }, [exerciseId, sessionId, showError, status.audienceOpen]);

  if (!status.audienceOpen || !exercise) return null;
  const onWall = status.exerciseId === exercise.id;
  const run = (request: Promise<WallStatus>, after?: () => void): void => {
    request
      .then((next) => {
        setWallStatus(next);
        after?.();
      })
      .catch(showError);
  };
  const toggle = (mode: WallMode): void => run(call('wall.setMode', { mode: status.mode === mode ? 'live' : mode }));
  const items: ObjectMenuItem[] = [
    {
      key: 'show',
      label: t('wall.showThis'),
      checked: onWall,
      // From the file, then at once the document on screen (a save of it may be on its way).
      run: () => run(call('wall.show', { exerciseId: exercise.id }), () => publishToWall(exercise, doc)),
    },
    { key: 'freeze', label: t('wall.freeze'), checked: status.mode === 'frozen', run: () => toggle('frozen') },
    { key: 'black', label: t('wall.blackOut'), checked: status.mode === 'black', run: () => toggle('black') },
    ...(next && isExerciseType(next.type)
      ? [
          {
            key: 'next',
            label: t('wall.next', { title: next.title }),
            run: () =>
              run(call('wall.show', { exerciseId: next.id }), () =>
                navigate({ name: 'exercise', sessionId, exerciseId: next.id, type: next.type as ExerciseTypeName }),
              ),
          },
        ]
      : []),
  ];
  const state = !onWall ? (status.exerciseId ? t('wall.state.other') : null) : t(`wall.state.${status.mode}`);
  return (
    <>
      <button
        type="button"
        ref={button}
        className={`btn btn-secondary wall-button wall-button-${onWall ? status.mode : 'off'}`}
        aria-haspopup="menu"
        aria-expanded={at !== null}
        title={t('wall.menuTitle')}
        data-testid="wall-button"
        onClick={() => {
          const box = button.current?.getBoundingClientRect();
          setAt(at || !box ? null : { x: box.right - 320, y: box.bottom + 4 });
        }}
      >
        <Icon name="eye" /> {t('wall.button')}
        {state ? <span className="wall-state"> · {state}</span> : null}
      </button>
      {at ? <ObjectMenu title={t('wall.menuTitle')} at={at} items={items} onClose={() => setAt(null)} /> : null}
    </>
  );
}
