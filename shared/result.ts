/**
 * Errors travel as data, never as thrown exceptions across the IPC boundary: Electron
 * keeps only `message` of a rejected invoke, and we need the code to translate it.
 */
export const errorCodes = [
  'invalid_input',
  'unknown_channel',
  'no_community_open',
  'not_found',
  'photo_missing',
  'file_missing',
  'not_rembug_file',
  'damaged_file',
  'newer_version',
  'damaged_exercise',
  'file_in_use',
  'read_failed',
  'read_only',
  'disk_full',
  'write_failed',
  'community_changed',
  'stale_version',
  'poster_too_long',
  'poster_empty',
  'not_an_image',
  'image_too_large',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/**
 * Why a document was refused, in the user's words (locale `errors.<reason>`): the
 * messages the exercise schemas give their checks. Any other schema failure is "invalid".
 */
export const refusalReasons = [
  'empty_name',
  'too_long',
  'too_many',
  'duplicate_name',
  'outside_scale',
  'too_many_seeds',
  'product_needs_scores',
  'no_dots_left',
  'stack_capped',
  'empty_card',
  'empty_column',
  'tree_cycle',
  'future_date',
  'last_group',
  'due_before_baseline',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

export function isRefusalReason(message: string | undefined): message is RefusalReason {
  return (refusalReasons as readonly string[]).includes(message ?? '');
}

export interface AppError {
  code: ErrorCode;
  /** English detail for logs; the user sees the translation of `code`. */
  message: string;
  /** Values the translated message may show, e.g. the file name. */
  params?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, params?: Record<string, string>): Result<never> {
  return { ok: false, error: params ? { code, message, params } : { code, message } };
}

/** Thrown inside the backend, turned into a `Result` by the dispatcher. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
