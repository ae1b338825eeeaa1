import { useEffect, useMemo, useState } from 'react';
import type { DatedExercise } from '#shared/exercises/definition.js';
import { communityMonitoring, type CommunityMonitoring } from '#shared/exercises/monitoring/progress.js';
import type { ChannelOutput } from '#shared/ipc/contract.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';

export type MonitoringSources = ChannelOutput<'monitoring.sources'>;

/**
 * The community's plans, indicators and monitoring sessions as of this session
 * (monitoring.sources), with the open exercise's live document in place of its stored
 * one, so the overview moves as the group types. Null until loaded.
 */
export function useMonitoringSources(
  sessionId: string,
  open: { id: string; type: string; title: string; body: unknown } | null,
): { sources: MonitoringSources | null; exercises: DatedExercise[]; monitoring: CommunityMonitoring | null } {
  const { showError } = useApp();
  const [sources, setSources] = useState<MonitoringSources | null>(null);
  useEffect(() => {
    call('monitoring.sources', { sessionId }).then(setSources).catch(showError);
  }, [sessionId, showError]);
  const exercises = useMemo(() => {
    if (!sources) return [];
    if (!open) return sources.exercises;
    const live: DatedExercise = { ...open, sessionId, date: sources.sessionDate };
    const at = sources.exercises.findIndex((e) => e.id === open.id);
    return at === -1 ? [...sources.exercises, live] : sources.exercises.map((e, i) => (i === at ? live : e));
  }, [sources, open, sessionId]);
  const monitoring = useMemo(
    () => (sources ? communityMonitoring(exercises, sources.sessionDate) : null),
    [sources, exercises],
  );
  return { sources, exercises, monitoring };
}
