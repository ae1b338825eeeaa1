import { NewerBodyError } from '#shared/exercises/definition.js';
import { contributionsOf, definitionOf, isExerciseType, parseExerciseBody } from '#shared/exercises/registry.js';
import { maxBodyCharacters } from '#shared/model/limits.js';
import { AppFailure } from '#shared/result.js';
import type { CommunityFile } from './communityFile.js';
import { refusalParams } from './refusal.js';

/**
 * Saves an exercise's body (autosave, every edit): parsed and validated once by its type's
 * schema, never over a body a newer Rembug wrote, serialised once and checked against the
 * body limit, written with the version check, and the Venn's institutions remembered for
 * suggestions. Returns the new version.
 */
export function saveExerciseBody(file: CommunityFile, id: string, baseVersion: number, body: unknown): number {
  const type = file.exercises.typeOf(id);
  // A type this Rembug does not know was written by a newer one: never overwritten.
  if (!isExerciseType(type))
    throw new AppFailure('newer_version', `exercise ${id} is of unknown type ${type}`, { file: file.fileName });
  let parsed: ReturnType<typeof parseExerciseBody>;
  try {
    parsed = parseExerciseBody(type, body);
  } catch (error) {
    if (error instanceof NewerBodyError)
      throw new AppFailure('invalid_input', error.message, { field: 'schemaVersion', reason: 'invalid' });
    throw error;
  }
  if (!parsed.success) {
    throw new AppFailure('invalid_input', parsed.error.message, refusalParams(parsed.error.issues[0]));
  }
  const doc = parsed.data;
  // A body a newer Rembug wrote is never overwritten by this one: that would lose what it added.
  const stored = file.exercises.storedBodyVersion(id);
  if (stored !== null && stored > definitionOf(type).version)
    throw new AppFailure('newer_version', `exercise ${id} body is version ${stored}`, { file: file.fileName });
  // Serialised once, here; its exact length is the one the limit speaks of.
  const json = JSON.stringify(doc);
  if (json.length > maxBodyCharacters)
    throw new AppFailure('invalid_input', `body of ${json.length} characters`, {
      field: 'body',
      reason: 'too_long',
      max: String(maxBodyCharacters),
    });
  return file.write(() => {
    const next = file.exercises.saveBody(id, baseVersion, json);
    const { stakeholders } = contributionsOf(type, doc);
    if (stakeholders) file.stakeholders.remember(stakeholders);
    return next;
  });
}
