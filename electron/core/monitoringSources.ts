import type { DatedExercise } from '#shared/exercises/definition.js';
import type { ChannelOutput } from '#shared/ipc/contract.js';
import type { Backend, Handlers } from './backend.js';
import type { CommunityFile } from './communityFile.js';
import { readableExercise } from './storedExercise.js';

type MonitoringChannel = 'monitoring.sources';

/** The types monitoring reads: plans (what indicators watch), indicators, and the monitoring sessions. */
export const monitoringTypes: readonly string[] = ['actionPlan', 'indicators', 'monitoring'];

/**
 * Every readable exercise of the community with its session's date, in session order
 * (date, then the session list's order), optionally only some types and only sessions on
 * or before a date. One unreadable exercise hides only itself: the rest of the community's
 * progress still shows.
 */
export function loadDatedExercises(
  file: CommunityFile,
  options: { types?: readonly string[]; until?: string } = {},
): DatedExercise[] {
  const sessions = file.sessions.list();
  const dateOf = new Map(sessions.map((s) => [s.id, s.date]));
  const orderOf = new Map(sessions.map((s, i) => [s.id, i]));
  const dated: (DatedExercise & { order: number })[] = [];
  for (const row of file.exercises.listAll()) {
    if (options.types && !options.types.includes(row.type)) continue;
    const date = dateOf.get(row.sessionId);
    if (date === undefined || (options.until !== undefined && date > options.until)) continue;
    const ex = readableExercise(row, file.fileName);
    if (!ex) continue;
    dated.push({
      id: ex.id,
      type: ex.type,
      title: ex.title,
      body: ex.body,
      sessionId: ex.sessionId,
      date,
      order: orderOf.get(ex.sessionId) ?? 0,
    });
  }
  dated.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
  return dated.map(({ order: _order, ...ex }) => ex);
}

/** What the indicators and monitoring views gather, as of the session they belong to. */
export function loadMonitoringSources(file: CommunityFile, sessionId: string): ChannelOutput<'monitoring.sources'> {
  const session = file.sessions.get(sessionId);
  return {
    sessionDate: session.date,
    exercises: loadDatedExercises(file, { types: monitoringTypes, until: session.date }),
  };
}

export function monitoringHandlers(backend: Backend): Pick<Handlers, MonitoringChannel> {
  return {
    'monitoring.sources': ({ sessionId }) => loadMonitoringSources(backend.currentFile(), sessionId),
  };
}
