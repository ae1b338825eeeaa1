import type { ActionPlanDocument, Activity, Month } from './schema.js';

/**
 * The checks that help the group (domain.md's direction criteria): they flag, never
 * refuse. An activity with no responsible person, no dates, an end before its start,
 * dates outside the plan's span, a resource with no source, a cited item or a person
 * that no longer exists, no "done when"; a plan that relies only on outside help.
 */
export type ActivityCheckReason =
  | 'noWhat'
  | 'noResponsible'
  | 'noDates'
  | 'endBeforeStart'
  | 'outsideSpan'
  | 'resourceNoSource'
  | 'citeGone'
  | 'personGone'
  | 'noDoneWhen';

export type PlanCheckReason = 'onlyOutside' | 'noLeader' | 'spanBackwards';

export interface ActivityCheck {
  activityId: string;
  /** 1-based position in the plan, as the table numbers it. */
  number: number;
  reason: ActivityCheckReason;
  /** What the reason names (a resource's or a person's name, a cited label). */
  params: Record<string, string>;
}

export interface PlanChecks {
  plan: PlanCheckReason[];
  activities: ActivityCheck[];
}

/**
 * What still exists in the community, for the checks that compare with it: the cited
 * items (`exerciseId|itemId`) and the people on attendance lists (by participant id).
 * Left out, those checks are not made (a report of one plan without the community).
 */
export interface LivingSources {
  citeKeys: ReadonlySet<string>;
  participantIds: ReadonlySet<string>;
}

export const citeKey = (exerciseId: string, itemId: string): string => `${exerciseId}|${itemId}`;

/** Months as a running number (year * 12 + month), so they compare and subtract. */
export function monthIndex(month: Month): number | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

export function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * The months an activity occupies: from its start to its end; one month when only one is
 * given; null when neither is. An end before the start is kept as given (start > end) for
 * the check to flag and the timeline to draw as one month at the start.
 */
export function activityMonths(a: Pick<Activity, 'startMonth' | 'endMonth'>): { start: number; end: number } | null {
  const start = monthIndex(a.startMonth);
  const end = monthIndex(a.endMonth);
  if (start === null && end === null) return null;
  return { start: start ?? end!, end: end ?? start! };
}

function activityChecks(
  doc: ActionPlanDocument,
  a: Activity,
  number: number,
  living: LivingSources | undefined,
): ActivityCheck[] {
  const out: ActivityCheck[] = [];
  const flag = (reason: ActivityCheckReason, params: Record<string, string> = {}): void => {
    out.push({ activityId: a.id, number, reason, params });
  };
  if (!a.what.trim()) flag('noWhat');
  if (!a.responsible.some((p) => p.name.trim())) flag('noResponsible');
  const months = activityMonths(a);
  if (!months) flag('noDates');
  else if (months.start > months.end) flag('endBeforeStart');
  else {
    const spanStart = monthIndex(doc.startMonth);
    const spanEnd = monthIndex(doc.endMonth);
    if ((spanStart !== null && months.start < spanStart) || (spanEnd !== null && months.end > spanEnd))
      flag('outsideSpan');
  }
  for (const r of a.resources) {
    const named =
      (r.source.kind === 'local' && r.source.name.trim()) ||
      (r.source.kind === 'outside' && r.source.institution.trim());
    if (!named) flag('resourceNoSource', { name: r.name.trim() || '…' });
  }
  if (living && a.why && !living.citeKeys.has(citeKey(a.why.exerciseId, a.why.itemId)))
    flag('citeGone', { label: a.why.label });
  if (living)
    for (const p of a.responsible)
      if (p.participantId && !living.participantIds.has(p.participantId)) flag('personGone', { name: p.name });
  if (!a.doneWhen.trim()) flag('noDoneWhen');
  return out;
}

/** Every flag of the plan, activities in table order. */
export function checkPlan(doc: ActionPlanDocument, living?: LivingSources): PlanChecks {
  const plan: PlanCheckReason[] = [];
  const spanStart = monthIndex(doc.startMonth);
  const spanEnd = monthIndex(doc.endMonth);
  if (spanStart !== null && spanEnd !== null && spanEnd < spanStart) plan.push('spanBackwards');
  const totals = planTotals(doc);
  const localResources = doc.activities.some((a) => a.resources.some((r) => r.source.kind === 'local'));
  const outsideResources = doc.activities.some((a) => a.resources.some((r) => r.source.kind === 'outside'));
  // Relying only on outside help breaks "realistic" (rely on local strength): outside
  // money or resources, and nothing the community brings.
  if (totals.swadaya === 0 && !localResources && (totals.outsideHelp > 0 || outsideResources)) plan.push('onlyOutside');
  if (doc.team.length > 0 && !doc.team.some((m) => m.role === 'ketua')) plan.push('noLeader');
  return { plan, activities: doc.activities.flatMap((a, i) => activityChecks(doc, a, i + 1, living)) };
}

export interface PlanTotals {
  swadaya: number;
  outsideHelp: number;
  /** The community's own share of the whole cost, 0 to 1; null while nothing is costed. */
  localShare: number | null;
}

export function planTotals(doc: Pick<ActionPlanDocument, 'activities'>): PlanTotals {
  let swadaya = 0;
  let outsideHelp = 0;
  for (const a of doc.activities) {
    swadaya += a.swadaya;
    outsideHelp += a.outsideHelp;
  }
  const total = swadaya + outsideHelp;
  return { swadaya, outsideHelp, localShare: total > 0 ? swadaya / total : null };
}
