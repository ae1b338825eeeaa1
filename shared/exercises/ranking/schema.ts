import { z } from 'zod';
import {
  boundedId,
  boundedList,
  boundedRecord,
  boundedText,
  maxBallotsPerGroup,
  maxCriteria,
  maxLabelLength,
  maxNoteLength,
  maxPairKeyLength,
  maxPairs,
  maxQuestionLength,
  maxRankGroups,
  maxRankItems,
} from '../../model/limits.js';
import { sameNameKey, zId, zName } from '../../model/text.js';
import { matrixTemplates } from './templates.js';

/** What every ranking exercise shares: the items, the groups, the rank numbering. */
export const zRankItem = z.object({ id: zId, name: zName });
export type RankItem = z.infer<typeof zRankItem>;

/** A group that ranks on its own (women, men, a hamlet). The first group may be unnamed: "everyone". */
export const zRankGroup = z.object({ id: zId, name: boundedText(maxLabelLength) });
export type RankGroup = z.infer<typeof zRankGroup>;

export const numberings = ['competition', 'roman'] as const;
export type Numbering = (typeof numberings)[number];

const zGroups = boundedList(zRankGroup, maxRankGroups).min(1);
const zItems = boundedList(zRankItem, maxRankItems);

/** Records keyed by group, option, criterion or pair ids: one key per group, option, ... at most. */
const zGroupId = boundedId();
const zItemId = boundedId();

/** Names in a list must differ (case and outer spaces ignored). */
export function duplicateName(items: readonly { name: string }[]): string | null {
  const seen = new Set<string>();
  for (const i of items) {
    const key = sameNameKey(i.name);
    if (seen.has(key)) return i.name;
    seen.add(key);
  }
  return null;
}
const uniqueNames = (items: readonly { name: string }[]): boolean => duplicateName(items) === null;

export const defaultGroupId = 'all';
export function defaultGroups(): RankGroup[] {
  return [{ id: defaultGroupId, name: '' }];
}

// Pairwise ranking -------------------------------------------------------------------

export const zPairCell = z.object({
  choice: z.enum(['first', 'second', 'equal']),
  reason: boundedText(maxNoteLength).optional(),
});

export const zPairwiseDocument = z.object({
  schemaVersion: z.literal(1),
  question: boundedText(maxQuestionLength),
  items: zItems.refine(uniqueNames, { message: 'duplicate_name' }),
  groups: zGroups,
  /** groupId -> pairKey ("first|second" ids in list order) -> the group's choice. */
  choices: boundedRecord(zGroupId, boundedRecord(boundedId(maxPairKeyLength), zPairCell, maxPairs), maxRankGroups),
  numbering: z.enum(numberings),
});
export type PairwiseDocument = z.infer<typeof zPairwiseDocument>;

export function emptyPairwiseDocument(): PairwiseDocument {
  return { schemaVersion: 1, question: '', items: [], groups: defaultGroups(), choices: {}, numbering: 'competition' };
}

// Matrix scoring ----------------------------------------------------------------------

export const zCriterion = z.object({ id: zId, name: zName, weight: z.number().int().min(0).max(10) });

/** An option of a matrix may belong to a category (a commodity, a hamlet) to be ranked within it too. */
export const zMatrixItem = zRankItem.extend({ category: boundedText(maxLabelLength).optional() });

export const zScoring = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('scale'),
    min: z.union([z.literal(0), z.literal(1)]),
    max: z.union([z.literal(3), z.literal(5), z.literal(10)]),
  }),
  z.object({ kind: z.literal('seeds'), seedsPerCriterion: z.number().int().min(1).max(1000) }),
]);

export const matrixSchemaVersion = 2;

