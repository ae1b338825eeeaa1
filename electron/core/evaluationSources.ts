import { gatherBeforeAfter } from '#shared/exercises/evaluation/gather.js';
import type { BeforeAfter } from '#shared/exercises/evaluation/schema.js';
import { AppFailure } from '#shared/result.js';
import type { Backend, Handlers } from './backend.js';
import type { CommunityFile } from './communityFile.js';
import { datedExercises } from './posterHandlers.js';
import { parseStoredExercise } from './storedExercise.js';

type EvaluationChannel = 'evaluation.sources';

/**
 * The before/after comparisons for one evaluation, from the whole community (the Venn
 * diagrams, potential maps, rankings and indicators of every session), up to the
 * evaluation's own session date and judged on that date: an evaluation looks back from
 * its day, so a later session does not change what it compared. One unreadable exercise
 * hides only itself.
 */
export function loadEvaluationSources(file: CommunityFile, exerciseId: string): BeforeAfter {
  const exercise = parseStoredExercise(file.exercises.get(exerciseId), file.fileName);
  if (exercise.type !== 'evaluation') throw new AppFailure('not_found', `exercise ${exerciseId} is not an evaluation`);
  const { date } = file.sessions.get(exercise.sessionId);
  return gatherBeforeAfter(
    datedExercises(file).filter((ex) => ex.date <= date),
    date,
  );
}

export function evaluationHandlers(backend: Backend): Pick<Handlers, EvaluationChannel> {
  return {
    'evaluation.sources': ({ exerciseId }) => loadEvaluationSources(backend.currentFile(), exerciseId),
  };
}
