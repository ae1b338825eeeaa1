import { z } from 'zod';
import { boundedList, boundedText, maxLabelLength, maxNoteLength, maxSentenceLength } from '../../model/limits.js';
import { zId, zIsoDate } from '../../model/text.js';

/**
 * Recognising success (*penemukenalan keberhasilan*, domain.md's Development phase): the
 * milestones the group set itself, each marked achieved with its date, the evidence (in
 * words, or a photo kept in the file) and who made it happen, people from the attendance
 * lists and institutions from the Venn diagrams, kept by their names at the time (a later
 * deletion never empties the board).
 */

// Maxima of this type (docs/limits.md style).
/** Milestones of one board: a programme names a handful to a few dozen; 100 fill several walls. */
export const maxSuccesses = 100;
/** People and institutions named for one milestone. */
export const maxContributors = 60;

/** Someone who contributed: a person (from an attendance list, or typed) or an institution. */
export const zContributor = z.object({
  kind: z.enum(['person', 'institution']),
  /** Set when picked from an attendance list. */
  participantId: zId.nullable(),
  name: boundedText(maxLabelLength),
});
export type Contributor = z.infer<typeof zContributor>;

export const zSuccess = z.object({
  id: zId,
  /** The milestone in words a villager can check ("Tandon air RW 02 sudah mengalir"). */
  title: boundedText(maxSentenceLength),
  /** The day it was reached; '' while it is still a milestone to reach. */
  achievedOn: z.union([z.literal(''), zIsoDate]),
  evidence: boundedText(maxNoteLength),
  /** A photo in the file's photo store, or none. */
  photoId: zId.nullable(),
  contributors: boundedList(zContributor, maxContributors),
});
export type Success = z.infer<typeof zSuccess>;

export const successesSchemaVersion = 1;

export const zSuccessesDocument = z.object({
  schemaVersion: z.literal(successesSchemaVersion),
  /** In the order the group wrote them. */
  successes: boundedList(zSuccess, maxSuccesses),
});
export type SuccessesDocument = z.infer<typeof zSuccessesDocument>;

export function emptySuccessesDocument(): SuccessesDocument {
  return { schemaVersion: successesSchemaVersion, successes: [] };
}

export function isAchieved(s: Pick<Success, 'achievedOn'>): boolean {
  return s.achievedOn !== '';
}

/** Achieved milestones first, newest first; then those still to reach, in the group's order. */
export function boardOrder(doc: SuccessesDocument): Success[] {
  const achieved = doc.successes.filter(isAchieved).sort((a, b) => b.achievedOn.localeCompare(a.achievedOn));
  return [...achieved, ...doc.successes.filter((s) => !isAchieved(s))];
}
