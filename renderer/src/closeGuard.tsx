import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { onShellEvent } from './api.js';
import { useApp } from './AppContext.js';
import { Button } from './components/ui.js';
import './closeGuard.css';

/**
 * Closing never loses work. The shell holds the window's close (its button, the OS,
 * quitting) and asks the page (`closeRequested`). The page answers `wait` at once (so the
 * shell knows it is alive), lets pending saves finish (at most `flushTimeoutMs`, with
 * "Menyimpan…" on screen), and closes (`close`) when everything is in the file. A change
 * that could not be saved (read-only, disk full, a failed write) is still only on
 * screen: the user is asked to save a copy (then Rembug closes once the copy holds it),
 * close without saving, or stay.
 */

/** What an open document says about its saves: all in the file, on its way, or refused by the file. */
export type SaveState = 'saved' | 'pending' | 'failed';

/** Each open document registers how to read its save state (useExerciseDocument does). */
const trackers = new Set<() => SaveState>();

/** Registers a document's save state; returns the unregistering function (for an effect's cleanup). */
export function trackSaves(state: () => SaveState): () => void {
  trackers.add(state);
  return () => {
    trackers.delete(state);
  };
}

/** The worst state of all open documents: one failed save is enough to ask. */
export function unsavedState(): SaveState {
  let worst: SaveState = 'saved';
  for (const state of trackers) {
    const now = state();
    if (now === 'failed') return 'failed';
    if (now === 'pending') worst = 'pending';
  }
  return worst;
}

/** How long closing waits for saves in flight before it asks. */
export const flushTimeoutMs = 5_000;

/** How long after letting the window close the unload backstop stays down. */
const approvalMs = 2_000;

/** How long the saves refused before a copy have to start again once the copy is open. */
const retryStartMs = 1_000;

/** Resolves when the state is no longer `waitingOn` (by default: no save pending), or after `timeoutMs`. */
async function settled(timeoutMs: number, waitingOn: SaveState = 'pending'): Promise<SaveState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = unsavedState();
    if (state !== waitingOn || Date.now() >= deadline) return state;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

type Phase = { name: 'idle' } | { name: 'saving' } | { name: 'asking'; why: 'failed' | 'slow' };

export function CloseGuard() {
  const { t } = useTranslation();
  const { saveCopyAs } = useApp();
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  /** A close is being handled (saving or asking): a second request only hears `wait`. */
  const handling = useRef(false);
  /**
   * When the page last let the window close: the unload that follows (Electron runs
   * beforeunload as the window goes) must not be held by the backstop. The approval is
   * for that close only: a new request, or a page still here seconds later, clears it.
   */
  const closeApprovedAt = useRef<number | null>(null);

  const closeNow = useCallback(() => {
    closeApprovedAt.current = Date.now();
    handling.current = false;
    setPhase({ name: 'idle' });
    window.rembug.answerClose('close');
  }, []);

  /** Waits for the saves; closes if they all landed, otherwise asks. */
  const flushThenClose = useCallback(async () => {
    setPhase({ name: 'saving' });
    const state = await settled(flushTimeoutMs);
    if (state === 'saved') closeNow();
    else setPhase({ name: 'asking', why: state === 'failed' ? 'failed' : 'slow' });
  }, [closeNow]);

  useEffect(
    () =>
      onShellEvent((event) => {
        if (event.type !== 'closeRequested') return;
        closeApprovedAt.current = null;
        if (handling.current) {
          window.rembug.answerClose('wait');
          return;
        }
        if (unsavedState() === 'saved') {
          closeNow();
          return;
        }
        handling.current = true;
        window.rembug.answerClose('wait');
        void flushThenClose();
      }),
    [closeNow, flushThenClose],
  );

  // The backstop when the page itself is unloaded with something unsaved (a reload, or a
  // shell that did not ask): the browser's own "leave page?" question.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      const approved = closeApprovedAt.current !== null && Date.now() - closeApprovedAt.current < approvalMs;
      if (approved || unsavedState() === 'saved') return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const stay = useCallback(() => {
    handling.current = false;
    setPhase({ name: 'idle' });
  }, []);

  const saveCopyThenClose = useCallback(async () => {
    if (!(await saveCopyAs())) return; // cancelled or refused: the question stays
    // The refused saves are sent again once the copy is the open file (useExerciseDocument,
    // on its next render): give them a moment to leave "failed", then wait for them.
    await settled(retryStartMs, 'failed');
    await flushThenClose();
  }, [flushThenClose, saveCopyAs]);

  if (phase.name === 'idle') return null;
  if (phase.name === 'saving') return <SavingBeforeClose text={t('closing.saving')} />;
  return (
    <CloseQuestion
      message={phase.why === 'failed' ? t('closing.failed') : t('closing.slow', { seconds: flushTimeoutMs / 1000 })}
      onSaveCopy={() => void saveCopyThenClose()}
      onDiscard={closeNow}
      onStay={stay}
    />
  );
}

/** "Menyimpan…" over the whole window; it takes the keys, so nothing changes while it waits. */
function SavingBeforeClose({ text }: { text: string }) {
  const overlay = useRef<HTMLDivElement>(null);
  useEffect(() => {
    overlay.current?.focus();
  }, []);
  return (
    <div
      className="close-guard-backdrop"
      ref={overlay}
      tabIndex={-1}
      onKeyDown={(event) => {
        event.stopPropagation();
        event.preventDefault();
      }}
    >
      <div className="close-guard close-guard-saving" role="status" aria-live="assertive">
        <span className="close-guard-spinner" aria-hidden="true" />
        {text}
      </div>
    </div>
  );
}

/**
 * The question, keyboard first: focus starts on "Batal" (staying loses nothing), Escape
 * stays, Tab and Shift+Tab go round the three choices and never leave the dialog.
 */
function CloseQuestion({
  message,
  onSaveCopy,
  onDiscard,
  onStay,
}: {
  message: string;
  onSaveCopy: () => void;
  onDiscard: () => void;
  onStay: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.querySelector<HTMLButtonElement>('[data-choice="stay"]')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // Keys belong to the question, not to the screen behind it (its undo, delete, arrows).
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onStay();
      return;
    }
    if (event.key !== 'Tab') return;
    const buttons = [...(dialog.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? [])];
    if (buttons.length === 0) return;
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = (at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
    event.preventDefault();
    buttons[next]!.focus();
  };

  return (
    <div className="close-guard-backdrop">
      <div
        className="close-guard"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="close-guard-title"
        aria-describedby="close-guard-message"
        ref={dialog}
        onKeyDown={onKeyDown}
      >
        <h2 id="close-guard-title">{t('closing.title')}</h2>
        <p id="close-guard-message">{message}</p>
        <div className="close-guard-actions">
          <Button variant="primary" onClick={onSaveCopy}>
            {t('closing.saveCopy')}
          </Button>
          <Button variant="danger" onClick={onDiscard}>
            {t('closing.discard')}
          </Button>
          <Button data-choice="stay" onClick={onStay}>
            {t('closing.stay')}
          </Button>
        </div>
      </div>
    </div>
  );
}
