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

/**
 * The one notion of "the same name" (an institution across two diagrams, two options of
 * a ranking, a suggestion already used): outer spaces trimmed, inner runs of spaces made
 * one, composed characters made one form (NFC), case folded the Indonesian way
 * (SQLite's NOCASE folds only ASCII).
 */
export function sameNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}

export function sameName(a: string, b: string): boolean {
  return sameNameKey(a) === sameNameKey(b);
}
