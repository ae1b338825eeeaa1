import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { onShellEvent } from './api.js';
import { useApp } from './AppContext.js';
import { Button, keepTabInside } from './components/ui.js';
import './closeGuard.css';

/**
 * Closing never loses work. The shell holds the window's close (its button, the OS,
 * quitting) and asks the page (`closeRequested`); a file the OS hands over to open in
 * place of this one is asked the same way (`openRequested`). The page answers `wait` at
 * once (so the shell knows it is alive), lets pending saves finish (at most
 * `flushTimeoutMs`, with "Menyimpan…" on screen), and answers `close` (or `replace`) when
 * everything is in the file. A change that could not be saved (read-only, disk full, a
 * failed write) is still only in memory, on screen or in an exercise the user has left:
 * the user is asked to save a copy (then Rembug goes on once the copy holds it), to go on
 * without saving, or to stay.
 */

/** What an open document says about its saves: all in the file, on its way, or refused by the file. */
export type SaveState = 'saved' | 'pending' | 'failed';

/** A document whose saves closing (or replacing the open file) must wait for or ask about. */
export interface TrackedDocument {
  readonly exerciseId: string;
  state(): SaveState;
  /** The file the document belongs to (its path when it was opened, or the copy that took it over). */
  file(): string | undefined;
  /** Sends a save the file refused again, to `copy`: a copy of its file now holds the community. */
  retry(copy: string): void;
  /** The state the file refused, still only in memory; null when nothing was refused. */
  unsaved(): unknown;
  /** Gives up the refused state (the user chose to leave without it, or a view took it over). */
  discard(): void;
}

/**
 * Every document with something not in the file, on screen or not. A view that is left
 * with a save on its way or refused stays here (its save queue keeps running without the
 * view) until its saves land or it is discarded, so closing still waits or asks, "save a
 * copy as" still carries it, and opening the exercise again shows it.
 */
const documents = new Map<TrackedDocument, { onScreen: boolean }>();

/** Registers a document's saves; returns what the view calls when it goes (an effect's cleanup). */
export function trackSaves(document: TrackedDocument): () => void {
  const entry = { onScreen: true };
  documents.set(document, entry);
  return () => {
    entry.onScreen = false;
    if (document.state() === 'saved') documents.delete(document);
  };
}

/** The tracked documents, without those off screen whose saves have all landed. */
function trackedDocuments(): TrackedDocument[] {
  for (const [document, entry] of documents)
    if (!entry.onScreen && document.state() === 'saved') documents.delete(document);
  return [...documents.keys()];
}

/** The worst state of all documents: one failed save is enough to ask. */
export function unsavedState(): SaveState {
  let worst: SaveState = 'saved';
  for (const document of trackedDocuments()) {
    const now = document.state();
    if (now === 'failed') return 'failed';
    if (now === 'pending') worst = 'pending';
  }
  return worst;
}

/**
 * Sends the refused saves of `copiedFrom` again, on screen or not: `copy` now holds that
 * community ("save a copy as"). Those of another file (left before it was closed) stay
 * refused: their exercises are not in the copy.
 */
export function retryRefusedSaves(copiedFrom: string, copy: string): void {
  for (const document of trackedDocuments())
    if (document.state() === 'failed' && document.file() === copiedFrom) document.retry(copy);
}

/** The user chose to leave the open file without its refused changes. */
function discardRefusedSaves(): void {
  for (const document of trackedDocuments()) if (document.state() === 'failed') document.discard();
  trackedDocuments();
}

