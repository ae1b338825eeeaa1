import { assetsOf } from '#shared/exercises/registry.js';
import type { Community } from '#shared/model/community.js';
import type { Participant, SessionFields } from '#shared/model/session.js';
import type { CommunityFile } from '../communityFile.js';
import { AppFailure } from '#shared/result.js';
import { parseStoredExercise, type ParsedExercise } from '../storedExercise.js';
import type { DatedExercise } from '#shared/exercises/definition.js';
import { loadDatedExercises } from '../monitoringSources.js';

export interface SessionReportData {
  community: Community;
  session: SessionFields & { id: string };
  participants: Participant[];
  exercises: ParsedExercise[];
  /** Exercises that cannot be read (damaged, or from a newer Rembug): named in the report, not printed. */
  unprinted: { title: string; why: 'damaged' | 'newer' }[];
  /** The photos the exercises show, as data URLs by photo id, at their stored (print) resolution. */
  photos: Record<string, string>;
  /** The community's readable exercises up to this session's date, dated (progress across sessions). */
  dated: DatedExercise[];
  /** The "after" copies "Gandakan" made, by id: their original's id, and its title (null once it was deleted). */
  afterCopies: ReadonlyMap<string, { id: string; title: string | null }>;
}

/** Everything the report shows, read in one go from the open file. */
export function loadSessionReportData(file: CommunityFile, sessionId: string): SessionReportData {
  const session = file.sessions.get(sessionId);
  const exercises: ParsedExercise[] = [];
  const unprinted: SessionReportData['unprinted'] = [];
  const afterCopies = new Map<string, { id: string; title: string | null }>();
  // One damaged exercise must not cost the session its report: the others print, it is named.
  for (const summary of file.exercises.listBySession(sessionId)) {
    try {
      const row = file.exercises.get(summary.id);
      exercises.push(parseStoredExercise(row, file.fileName));
      if (row.copyOf) afterCopies.set(row.id, { id: row.copyOf, title: row.copyOfTitle });
    } catch (error) {
      if (!(error instanceof AppFailure)) throw error;
      unprinted.push({ title: summary.title, why: error.code === 'newer_version' ? 'newer' : 'damaged' });
    }
  }
  const photos = file.photos.dataUrls(exercises.flatMap((ex) => assetsOf(ex.type, ex.body)));
  return {
    community: file.community.get(),
    session,
    participants: file.participants.listBySession(sessionId),
    exercises,
    unprinted,
    photos,
    dated: loadDatedExercises(file, { until: session.date }),
    afterCopies,
  };
}
