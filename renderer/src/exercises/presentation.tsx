import './projection.css';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isTyping, plainKey, useKeymap } from '../useKeymap.js';

/**
 * Who is looking at an exercise view: the facilitator's full editor, the facilitator's own
 * screen turned into the wall (projection: controls hidden, keys still work), or the
 * projector's audience window (nothing but the work, no keys). A view reads it to hide its
 * editing controls, to move its legend into a strip outside the drawing and to grow its
 * labels for the back of the hall.
 */
export type PresentationMode = 'editor' | 'projection' | 'audience';

export const PresentationContext = createContext<PresentationMode>('editor');

export function usePresentation(): PresentationMode {
  return useContext(PresentationContext);
}

/** True when the view is on the wall (projection or audience): the room reads it from afar. */
export function useOnWall(): boolean {
  return usePresentation() !== 'editor';
}

/** Shows its children in the editor only: a control or an overlay the wall leaves out. */
export function EditorOnly({ children }: { children: ReactNode }) {
  return usePresentation() === 'editor' ? children : null;
}

/** How long the hint bar stays after the mouse last moved: long enough to read four keys. */
export const hintIdleMs = 3000;

/** Whether a menu or dialog is open: its own Escape closes it, the projection stays. */
const popupOpen = (): boolean =>
  document.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"]') !== null;

/**
 * Projection mode of an open exercise: F5 (or the head's button) turns the facilitator's own
 * window into the wall, Esc (or F5 again) gives the editor back. Full screen is asked for on
 * entering (the shell allows 'fullscreen' to the app's page); where it is refused the wall
 * still fills the window. Leaving full screen by the browser's own Esc leaves projection too.
 * The keys are listened to before the exercise's own (capture), so the canvas's Escape
 * (deselect) does not swallow the way out; an open menu or dialog keeps its Escape.
 */
export function useProjection(enabled: boolean): { projecting: boolean; enter: () => void; leave: () => void } {
  const [projecting, setProjecting] = useState(false);
  // Full screen this mode asked for, so leaving gives back only what it took (not the user's F11).
  const tookFullScreen = useRef(false);

  const enter = useCallback(() => {
    setProjecting(true);
    const root = document.documentElement;
    if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
    root
      .requestFullscreen()
      .then(() => {
        tookFullScreen.current = true;
      })
      .catch(() => undefined);
  }, []);

  const leave = useCallback(() => {
    setProjecting(false);
    if (tookFullScreen.current && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    tookFullScreen.current = false;
  }, []);

  useEffect(() => {
    const onChange = (): void => {
      if (document.fullscreenElement || !tookFullScreen.current) return;
      tookFullScreen.current = false;
      setProjecting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // Leaving the exercise (Back by the keyboard, a file closed) gives back the full screen it took.
  useEffect(
    () => () => {
      if (tookFullScreen.current && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    },
    [],
  );

  useKeymap(
    [
      { keyTest: plainKey('F5'), run: () => (projecting ? leave() : enter()), whileTyping: true },
      {
        keyTest: (e) => projecting && plainKey('Escape')(e) && !popupOpen() && !isTyping(e.target),
        run: leave,
      },
    ],
    enabled,
    { capture: true },
  );

  return { projecting: enabled && projecting, enter, leave };
}

/**
 * The small bar of keys at the top of the wall: it shows on entering and whenever the mouse
 * moves, and hides itself after a few seconds without movement, so the room sees only the
 * work. Its one button leaves, for a finger or a mouse without a keyboard.
 */
export function ProjectionHints({ onLeave, type }: { onLeave: () => void; type: string | undefined }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(true);
  useEffect(() => {
    let timer = window.setTimeout(() => setShown(false), hintIdleMs);
    const onMove = (): void => {
      setShown(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setShown(false), hintIdleMs);
    };
    window.addEventListener('mousemove', onMove);
    window.addEventListener('pointerdown', onMove);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('pointerdown', onMove);
    };
  }, []);
  // Only the keys this type's wall answers to: the digits size a Venn's circle, the arrows
  // move a circle or a marker, or go from box to box in a tree; a page's wall only scrolls.
  const typeKeys: Record<string, [string, string][]> = {
    venn: [
      ['1–4', t('projection.keyImportance')],
      ['← ↑ → ↓', t('projection.keyMove')],
    ],
    resourceMap: [['← ↑ → ↓', t('projection.keyMove')]],
    tree: [['← ↑ → ↓', t('projection.keyGo')]],
  };
  const keys: [string, string][] = [
    ['Esc', t('projection.keyLeave')],
    ...((type && typeKeys[type]) || []),
    ['Ctrl+Z', t('projection.keyUndo')],
  ];
  return (
    <div
      className={`projection-hints${shown ? '' : ' idle'}`}
      data-testid="projection-hints"
      aria-label={t('projection.hints')}
      role="note"
    >
      <ul>
        {keys.map(([key, label]) => (
          <li key={key}>
            <kbd>{key}</kbd> {label}
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn-secondary" onClick={onLeave} tabIndex={shown ? 0 : -1}>
        {t('projection.leave')}
      </button>
    </div>
  );
}
