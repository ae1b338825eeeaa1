import { parseExerciseBody, type ExerciseBody, type ExerciseTypeName } from '../../../shared/exercises/registry.js';
import type { Community } from '../../../shared/model/community.js';
import type { Participant, SessionFields } from '../../../shared/model/session.js';
import { AppFailure } from '../../../shared/result.js';
import type { CommunityFile } from '../communityFile.js';

export type ReportExercise = {
  [K in ExerciseTypeName]: { id: string; type: K; title: string; body: ExerciseBody[K] };
}[ExerciseTypeName];

export interface SessionReportData {
  community: Community;
  session: SessionFields & { id: string };
  participants: Participant[];
  exercises: ReportExercise[];
  /** Map photos as data URLs, by photo id, embedded at their stored (print) resolution. */
  photos: Record<string, string>;
}

/** Everything the report shows, read in one go from the open file. */
export function loadSessionReportData(file: CommunityFile, sessionId: string): SessionReportData {
  const session = file.sessions.get(sessionId);
  const exercises = file.exercises.listBySession(sessionId).map((summary) => {
    const row = file.exercises.get(summary.id);
    const parsed = parseExerciseBody(row.type, JSON.parse(row.body));
    if (!parsed.success) throw new AppFailure('damaged_file', `exercise ${row.id}`, { file: file.fileName });
    return { id: row.id, type: row.type, title: row.title, body: parsed.data } as ReportExercise;
  });
  const photos: Record<string, string> = {};
  for (const ex of exercises)
    if (ex.type === 'resourceMap' && ex.body.photo) {
      const photo = file.photos.get(ex.body.photo.id);
      photos[photo.id] = `data:${photo.mime};base64,${photo.bytes.toString('base64')}`;
    }
  return {
    community: file.community.get(),
    session,
    participants: file.participants.listBySession(sessionId),
    exercises,
    photos,
  };
}
