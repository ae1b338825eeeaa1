import type { z } from 'zod';
import { isRefusalReason } from '#shared/result.js';

/**
 * The params of an `invalid_input` refusal, from the first issue a schema found: which
 * field, why in the user's words (a refusal reason the schema gave, "too long" for any
 * other size limit, else "invalid"), and the limit that was passed, for "too many entries
 * (limit 60)". The dispatcher and exercise.save refuse alike.
 */
export function refusalParams(issue: z.core.$ZodIssue | undefined): Record<string, string> {
  const reason = isRefusalReason(issue?.message) ? issue.message : issue?.code === 'too_big' ? 'too_long' : 'invalid';
  return {
    field: issue?.path.map(String).join('.') ?? '',
    reason,
    ...(issue?.code === 'too_big' ? { max: String(issue.maximum) } : {}),
  };
}
