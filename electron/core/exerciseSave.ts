import { NewerBodyError, type Contributions } from '#shared/exercises/definition.js';
import {
  contributionsOf,
  definitionOf,
  isExerciseType,
  parseExerciseBody,
  type ExerciseTypeName,
} from '#shared/exercises/registry.js';
import { maxBodyCharacters } from '#shared/model/limits.js';
import { AppFailure } from '#shared/result.js';
import type { CommunityFile } from './communityFile.js';
import { refusalParams } from './refusal.js';

/**
 * What a committed save learnt of an exercise that stays true while its file is open: its
 * type (no channel changes it) and the institutions it gave to the community's suggestions
 * (the suggestions only grow). Keyed by the open file, so another file (a copy, a restore)
 * starts afresh. The stored body's version is not kept: it is read on every save.
 */
type Stakeholders = NonNullable<Contributions['stakeholders']>;
interface SavedBefore {
  type: ExerciseTypeName;
  /** The stakeholders the last committed save remembered; null for none. */
  remembered: Stakeholders | null;
}
const savedBefore = new WeakMap<CommunityFile, Map<string, SavedBefore>>();

function savedBeforeIn(file: CommunityFile): Map<string, SavedBefore> {
  let known = savedBefore.get(file);
  if (!known) savedBefore.set(file, (known = new Map()));
  return known;
}

/**
 * Saves an exercise's body (autosave, every edit): parsed and validated once by its type's
 * schema, never over a body a newer Rembug wrote, serialised once and checked against the
 * body limit, written once with the version check, and the Venn's institutions remembered
 * for suggestions when they changed since the last save. Returns the new version.
 */
export function saveExerciseBody(file: CommunityFile, id: string, baseVersion: number, body: unknown): number {
  const known = savedBeforeIn(file);
  const before = known.get(id);
  // Forgotten until this save commits: a refused or failed one proves nothing.
  known.delete(id);
  const type = before?.type ?? file.exercises.typeOf(id);
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
  // Serialised once, here; its exact length is the one the limit speaks of.
  const json = JSON.stringify(doc);
  if (json.length > maxBodyCharacters)
    throw new AppFailure('invalid_input', `body of ${json.length} characters`, {
      field: 'body',
      reason: 'too_long',
      max: String(maxBodyCharacters),
    });
  const stakeholders = contributionsOf(type, doc).stakeholders ?? null;
  const next = file.write(() => {
    // A body a newer Rembug wrote is never overwritten by this one: that would lose what it added.
    const version = file.exercises.saveBody(id, baseVersion, json, definitionOf(type).version);
    if (version === 'newer_body')
      throw new AppFailure('newer_version', `exercise ${id} has a newer body`, { file: file.fileName });
    // Moving a circle changes no name: the same institutions need not be looked up again.
    if (stakeholders && !sameStakeholders(stakeholders, before?.remembered ?? null))
      file.stakeholders.remember(stakeholders);
    return version;
  });
  known.set(id, { type, remembered: stakeholders });
  return next;
}

function sameStakeholders(now: Stakeholders, before: Stakeholders | null): boolean {
  return (
    before !== null &&
    now.length === before.length &&
    now.every((s, i) => s.name === before[i]?.name && s.kind === before[i]?.kind)
  );
}
