import { ipcMain, type WebFrameMain } from 'electron';
import { ipcInvokeChannel } from '#shared/ipc/contract.js';
import { fail, type Result } from '#shared/result.js';
import type { Backend } from './core/backend.js';
import { dispatch } from './core/dispatcher.js';
import { isAppUrl } from './windows.js';

/** Only the app's own top-level page may talk to the backend (no subframes, no other origin). */
export function isTrustedFrame(frame: WebFrameMain | null | undefined): boolean {
  try {
    return !!frame && frame.parent === null && isAppUrl(frame.url);
  } catch {
    // A frame that went away while its message travelled throws on access: not trusted.
    return false;
  }
}

/**
 * The IPC handler answers data, always: whatever the sender, channel or input (the
 * dispatcher refuses what the contract does not name), the page gets a Result, never a
 * rejected invoke.
 */
export function registerIpc(backend: Backend, afterCall: (channel: unknown) => void): void {
  ipcMain.handle(ipcInvokeChannel, async (event, channel: unknown, input: unknown): Promise<Result<unknown>> => {
    try {
      if (!isTrustedFrame(event.senderFrame)) return fail('unknown_channel', 'message from an untrusted frame');
      const result = await dispatch(backend.handlers, channel, input);
      if (result.ok) afterCall(channel);
      return result;
    } catch {
      return fail('internal', 'the IPC handler failed');
    }
  });
}
