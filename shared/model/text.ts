import { z } from 'zod';

/**
 * Names are kept exactly as typed (emoji, right-to-left, combining marks, very long);
 * only surrounding whitespace is ignored when checking that a name is not empty.
 */
export const zName = z
  .string()
  .max(20_000)
  .refine((s) => s.trim().length > 0, { message: 'empty_name' });

export const zText = z.string().max(100_000);
export const zIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const zId = z.string().min(1).max(64);
