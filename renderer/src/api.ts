import type { Channel, ChannelInput, ChannelOutput, RembugApi, ShellEvent } from '#shared/ipc/contract.js';
import type { AppError, RefusalReason, Result } from '#shared/result.js';

declare global {
  interface Window {
    /** Provided by the Electron preload, or by the e2e harness bridged to the same backend. */
    rembug: RembugApi;
  }
}

/** A backend answer that was an error result; carries the code to translate. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiError';
  }
}

/** Typed end to end: the channel names the input and output types from the contract. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = (await window.rembug.invoke(channel, input)) as Result<ChannelOutput<C>>;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export function onShellEvent(listener: (event: ShellEvent) => void): () => void {
  return window.rembug.onEvent(listener);
}

export function asAppError(error: unknown): AppError {
  if (error instanceof ApiError) return error.error;
  return { code: 'internal', message: String(error), params: { detail: String(error).slice(0, 200) } };
}

/**
 * An edit an exercise refused (`errors.<reason>`), shown in the banner in the user's
 * words like a refused save, never as "unexpected error".
 */
export function refusalError(reason: RefusalReason): ApiError {
  return new ApiError({ code: 'invalid_input', message: reason, params: { reason } });
}
