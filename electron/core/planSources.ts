import type { ChannelOutput } from '#shared/ipc/contract.js';
import { contributionsOf } from '#shared/exercises/registry.js';
import { sameNameKey } from '#shared/model/text.js';
import type { Backend, Handlers } from './backend.js';
import type { CommunityFile } from './communityFile.js';
import { readableExercise } from './storedExercise.js';

type PlanChannel = 'plan.sources';
type PlanSources = ChannelOutput<'plan.sources'>;

/**
 * What an action plan can cite and suggest, from the whole community (not one session: a
 * plan made in Development builds on the Discovery sessions before it): the objectives,
 * named clusters and framed solutions it can serve; the people on every attendance list;
 * the institutions of the Venn diagrams; the resources of the potential maps. It also
 * says which cited items and participants exist, for the checks that flag what was
 * deleted since. One unreadable exercise hides only itself.
 */
export function loadPlanSources(file: CommunityFile): PlanSources {
  const sessions = file.sessions.list();
  const sessionTitle = new Map(sessions.map((s) => [s.id, s.title]));
  const cites: PlanSources['cites'] = [];
  const mapResources: PlanSources['mapResources'] = [];
  for (const row of file.exercises.listAll()) {
    const ex = readableExercise(row, file.fileName);
    if (!ex) continue;
    const where = { exerciseId: ex.id, exerciseTitle: ex.title, sessionTitle: sessionTitle.get(ex.sessionId) ?? '' };
    if (ex.type === 'statement') {
      if (ex.body.text.trim())
        cites.push({ ...where, itemId: 'statement', sourceType: 'statement', label: ex.body.text.trim() });
    } else if (ex.type === 'tree' || ex.type === 'consensus') {
      for (const c of contributionsOf(ex.type, ex.body).citable ?? [])
        cites.push({ ...where, itemId: c.itemId, sourceType: ex.type, label: c.label });
    } else if (ex.type === 'resourceMap') {
      for (const r of ex.body.resources)
        mapResources.push({ exerciseId: ex.id, resourceId: r.id, name: r.name, capital: r.capital });
    }
  }
  // People: everyone on an attendance list, once by name (the latest session's entry),
  // newest sessions first; every participant id counts as present for the checks.
  const people: PlanSources['people'] = [];
  const participantIds: string[] = [];
  const seen = new Set<string>();
  for (const s of [...sessions].sort((a, b) => b.date.localeCompare(a.date))) {
    for (const p of file.participants.listBySession(s.id)) {
      participantIds.push(p.id);
      const key = sameNameKey(p.name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      people.push({ participantId: p.id, name: p.name, gender: p.gender, ageGroup: p.ageGroup, sessionTitle: s.title });
    }
  }
  return { cites, people, participantIds, institutions: file.stakeholders.list(), mapResources };
}

/** The plan's channels. */
export function planHandlers(backend: Backend): Pick<Handlers, PlanChannel> {
  return {
    'plan.sources': () => loadPlanSources(backend.currentFile()),
  };
}
