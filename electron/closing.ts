import { ipcMain, type BrowserWindow, type IpcMainEvent } from 'electron';
import {
  closeAnswers,
  ipcCloseChannel,
  ipcEventChannel,
  type CloseAnswer,
  type ShellEvent,
} from '#shared/ipc/contract.js';
import { isTrustedFrame } from './ipc.js';

/**
 * How long the page has to answer a close request (with `wait` or `close`) before the
 * shell takes it for hung. A live page answers at once, before it saves or asks, so this
 * bound never cuts a save or a question short: it only stops a hung page from making the
 * app unclosable.
 */
export const closeAnswerTimeoutMs = 5_000;

export interface CloseGuard {
  /** Whether the window may close now without asking the page (it said so, or it is gone). */
  closeAllowed(): boolean;
  /**
   * Asks the page before the open file is replaced (a file handed over by the OS): the page
   * saves what is pending or asks the user, as for closing, and `replace` runs once it
   * answers `close`. A page that does not answer keeps its file: nothing is replaced unasked.
   */
  askBeforeReplacing(replace: () => void): void;
}

function isCloseAnswer(value: unknown): value is CloseAnswer {
  return typeof value === 'string' && (closeAnswers as readonly string[]).includes(value);
}

/**
 * Closing never loses work: the window's `close` (its close button, the OS, quitting) is
 * held back and the page is asked (`closeRequested`). The page saves what is pending,
 * asks the user about a change it could not save, and answers `close` when the window may
 * go. The window closes without the page's word only when the page cannot give it: its
 * renderer process is gone (crashed or killed), or it did not answer within
 * `closeAnswerTimeoutMs` (hung). A page that has unsaved work and is alive always
 * answers, so neither case drops work that could still have been saved.
 */
export function guardClosing(window: BrowserWindow, answerTimeoutMs = closeAnswerTimeoutMs): CloseGuard {
  let allowed = false;
  let requested = false;
  let rendererGone = false;
  let answerTimer: ReturnType<typeof setTimeout> | null = null;
  /** What to open once the page agrees to leave the open file (the newest request from the OS). */
  let replaceWhenAllowed: (() => void) | null = null;
  let replaceTimer: ReturnType<typeof setTimeout> | null = null;
  /** Set while a close the page allowed is under way; cleared if the window is still here after it. */
  let allowedTimer: ReturnType<typeof setTimeout> | null = null;

  const stopWaiting = (): void => {
    if (answerTimer) clearTimeout(answerTimer);
    answerTimer = null;
  };
  const stopReplaceWaiting = (): void => {
    if (replaceTimer) clearTimeout(replaceTimer);
    replaceTimer = null;
  };
  /**
   * The page's "close" was for that one close. If the window is still here after it (the
   * page's beforeunload held the unload: `will-prevent-unload`, or the close did not go
   * through within the bound), the next close must ask the page again.
   */
  const closeNoLongerAllowed = (): void => {
    if (allowedTimer) clearTimeout(allowedTimer);
    allowedTimer = null;
    if (!window.isDestroyed() && !rendererGone) allowed = false;
  };
  const closeWithoutPage = (): void => {
    stopWaiting();
    allowed = true;
    // destroy, not close: close would run the hung page's beforeunload and wait on it.
    if (!window.isDestroyed()) window.destroy();
  };

  window.on('close', (event: { preventDefault(): void }) => {
    if (allowed) return;
    if (rendererGone) {
      allowed = true;
      return;
    }
    event.preventDefault();
    requested = true;
    const request: ShellEvent = { type: 'closeRequested' };
    window.webContents.send(ipcEventChannel, request);
    answerTimer ??= setTimeout(closeWithoutPage, answerTimeoutMs);
  });
  window.webContents.on('render-process-gone', () => {
    rendererGone = true;
    if (requested) closeWithoutPage();
  });
  window.webContents.on('will-prevent-unload', () => {
    if (allowed) closeNoLongerAllowed();
  });

  const onAnswer = (event: IpcMainEvent, answer: unknown): void => {
    if (event.sender !== window.webContents || !isTrustedFrame(event.senderFrame)) return;
    if (!isCloseAnswer(answer)) return;
    if (answer === 'wait') {
      // Alive and busy (saving, or asking the user) with whatever was asked.
      if (requested) stopWaiting();
      stopReplaceWaiting();
      return;
    }
    if (answer === 'replace') {
      if (!replaceWhenAllowed) return;
      stopReplaceWaiting();
      const replace = replaceWhenAllowed;
      replaceWhenAllowed = null;
      replace();
      return;
    }
    if (!requested) return;
    stopWaiting();
    // Closing wins over a file waiting to be opened: the window goes.
    replaceWhenAllowed = null;
    stopReplaceWaiting();
    requested = false;
    allowed = true;
    allowedTimer = setTimeout(closeNoLongerAllowed, answerTimeoutMs);
    window.close();
  };
  ipcMain.on(ipcCloseChannel, onAnswer);
  window.on('closed', () => {
    stopWaiting();
    stopReplaceWaiting();
    if (allowedTimer) clearTimeout(allowedTimer);
    ipcMain.removeListener(ipcCloseChannel, onAnswer);
  });

  return {
    closeAllowed: () => allowed || rendererGone,
    askBeforeReplacing: (replace) => {
      if (window.isDestroyed()) return;
      replaceWhenAllowed = replace;
      const request: ShellEvent = { type: 'openRequested' };
      window.webContents.send(ipcEventChannel, request);
      // A page that says nothing at all is hung: its file stays open, the request is dropped.
      stopReplaceWaiting();
      replaceTimer = setTimeout(() => {
        replaceTimer = null;
        replaceWhenAllowed = null;
      }, answerTimeoutMs);
    },
  };
}
