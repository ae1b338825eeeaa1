import type { RefusalReason } from '#shared/result.js';
import { ApiError } from '../../api.js';

/** Today as `YYYY-MM-DD` in the facilitator's own time zone (the laptop's calendar day). */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A refused edit, shown in the banner in the user's words (`errors.<reason>`), like a refused save. */
export function refusalError(reason: RefusalReason): ApiError {
  return new ApiError({ code: 'invalid_input', message: reason, params: { reason } });
}