/** Resolves when `done` holds or after `timeoutMs`. */
async function until(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * When an exercise is opened again in the same file while its earlier view's save is
 * refused (or still on its way), the new view takes over: it waits for a save on its way,
 * and gets the refused state to show and keep (null when everything landed).
 */
export async function takeOverLeftBehind(exerciseId: string, file: string | undefined): Promise<unknown> {
  const left = [...documents].find(
    ([document, entry]) => !entry.onScreen && document.exerciseId === exerciseId && document.file() === file,
  )?.[0];
  if (!left) return null;
  await until(() => left.state() !== 'pending', flushTimeoutMs);
  const refused = left.state() === 'failed' ? left.unsaved() : null;
  left.discard();
  documents.delete(left);
  return refused;
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

/** What the shell asked for: closing the window, or opening another file in place of this one. */
type Purpose = 'close' | 'open';
type Phase =
  | { name: 'idle' }
  | { name: 'saving'; purpose: Purpose }
  | { name: 'asking'; purpose: Purpose; why: 'failed' | 'slow' };

export function CloseGuard() {
  const { t } = useTranslation();
  const { saveCopyAs } = useApp();
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  /** A request is being handled (saving or asking): a second request only hears `wait`. */
  const handling = useRef(false);
  /** What had the focus when the request came: "Batal" gives it back. */
  const focusedBefore = useRef<HTMLElement | null>(null);
  /**
   * When the page last let the window close: the unload that follows (Electron runs
   * beforeunload as the window goes) must not be held by the backstop. The approval is
   * for that close only: a new request, or a page still here seconds later, clears it.
   */
  const closeApprovedAt = useRef<number | null>(null);

  /** Lets the shell go on: close the window, or open the other file. */
  const proceed = useCallback((purpose: Purpose) => {
    if (purpose === 'close') closeApprovedAt.current = Date.now();
    handling.current = false;
    setPhase({ name: 'idle' });
    window.rembug.answerClose(purpose === 'close' ? 'close' : 'replace');
  }, []);

  /** Waits for the saves; goes on if they all landed, otherwise asks. */
  const flushThenProceed = useCallback(
    async (purpose: Purpose) => {
      setPhase({ name: 'saving', purpose });
      const state = await settled(flushTimeoutMs);
      if (state === 'saved') proceed(purpose);
      else setPhase({ name: 'asking', purpose, why: state === 'failed' ? 'failed' : 'slow' });
    },
    [proceed],
  );

  useEffect(
    () =>
      onShellEvent((event) => {
        if (event.type !== 'closeRequested' && event.type !== 'openRequested') return;
        const purpose: Purpose = event.type === 'closeRequested' ? 'close' : 'open';
        closeApprovedAt.current = null;
        if (handling.current) {
          window.rembug.answerClose('wait');
          return;
        }
        if (unsavedState() === 'saved') {
          proceed(purpose);
          return;
        }
        handling.current = true;
        focusedBefore.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        window.rembug.answerClose('wait');
        void flushThenProceed(purpose);
      }),
    [proceed, flushThenProceed],
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
    // Back where the user was (the field they typed in), if it is still on the page.
    const before = focusedBefore.current;
    focusedBefore.current = null;
    if (before?.isConnected) setTimeout(() => before.focus(), 0);
  }, []);

  const discard = useCallback(
    (purpose: Purpose) => {
      // Another file replaces this one: what it refused must not make a later close ask.
      if (purpose === 'open') discardRefusedSaves();
      proceed(purpose);
    },
    [proceed],
  );

  const saveCopyThenProceed = useCallback(
    async (purpose: Purpose) => {
      if (!(await saveCopyAs())) return; // cancelled or refused: the question stays
      // The refused saves are sent again once the copy is the open file (saveCopyAs does,
      // for views left too): give them a moment to leave "failed", then wait for them.
      await settled(retryStartMs, 'failed');
      await flushThenProceed(purpose);
    },
    [flushThenProceed, saveCopyAs],
  );

  if (phase.name === 'idle') return null;
  const opening = phase.purpose === 'open';
  if (phase.name === 'saving')
    return <SavingBeforeClose text={opening ? t('closing.openSaving') : t('closing.saving')} />;
  const seconds = flushTimeoutMs / 1000;
  const message =
    phase.why === 'failed'
      ? t(opening ? 'closing.openFailed' : 'closing.failed')
      : t(opening ? 'closing.openSlow' : 'closing.slow', { seconds });
  const { purpose } = phase;
  return (
    <CloseQuestion
      message={message}
      discardLabel={opening ? t('closing.openDiscard') : t('closing.discard')}
      onSaveCopy={() => void saveCopyThenProceed(purpose)}
      onDiscard={() => discard(purpose)}
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
  discardLabel,
  onSaveCopy,
  onDiscard,
  onStay,
}: {
  message: string;
  discardLabel: string;
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
    keepTabInside(dialog.current, event);
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
            {discardLabel}
          </Button>
          <Button data-choice="stay" onClick={onStay}>
            {t('closing.stay')}
          </Button>
        </div>
      </div>
    </div>
  );
}
