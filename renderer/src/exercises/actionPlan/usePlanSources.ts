import { useEffect, useMemo, useState } from 'react';
import { citeKey, type LivingSources } from '#shared/exercises/actionPlan/checks.js';
import type { ChannelOutput } from '#shared/ipc/contract.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';

export type PlanSources = ChannelOutput<'plan.sources'>;

/**
 * What the plan can cite and suggest, from the whole community (plan.sources), and what of
 * it still exists, for the checks that name a deleted objective or a removed person.
 * Until it has loaded, those two checks wait (`living` is undefined) rather than flag all.
 */
export function usePlanSources(): { sources: PlanSources | null; living: LivingSources | undefined } {
  const { showError } = useApp();
  const [sources, setSources] = useState<PlanSources | null>(null);
  useEffect(() => {
    call('plan.sources', {}).then(setSources).catch(showError);
  }, [showError]);
  const living = useMemo(
    () =>
      sources
        ? {
            citeKeys: new Set(sources.cites.map((c) => citeKey(c.exerciseId, c.itemId))),
            participantIds: new Set(sources.participantIds),
          }
        : undefined,
    [sources],
  );
  return { sources, living };
}
