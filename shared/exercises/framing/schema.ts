import { z } from 'zod';
import {
  boundedList,
  boundedText,
  maxCardGroupLength,
  maxCards,
  maxCites,
  maxColumnTitleLength,
  maxColumns,
  maxDescriptionLength,
  maxNoteLength,
  maxQuestionLength,
  maxSentenceLength,
  maxSymbolLength,
  maxTreeNodes,
} from '../../model/limits.js';
import { zId } from '../../model/text.js';
import { directionCriteria } from './statement.js';

const zNonEmpty = boundedText(maxNoteLength).refine((s) => s.trim().length > 0, { message: 'empty_card' });

// Consensus workshop board ---------------------------------------------------------------
export const zConsensusDocument = z
  .object({
    schemaVersion: z.literal(1),
    focusQuestion: boundedText(maxQuestionLength),
    cards: boundedList(z.object({ id: zId, text: zNonEmpty, group: boundedText(maxCardGroupLength) }), maxCards),
    loose: boundedList(zId, maxCards),
    columns: boundedList(
      z.object({
        id: zId,
        title: boundedText(maxColumnTitleLength),
        symbol: boundedText(maxSymbolLength),
        cardIds: boundedList(zId, maxCards).min(1, { message: 'empty_column' }),
      }),
      maxColumns,
    ),
    resolve: z.object({
      meaning: boundedText(maxDescriptionLength),
      nextSteps: boundedText(maxDescriptionLength),
    }),
  })
  .superRefine((doc, ctx) => {
    // Every card sits in exactly one place: loose or one column.
    const placed = [...doc.loose, ...doc.columns.flatMap((c) => c.cardIds)];
    const cardIds = new Set(doc.cards.map((c) => c.id));
    if (
      placed.length !== cardIds.size ||
      new Set(placed).size !== placed.length ||
      placed.some((id) => !cardIds.has(id))
    )
      ctx.addIssue({ code: 'custom', message: 'invalid', path: ['columns'] });
  });
export type ConsensusDocument = z.infer<typeof zConsensusDocument>;

export function emptyConsensusDocument(): ConsensusDocument {
  return {
    schemaVersion: 1,
    focusQuestion: '',
    cards: [],
    loose: [],
    columns: [],
    resolve: { meaning: '', nextSteps: '' },
  };
}

// Problem and objective tree ---------------------------------------------------------------
export const zTreeDocument = z
  .object({
    schemaVersion: z.literal(1),
    view: z.enum(['problem', 'objective']),
    nodes: boundedList(
      z.object({
        id: zId,
        parentId: zId.nullable(),
        side: z.enum(['cause', 'effect']),
        problem: boundedText(maxSentenceLength),
        objective: boundedText(maxSentenceLength),
        collapsed: z.boolean(),
      }),
      maxTreeNodes,
    ).min(1),
  })
  .superRefine((doc, ctx) => {
    const ids = new Set(doc.nodes.map((n) => n.id));
    if (doc.nodes.filter((n) => n.parentId === null).length !== 1)
      ctx.addIssue({ code: 'custom', message: 'invalid', path: ['nodes'] });
    for (const n of doc.nodes)
      if (n.parentId !== null && !ids.has(n.parentId))
        ctx.addIssue({ code: 'custom', message: 'invalid', path: ['nodes'] });
    // Walking up from any node must reach the focal problem: no cycles.
    const parent = new Map(doc.nodes.map((n) => [n.id, n.parentId]));
    for (const n of doc.nodes) {
      let steps = 0;
      let at: string | null | undefined = n.id;
      while (at && steps <= doc.nodes.length) {
        at = parent.get(at);
        steps += 1;
      }
      if (steps > doc.nodes.length) ctx.addIssue({ code: 'custom', message: 'tree_cycle', path: ['nodes'] });
    }
  });
export type TreeDocument = z.infer<typeof zTreeDocument>;

export function emptyTreeDocument(): TreeDocument {
  return {
    schemaVersion: 1,
    view: 'problem',
    nodes: [{ id: 'focal', parentId: null, side: 'cause', problem: '', objective: '', collapsed: false }],
  };
}

// Framed solution statement -------------------------------------------------------------------
const zCheck = z.object({ met: z.boolean(), note: boundedText(maxNoteLength) });

export const zStatementDocument = z.object({
  schemaVersion: z.literal(1),
  text: boundedText(maxSentenceLength),
  explanation: boundedText(maxDescriptionLength),
  /** Named clusters or objectives the statement is built from, by their words at the time. */
  cites: boundedList(z.object({ exerciseId: zId, itemId: zId, label: boundedText(maxSentenceLength) }), maxCites),
  criteria: z.object(
    Object.fromEntries(directionCriteria.map((c) => [c, zCheck])) as Record<
      (typeof directionCriteria)[number],
      typeof zCheck
    >,
  ),
});
export type StatementDocument = z.infer<typeof zStatementDocument>;

export function emptyStatementDocument(): StatementDocument {
  return {
    schemaVersion: 1,
    text: '',
    explanation: '',
    cites: [],
    criteria: Object.fromEntries(
      directionCriteria.map((c) => [c, { met: false, note: '' }]),
    ) as StatementDocument['criteria'],
  };
}
