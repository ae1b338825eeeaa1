import { z } from 'zod';
import {
  boundedList,
  boundedRecord,
  boundedText,
  maxInstitutions,
  maxLabelLength,
  maxNoteLength,
  maxQuestionLength,
  maxRankItems,
  maxSentenceLength,
} from '../../model/limits.js';
import { zId, zIsoDate } from '../../model/text.js';
import { capitals } from '../resources/capitals.js';

/**
 * The participatory evaluation (*evaluasi partisipatif*) of domain.md's Development phase:
 * the seed's questions (did the programme answer the problem, meet the needs, follow the
 * agreed way, and what got in the way), answered by each group (women, men, youth, or the
 * groups the village names) on a simple three-step scale with its reasons in words.
 *
 * Beside the answers it keeps the before/after comparisons the community made across the
 * programme (`beforeAfter`), gathered from the file when the evaluation is opened and
 * kept by their words and numbers at that time, so the evaluation's record stays what
 * the group discussed even if an older diagram is edited or deleted later.
 */

// Maxima of this type (docs/limits.md style).
/** Questions of one evaluation: the seed's four plus the village's own. */
export const maxEvaluationQuestions = 30;
/** Groups answering apart (women, men, youth, farmers, RW...); as many as ranking groups. */
export const maxEvaluationGroups = 12;
/** Re-run rankings compared in one evaluation. */
export const maxRankingComparisons = 20;
/** Indicators shown in the before/after section. */
export const maxIndicatorRows = 200;

/** The seed's questions, by key; their words come from the dictionaries unless the group rewrote them. */
export const seedQuestions = ['answered', 'needs', 'procedure', 'obstacles'] as const;
export type SeedQuestion = (typeof seedQuestions)[number];
export const seedGroups = ['women', 'men', 'youth'] as const;
export type SeedGroup = (typeof seedGroups)[number];

/** The simple scale: 1 no, 2 partly, 3 yes. Every question is asked so that "yes" is good. */
export const evaluationScale = [1, 2, 3] as const;
export type Score = (typeof evaluationScale)[number];
export const zScore = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const zEvaluationQuestion = z.object({
  id: zId,
  seed: z.enum(seedQuestions).nullable(),
  /** The words asked; '' for a seed question in the dictionary's words. */
  text: boundedText(maxQuestionLength),
});
export type EvaluationQuestion = z.infer<typeof zEvaluationQuestion>;

export const zEvaluationGroup = z.object({
  id: zId,
  seed: z.enum(seedGroups).nullable(),
  /** The group's name; '' for a seed group in the dictionary's words. */
  name: boundedText(maxLabelLength),
});
export type EvaluationGroup = z.infer<typeof zEvaluationGroup>;

export const zAnswer = z.object({
  score: zScore.nullable(),
  reason: boundedText(maxNoteLength),
});
export type Answer = z.infer<typeof zAnswer>;

/** Which exercise a comparison side was read from, by its words at the time. */
export const zSourceRef = z.object({
  exerciseId: zId,
  title: boundedText(maxQuestionLength),
  date: zIsoDate,
});
export type SourceRef = z.infer<typeof zSourceRef>;

const zBand = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).nullable();
const zImportance = z.number().int().min(0).max(10).nullable();

export const zVennComparison = z.object({
  before: zSourceRef,
  after: zSourceRef,
  rows: boundedList(
    z.object({
      name: boundedText(maxLabelLength),
      status: z.enum(['both', 'added', 'removed']),
      importanceBefore: zImportance,
      importanceAfter: zImportance,
      bandBefore: zBand,
      bandAfter: zBand,
    }),
    maxInstitutions * 2,
  ),
});
export type VennComparison = z.infer<typeof zVennComparison>;

export const zPentagonComparison = z.object({
  before: zSourceRef,
  after: zSourceRef,
  values: boundedList(
    z.object({ capital: z.enum(capitals), before: z.number().min(0).max(1), after: z.number().min(0).max(1) }),
    capitals.length,
  ),
});
export type PentagonComparison = z.infer<typeof zPentagonComparison>;

export const zRankingComparison = z.object({
  before: zSourceRef,
  after: zSourceRef,
  /** The group whose ranking is compared ('' for the whole group). */
  group: boundedText(maxLabelLength),
  rows: boundedList(
    z.object({
      name: boundedText(maxLabelLength),
      /** Ranks as shown (with a tie mark), '' where the item was not ranked on that side. */
      rankBefore: boundedText(16),
      rankAfter: boundedText(16),
      /** Places moved up (positive) or down; null where one side is missing. */
      moved: z.number().int().min(-maxRankItems).max(maxRankItems).nullable(),
    }),
    maxRankItems * 2,
  ),
});
export type RankingComparison = z.infer<typeof zRankingComparison>;

/** An indicator's way from its baseline to its target, as the monitoring sessions left it. */
export const zIndicatorRow = z.object({
  name: boundedText(maxSentenceLength),
  unit: boundedText(maxLabelLength),
  baseline: z.number().finite(),
  target: z.number().finite(),
  latest: z.number().finite().nullable(),
  status: z.enum(['no_data', 'on_track', 'behind', 'late', 'reached']),
  /** 0..1 of the way from baseline to target; null without a measurement. */
  share: z.number().finite().nullable(),
});
export type IndicatorRow = z.infer<typeof zIndicatorRow>;

export const zBeforeAfter = z.object({
  gatheredOn: zIsoDate,
  venn: zVennComparison.nullable(),
  pentagon: zPentagonComparison.nullable(),
  rankings: boundedList(zRankingComparison, maxRankingComparisons),
  indicators: boundedList(zIndicatorRow, maxIndicatorRows),
});
export type BeforeAfter = z.infer<typeof zBeforeAfter>;

export const evaluationSchemaVersion = 1;

export const zEvaluationDocument = z.object({
  schemaVersion: z.literal(evaluationSchemaVersion),
  questions: boundedList(zEvaluationQuestion, maxEvaluationQuestions),
  groups: boundedList(zEvaluationGroup, maxEvaluationGroups),
  /** By group id, then question id. A missing answer is "not answered yet". */
  answers: boundedRecord(zId, boundedRecord(zId, zAnswer, maxEvaluationQuestions), maxEvaluationGroups),
  beforeAfter: zBeforeAfter.nullable(),
});
export type EvaluationDocument = z.infer<typeof zEvaluationDocument>;

/** The seed's four questions and three groups, ready to answer. */
export function emptyEvaluationDocument(): EvaluationDocument {
  return {
    schemaVersion: evaluationSchemaVersion,
    questions: seedQuestions.map((seed) => ({ id: `q-${seed}`, seed, text: '' })),
    groups: seedGroups.map((seed) => ({ id: `g-${seed}`, seed, name: '' })),
    answers: {},
    beforeAfter: null,
  };
}
