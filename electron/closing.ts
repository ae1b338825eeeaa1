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

  const stopWaiting = (): void => {
    if (answerTimer) clearTimeout(answerTimer);
    answerTimer = null;
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

  const onAnswer = (event: IpcMainEvent, answer: unknown): void => {
    if (event.sender !== window.webContents || !isTrustedFrame(event.senderFrame)) return;
    if (!isCloseAnswer(answer) || !requested) return;
    stopWaiting();
    if (answer === 'wait') return;
    requested = false;
    allowed = true;
    window.close();
  };
  ipcMain.on(ipcCloseChannel, onAnswer);
  window.on('closed', () => {
    stopWaiting();
    ipcMain.removeListener(ipcCloseChannel, onAnswer);
  });

  return { closeAllowed: () => allowed || rendererGone };
}
