import { contract, isChannel } from '#shared/ipc/contract.js';
import { AppFailure, fail, ok, type Result } from '#shared/result.js';
import type { Handlers } from './backend.js';
import { refusalParams } from './refusal.js';

/**
 * A short, safe description of a channel value for the refusal's English detail. The
 * value can be anything the page sent (an object whose `toString` throws, a Symbol, a
 * Proxy), so only a string's own characters and `typeof` are ever read.
 */
function describeChannel(channel: unknown): string {
  return typeof channel === 'string' ? JSON.stringify(channel.slice(0, 100)) : `of type ${typeof channel}`;
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unprintable error';
  }
}

/**
 * The one door into the backend. Both the Electron shell (ipc.ts) and the e2e harness
 * call it: unknown channels and malformed inputs are answered with an error result and
 * reach no handler, so they change nothing. It never throws: whatever the page sends,
 * the answer is a Result.
 */
export async function dispatch(handlers: Handlers, channel: unknown, raw: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('unknown_channel', `unknown channel ${describeChannel(channel)}`);
  try {
    const parsed = contract[channel].input.safeParse(raw);
    if (!parsed.success) {
      return fail('invalid_input', parsed.error.message.slice(0, 2000), refusalParams(parsed.error.issues[0]));
    }
    const handler = handlers[channel] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppFailure)
      return { ok: false, error: { code: error.code, message: error.message, params: error.params } };
    const detail = describeError(error);
    return fail('internal', detail, { detail: detail.slice(0, 300) });
  }
}
