import { z } from 'zod';
import {
  boundedId,
  boundedText,
  maxIdLength,
  maxNameLength,
  maxTextLength,
  withoutControlCharacters,
} from './limits.js';

/**
 * A name of at most `max` units, kept as typed (emoji, right-to-left, combining marks,
 * very long) but for invisible control characters, which it drops (`limits.ts`); only
 * surrounding whitespace is ignored when checking that it is not empty.
 */
export function boundedName(max: number) {
  return boundedText(max)
    .overwrite(withoutControlCharacters)
    .refine((s) => s.trim().length > 0, { message: 'empty_name' });
}

export const zName = boundedName(maxNameLength);
export const zText = boundedText(maxTextLength);
export const zIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const zId = boundedId(maxIdLength);

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
