import { contract, isChannel } from '#shared/ipc/contract.js';
import { AppFailure, fail, ok, type Result } from '#shared/result.js';
import type { Handlers } from './backend.js';

/**
 * The one door into the backend. Both the Electron shell (ipc.ts) and the e2e harness
 * call it: unknown channels and malformed inputs are answered with an error result and
 * reach no handler, so they change nothing.
 */
export async function dispatch(handlers: Handlers, channel: unknown, raw: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('unknown_channel', `unknown channel ${String(channel).slice(0, 100)}`);
  const parsed = contract[channel].input.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const reason = issue?.message === 'empty_name' ? 'empty_name' : issue?.code === 'too_big' ? 'too_long' : 'invalid';
    return fail('invalid_input', parsed.error.message.slice(0, 2000), {
      field: issue?.path.join('.') ?? '',
      reason,
    });
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppFailure)
      return { ok: false, error: { code: error.code, message: error.message, params: error.params } };
    const detail = error instanceof Error ? error.message : String(error);
    return fail('internal', detail, { detail: detail.slice(0, 300) });
  }
}
