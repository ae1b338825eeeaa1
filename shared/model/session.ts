import { z } from 'zod';
import { boundedName, zId, zIsoDate, zName, zText } from './text.js';
import { boundedList, boundedText, maxAgreementLength, maxAgreements, maxNameLength } from './limits.js';
import { allSteps, isStepOfPhase, phases } from './process.js';

export const sessionKinds = ['fgd', 'socialisation', 'planning', 'evaluation', 'other'] as const;
export const genders = ['female', 'male', 'unspecified'] as const;
export const ageGroups = ['child', 'youth', 'adult', 'elder'] as const;

export const zSessionFields = z
  .object({
    title: zName,
    date: zIsoDate,
    place: zText,
    facilitators: zText,
    kind: z.enum(sessionKinds),
    phase: z.enum(phases as [string, ...string[]]),
    step: z.enum(allSteps as unknown as [string, ...string[]]),
    agenda: zText,
    notes: zText,
    agreements: boundedList(boundedName(maxAgreementLength), maxAgreements),
  })
  .refine((s) => isStepOfPhase(s.phase as (typeof phases)[number], s.step), {
    message: 'step_not_in_phase',
    path: ['step'],
  });
export type SessionFields = z.infer<typeof zSessionFields>;

/** A participant's name and group may be left empty (a signature on paper is enough). */
export const zParticipantFields = z.object({
  name: boundedText(maxNameLength),
  gender: z.enum(genders),
  ageGroup: z.enum(ageGroups),
  group: boundedText(maxNameLength),
});
export type ParticipantFields = z.infer<typeof zParticipantFields>;
export type Gender = (typeof genders)[number];
export type AgeGroup = (typeof ageGroups)[number];

export const zParticipant = zParticipantFields.extend({ id: zId });
export type Participant = z.infer<typeof zParticipant>;

export const zExerciseSummary = z.object({
  id: zId,
  type: z.string(),
  title: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  /** The exercise this one was duplicated from (its "after" copy), else null. */
  copyOf: z.string().nullable(),
});
export type ExerciseSummary = z.infer<typeof zExerciseSummary>;

/** Sessions are listed with their fields; a full session also carries its people and exercises. */
export const zSessionSummary = z.object({
  id: zId,
  title: z.string(),
  date: z.string(),
  kind: z.enum(sessionKinds),
  phase: z.string(),
  step: z.string(),
  participantCount: z.number().int(),
  exerciseCount: z.number().int(),
});
export type SessionSummary = z.infer<typeof zSessionSummary>;

export type Session = SessionFields & {
  id: string;
  participants: Participant[];
  exercises: ExerciseSummary[];
};