export const zMatrixDocument = z
  .object({
    schemaVersion: z.literal(matrixSchemaVersion),
    question: boundedText(maxQuestionLength),
    items: boundedList(zMatrixItem, maxRankItems).refine(uniqueNames, { message: 'duplicate_name' }),
    criteria: boundedList(zCriterion, maxCriteria).refine(uniqueNames, { message: 'duplicate_name' }),
    /** Which template the criteria came from; labels the exercise on the wall and in the PDF. */
    template: z.enum(matrixTemplates),
    scoring: zScoring,
    weights: z.enum(['equal', 'points']),
    /** Multiplying (USG "U × S × G") only makes sense for plain scores without weights. */
    combine: z.enum(['sum', 'product']),
    groups: zGroups,
    /** groupId -> optionId -> criterionId -> score or seeds. */
    cells: boundedRecord(
      zGroupId,
      boundedRecord(zItemId, boundedRecord(boundedId(), z.number().int().min(0).max(1000), maxCriteria), maxRankItems),
      maxRankGroups,
    ),
    numbering: z.enum(numberings),
  })
  .superRefine((doc, ctx) => {
    if (doc.combine === 'product' && (doc.weights !== 'equal' || doc.scoring.kind !== 'scale'))
      ctx.addIssue({ code: 'custom', message: 'product_needs_scores', path: ['combine'] });
    // Every stored value must fit the scale, and no column may hold more seeds than it has.
    for (const [groupId, rows] of Object.entries(doc.cells))
      for (const c of doc.criteria) {
        let column = 0;
        for (const item of doc.items) {
          const v = rows[item.id]?.[c.id];
          if (v === undefined) continue;
          column += v;
          if (doc.scoring.kind === 'scale' && (v < doc.scoring.min || v > doc.scoring.max))
            ctx.addIssue({ code: 'custom', message: 'outside_scale', path: ['cells', groupId, item.id, c.id] });
        }
        if (doc.scoring.kind === 'seeds' && column > doc.scoring.seedsPerCriterion)
          ctx.addIssue({ code: 'custom', message: 'too_many_seeds', path: ['cells', groupId, c.id] });
      }
  });
export type MatrixDocument = z.infer<typeof zMatrixDocument>;

export function emptyMatrixDocument(): MatrixDocument {
  return {
    schemaVersion: matrixSchemaVersion,
    question: '',
    items: [],
    criteria: [],
    template: 'custom',
    scoring: { kind: 'scale', min: 0, max: 5 },
    weights: 'equal',
    combine: 'sum',
    groups: defaultGroups(),
    cells: {},
    numbering: 'competition',
  };
}

// Voting ---------------------------------------------------------------------------------

export const zBallot = z.object({
  id: zId,
  /** A participant of the session, or null for an anonymous tally. */
  participantId: zId.nullable(),
  label: boundedText(maxLabelLength),
  /** optionId -> dots the voter put on it. */
  dots: boundedRecord(zItemId, z.number().int().min(0).max(1000), maxRankItems),
  order: boundedList(zId, maxRankItems),
});
export type Ballot = z.infer<typeof zBallot>;

export const zVoteDocument = z
  .object({
    schemaVersion: z.literal(1),
    question: boundedText(maxQuestionLength),
    items: zItems.refine(uniqueNames, { message: 'duplicate_name' }),
    mode: z.enum(['dots', 'ranked']),
    dotsPerVoter: z.number().int().min(1).max(100),
    /** Most dots one voter may stack on one option; null = no cap. */
    maxPerOption: z.number().int().min(1).max(100).nullable(),
    hideUntilClosed: z.boolean(),
    closed: z.boolean(),
    groups: zGroups,
    /** groupId -> the group's ballots. */
    ballots: boundedRecord(zGroupId, boundedList(zBallot, maxBallotsPerGroup), maxRankGroups),
    numbering: z.enum(numberings),
  })
  .superRefine((doc, ctx) => {
    for (const [groupId, ballots] of Object.entries(doc.ballots))
      for (const b of ballots) {
        const used = Object.values(b.dots).reduce((a, n) => a + n, 0);
        if (doc.mode === 'dots' && used > doc.dotsPerVoter)
          ctx.addIssue({ code: 'custom', message: 'no_dots_left', path: ['ballots', groupId, b.id] });
        if (doc.maxPerOption !== null && Object.values(b.dots).some((n) => n > doc.maxPerOption!))
          ctx.addIssue({ code: 'custom', message: 'stack_capped', path: ['ballots', groupId, b.id] });
      }
  });
export type VoteDocument = z.infer<typeof zVoteDocument>;

export function emptyVoteDocument(): VoteDocument {
  return {
    schemaVersion: 1,
    question: '',
    items: [],
    mode: 'dots',
    dotsPerVoter: 2,
    maxPerOption: null,
    hideUntilClosed: false,
    closed: false,
    groups: defaultGroups(),
    ballots: {},
    numbering: 'competition',
  };
}
