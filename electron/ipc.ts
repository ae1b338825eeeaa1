import { ipcMain, type WebFrameMain } from 'electron';
import { ipcInvokeChannel } from '#shared/ipc/contract.js';
import { fail } from '#shared/result.js';
import type { Backend } from './core/backend.js';
import { dispatch } from './core/dispatcher.js';
import { isAppUrl } from './windows.js';

/** Only the app's own top-level page may talk to the backend (no subframes, no other origin). */
export function isTrustedFrame(frame: WebFrameMain | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpc(backend: Backend, afterCall: (channel: unknown) => void): void {
  ipcMain.handle(ipcInvokeChannel, async (event, channel: unknown, input: unknown) => {
    if (!isTrustedFrame(event.senderFrame)) return fail('unknown_channel', 'message from an untrusted frame');
    const result = await dispatch(backend.handlers, channel, input);
    afterCall(channel);
    return result;
  });
}
