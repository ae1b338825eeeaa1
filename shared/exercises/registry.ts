import type { z } from 'zod';
import { emptyVennDocument, migrateVennBody, zVennDocument } from './venn/schema.js';
import {
  emptyMatrixDocument,
  emptyPairwiseDocument,
  emptyVoteDocument,
  migrateMatrixBody,
  migrateRankingBody,
  zMatrixDocument,
  zPairwiseDocument,
  zVoteDocument,
} from './ranking/schema.js';
import {
  emptyConsensusDocument,
  emptyStatementDocument,
  emptyTreeDocument,
  migrateFramingBody,
  zConsensusDocument,
  zStatementDocument,
  zTreeDocument,
} from './framing/schema.js';
import { emptyResourceMapDocument, migrateResourceMapBody, zResourceMapDocument } from './resources/schema.js';

/**
 * Every exercise type the app knows. A type is a folder here (schema, pure logic, scene),
 * a folder in renderer/exercises (view), a report section in electron/core/report, and
 * one line in this table.
 */
interface ExerciseType<T> {
  schema: z.ZodType<T>;
  /** Upgrades an older stored body to the current schemaVersion before parsing. */
  migrate: (raw: unknown) => unknown;
  empty: () => T;
}

export const exerciseTypes = {
  venn: { schema: zVennDocument, migrate: migrateVennBody, empty: emptyVennDocument } satisfies ExerciseType<
    z.infer<typeof zVennDocument>
  >,
  pairwise: {
    schema: zPairwiseDocument,
    migrate: migrateRankingBody,
    empty: emptyPairwiseDocument,
  } satisfies ExerciseType<z.infer<typeof zPairwiseDocument>>,
  matrix: { schema: zMatrixDocument, migrate: migrateMatrixBody, empty: emptyMatrixDocument } satisfies ExerciseType<
    z.infer<typeof zMatrixDocument>
  >,
  vote: { schema: zVoteDocument, migrate: migrateRankingBody, empty: emptyVoteDocument } satisfies ExerciseType<
    z.infer<typeof zVoteDocument>
  >,
  consensus: {
    schema: zConsensusDocument,
    migrate: migrateFramingBody,
    empty: emptyConsensusDocument,
  } satisfies ExerciseType<z.infer<typeof zConsensusDocument>>,
  tree: { schema: zTreeDocument, migrate: migrateFramingBody, empty: emptyTreeDocument } satisfies ExerciseType<
    z.infer<typeof zTreeDocument>
  >,
  resourceMap: {
    schema: zResourceMapDocument,
    migrate: migrateResourceMapBody,
    empty: emptyResourceMapDocument,
  } satisfies ExerciseType<z.infer<typeof zResourceMapDocument>>,
  statement: {
    schema: zStatementDocument,
    migrate: migrateFramingBody,
    empty: emptyStatementDocument,
  } satisfies ExerciseType<z.infer<typeof zStatementDocument>>,
};

export type ExerciseTypeName = keyof typeof exerciseTypes;
export const exerciseTypeNames = Object.keys(exerciseTypes) as [ExerciseTypeName, ...ExerciseTypeName[]];

export type ExerciseBody = { [K in ExerciseTypeName]: z.infer<(typeof exerciseTypes)[K]['schema']> };

/** Parses a stored or received body of the given type, upgrading it first. */
export function parseExerciseBody<K extends ExerciseTypeName>(
  type: K,
  raw: unknown,
): { success: true; data: ExerciseBody[K] } | { success: false; error: z.ZodError } {
  const t = exerciseTypes[type];
  return t.schema.safeParse(t.migrate(raw)) as ReturnType<typeof parseExerciseBody<K>>;
}
