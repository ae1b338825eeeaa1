import type { ChannelInput } from '#shared/ipc/contract.js';
import { definitionOf, isExerciseType, type ExerciseTypeName } from '#shared/exercises/registry.js';
import type { Language } from '#shared/i18n/languages.js';
import {
  buildJourney,
  type ChosenStatus,
  type Journey,
  type RecordedSession,
  type StepStatus,
} from '#shared/model/journey.js';
import type { SessionFields } from '#shared/model/session.js';
import { AppFailure } from '#shared/result.js';
import type { CommunityFile } from './communityFile.js';
import type { Db } from './db/openFile.js';
import { backendTranslator } from './translate.js';

/**
 * The programme journey of the open community (issue 12): its sessions by step with their
 * attendance, exercises and agreements, and the statuses the facilitator set (table
 * `step_status`, migration 1040). Read with four queries and no exercise body, so a
 * community of 60 sessions and 300 exercises answers in milliseconds; the decisions
 * (suggested status, current step) are shared/model/journey.ts.
 */
class JourneyQueries {
  readonly sessions;
  readonly attendance;
  readonly exercises;
  readonly chosen;
  readonly upsertStatus;
  readonly clearStatus;

  constructor(db: Db) {
    this.sessions = db.prepare<
      [],
      {
        id: string;
        title: string;
        date: string;
        kind: SessionFields['kind'];
        place: string;
        phase: string;
        step: string;
        agreements: string;
      }
    >('SELECT id, title, date, kind, place, phase, step, agreements FROM sessions ORDER BY date, created_at');
    this.attendance = db.prepare<[], { sessionId: string; gender: string; ageGroup: string; n: number }>(
      `SELECT session_id AS sessionId, gender, age_group AS ageGroup, COUNT(*) AS n
       FROM participants GROUP BY session_id, gender, age_group`,
    );
    this.exercises = db.prepare<[], { id: string; sessionId: string; type: string; title: string }>(
      'SELECT id, session_id AS sessionId, type, title FROM exercises ORDER BY session_id, position',
    );
    this.chosen = db.prepare<[], ChosenStatus>('SELECT phase, step, status FROM step_status');
    this.upsertStatus = db.prepare(
      `INSERT INTO step_status (phase, step, status, updated_at) VALUES (@phase, @step, @status, @now)
       ON CONFLICT (phase, step) DO UPDATE SET status = @status, updated_at = @now`,
    );
    this.clearStatus = db.prepare('DELETE FROM step_status WHERE phase = @phase AND step = @step');
  }
}

// Prepared once per connection: the journey is read on every visit to the community screen.
const queriesByDb = new WeakMap<Db, JourneyQueries>();
function queriesOf(file: CommunityFile): JourneyQueries {
  let queries = queriesByDb.get(file.db);
  if (!queries) {
    queries = new JourneyQueries(file.db);
    queriesByDb.set(file.db, queries);
  }
  return queries;
}

function parseAgreements(json: string): string[] {
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? list.filter((a): a is string => typeof a === 'string') : [];
  } catch {
    return []; // the session screen names a damaged list; the journey shows the rest
  }
}

export function loadJourney(file: CommunityFile): Journey {
  const q = queriesOf(file);
  const attendance = new Map<string, RecordedSession['attendance']>();
  for (const row of q.attendance.all()) {
    const counts = attendance.get(row.sessionId) ?? { total: 0, female: 0, male: 0, unspecified: 0, youth: 0 };
    counts.total += row.n;
    if (row.gender === 'female' || row.gender === 'male' || row.gender === 'unspecified') counts[row.gender] += row.n;
    if (row.ageGroup === 'youth') counts.youth += row.n;
    attendance.set(row.sessionId, counts);
  }
  const exercises = new Map<string, RecordedSession['exercises']>();
  for (const { sessionId, ...exercise } of q.exercises.all())
    exercises.set(sessionId, [...(exercises.get(sessionId) ?? []), exercise]);
  const sessions: RecordedSession[] = q.sessions.all().map((s) => ({
    ...s,
    agreements: parseAgreements(s.agreements),
    attendance: attendance.get(s.id) ?? { total: 0, female: 0, male: 0, unspecified: 0, youth: 0 },
    exercises: exercises.get(s.id) ?? [],
  }));
  return buildJourney(sessions, q.chosen.all());
}

/** Sets a step's status, or with null gives it back to the suggestion. */
export function setStepStatus(file: CommunityFile, phase: string, step: string, status: StepStatus | null): Journey {
  const q = queriesOf(file);
  file.write(() => {
    if (status === null) q.clearStatus.run({ phase, step });
    else q.upsertStatus.run({ phase, step, status, now: new Date().toISOString() });
  });
  return loadJourney(file);
}

/**
 * "Start a session with them": the session for a step and an empty exercise of each chosen
 * technique type, titled by its type's name in the user's language, in one write (all or
 * nothing). Returns the new session's id.
 */
export function startSession(
  file: CommunityFile,
  { fields, exerciseTypes }: Pick<ChannelInput<'journey.startSession'>, 'fields' | 'exerciseTypes'>,
  language: Language,
): string {
  const t = backendTranslator(language);
  const types = [...new Set(exerciseTypes)].filter((type): type is ExerciseTypeName => isExerciseType(type));
  if (types.length !== new Set(exerciseTypes).size) throw new AppFailure('invalid_input', 'unknown exercise type');
  return file.write(() => {
    const id = file.sessions.create(fields);
    for (const type of types) {
      const definition = definitionOf(type);
      file.exercises.create(id, type, t(definition.labels.name), definition.empty());
    }
    return id;
  });
}
