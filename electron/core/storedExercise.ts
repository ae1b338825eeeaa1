import { NewerBodyError } from '#shared/exercises/definition.js';
import {
  isExerciseType,
  parseExerciseBody,
  type ExerciseBody,
  type ExerciseTypeName,
} from '#shared/exercises/registry.js';
import { AppFailure } from '#shared/result.js';
import type { ExerciseRow } from './repos/exerciseRepo.js';

function damagedExercise(row: ExerciseRow, what: string): AppFailure {
  return new AppFailure('damaged_exercise', `exercise ${row.id} body ${what}`, { title: row.title });
}

export type ParsedExercise = {
  [K in ExerciseTypeName]: Omit<ExerciseRow, 'type' | 'body'> & { type: K; body: ExerciseBody[K] };
}[ExerciseTypeName];

/**
 * A stored exercise, upgraded and parsed by its type's definition. A body that does not
 * parse (damage the file check missed, e.g. a zeroed overflow page) is refused by the
 * exercise's title, so the user knows which one to restore; one that a newer Rembug wrote
 * is refused with the file's name, in the words the user sees for a newer file.
 */
export function parseStoredExercise(row: ExerciseRow, fileName: string): ParsedExercise {
  // A type this Rembug does not know was added by a newer one (a seasonal calendar, say).
  if (!isExerciseType(row.type))
    throw new AppFailure('newer_version', `exercise ${row.id} is of unknown type ${row.type}`, { file: fileName });
  let raw: unknown;
  try {
    raw = JSON.parse(row.body);
  } catch {
    throw damagedExercise(row, 'is not JSON');
  }
  let parsed: ReturnType<typeof parseExerciseBody>;
  try {
    parsed = parseExerciseBody(row.type, raw);
  } catch (error) {
    if (error instanceof NewerBodyError)
      throw new AppFailure('newer_version', `exercise ${row.id}: ${error.message}`, { file: fileName });
    throw error;
  }
  if (!parsed.success) throw damagedExercise(row, 'does not parse');
  return { ...row, body: parsed.data } as ParsedExercise;
}

/** The exercise, or null when it cannot be read: for lists where one bad exercise must not hide the rest. */
export function readableExercise(row: ExerciseRow, fileName: string): ParsedExercise | null {
  try {
    return parseStoredExercise(row, fileName);
  } catch {
    return null;
  }
}
