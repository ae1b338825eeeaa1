import { zActionPlanDocument } from '../actionPlan/schema.js';
import type { DatedExercise } from '../definition.js';
import { zIndicatorsDocument, type Indicator } from '../indicators/schema.js';
import { zMonitoringDocument, type ActivityState, type ActivityStatus, type Measurement } from './schema.js';

export type { DatedExercise } from '../definition.js';
export type { Indicator, IndicatorLink } from '../indicators/schema.js';
export type { ActivityState, ActivityStatus, Measurement } from './schema.js';

/**
 * Progress rules of monitoring (pure; every view, report, poster and the programme overview
 * read them from here):
 * - `reached`: the latest measurement is at or past the target (in the target's direction:
 *   "15 RT with a tank" counts up, "30 cases of diarrhoea down to 5" counts down), whatever
 *   the date;
 * - `late`: the due date has passed (before `today`) and the target is not reached;
 * - `no_data`: nothing measured yet and the due date not passed;
 * - `on_track` / `behind`: at the latest measurement, the share of the way from baseline to
 *   target is compared with the share of the time from baseline date to due date that had
 *   passed then; within a tenth of the way counts as on track (a village counts in whole
 *   tanks, and a measurement a few days late should not turn the wall red).
 */
export type ProgressStatus = 'no_data' | 'on_track' | 'behind' | 'late' | 'reached';
export const progressStatuses: readonly ProgressStatus[] = ['reached', 'on_track', 'behind', 'late', 'no_data'];

/** How far behind the time's share the way's share may be and still count as on track. */
export const onTrackTolerance = 0.1;

export interface ProgressPoint {
  kind: 'baseline' | 'measurement' | 'target';
  date: string;
  value: number;
}

export interface IndicatorProgress {
  status: ProgressStatus;
  /** The latest measurement by date (the later one in the list when two share a date). */
  latest: Measurement | null;
  /** 0..1 of the way from baseline to target at the latest measurement (0 without one). */
  share: number;
  /** 0..1 of the time from baseline date to due date passed at the latest measurement. */
  timeShare: number;
  /** Baseline, the measurements by date, then the target: what the chart draws. */
  points: ProgressPoint[];
}

/** Days from one ISO date to another (dates only, no time zones involved). */
function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** Share of the way from baseline to target a value stands at (1 when at or past the target). */
export function wayShare(indicator: Pick<Indicator, 'baseline' | 'target'>, value: number): number {
  const span = indicator.target.value - indicator.baseline.value;
  // A target equal to its baseline ("keep 12 posyandu open"): reached while the value holds.
  if (span === 0) return value >= indicator.target.value ? 1 : 0;
  return clamp01((value - indicator.baseline.value) / span);
}

/** Share of the time from baseline date to due date passed on a date. */
export function timeShare(indicator: Pick<Indicator, 'baseline' | 'target'>, date: string): number {
  const total = daysBetween(indicator.baseline.date, indicator.target.date);
  if (total <= 0) return 1;
  return clamp01(daysBetween(indicator.baseline.date, date) / total);
}

/** Measurements of one indicator by date, stable for equal dates (the list's order). */
export function measurementsOf(indicatorId: string, measurements: readonly Measurement[]): Measurement[] {
  return measurements
    .map((m, order) => ({ m, order }))
    .filter(({ m }) => m.indicatorId === indicatorId)
    .sort((a, b) => a.m.date.localeCompare(b.m.date) || a.order - b.order)
    .map(({ m }) => m);
}

export function indicatorProgress(
  indicator: Indicator,
  measurements: readonly Measurement[],
  today: string,
): IndicatorProgress {
  const own = measurementsOf(indicator.id, measurements);
  const latest = own.at(-1) ?? null;
  const points: ProgressPoint[] = [
    { kind: 'baseline', ...indicator.baseline },
    ...own.map((m) => ({ kind: 'measurement' as const, date: m.date, value: m.value })),
    { kind: 'target', ...indicator.target },
  ];
  const overdue = today > indicator.target.date;
  if (!latest) return { status: overdue ? 'late' : 'no_data', latest, share: 0, timeShare: 0, points };
  const share = wayShare(indicator, latest.value);
  const time = timeShare(indicator, latest.date);
  const status: ProgressStatus =
    share >= 1 ? 'reached' : overdue ? 'late' : share + onTrackTolerance >= time ? 'on_track' : 'behind';
  return { status, latest, share, timeShare: time, points };
}

/** Why a measurement should be confirmed before it is kept: far outside what was seen so far. */
export type MeasurementDoubt = 'far_outside_range' | null;

/**
 * A value more than the range seen so far (baseline, target and earlier measurements) away
 * from that range is likely a typo or another unit ("1500" for "15"): asked to confirm,
 * never refused.
 */
export function measurementDoubt(
  indicator: Indicator,
  earlier: readonly Measurement[],
  value: number,
): MeasurementDoubt {
  const seen = [
    indicator.baseline.value,
    indicator.target.value,
    ...earlier.filter((m) => m.indicatorId === indicator.id).map((m) => m.value),
  ];
  const low = Math.min(...seen);
  const high = Math.max(...seen);
  const span = Math.max(high - low, Math.abs(high), 1);
  return value < low - span || value > high + span ? 'far_outside_range' : null;
}

/** An indicator of the community with where it was defined and how it stands. */
export interface CommunityIndicator {
  indicator: Indicator;
  exerciseId: string;
  exerciseTitle: string;
  /** Its measurements by date, from every monitoring session. */
  measurements: Measurement[];
  progress: IndicatorProgress;
  /** The plan's activity it watches is no longer in the plan (or the plan is gone). */
  linkMissing: boolean;
}

/** The latest status of one activity of a plan, with the session that recorded it. */
export interface CommunityActivityStatus extends ActivityStatus {
  date: string;
  exerciseId: string;
  /** The activity is no longer in the plan. */
  missing: boolean;
}

export interface CommunityMonitoring {
  /** The date statuses were judged at. */
  today: string;
  indicators: CommunityIndicator[];
  /** Latest status per activity, in the plan's order, unrecorded activities as not started. */
  activities: CommunityActivityStatus[];
  stuck: CommunityActivityStatus[];
  /** Count per status, for a one-line summary (the programme overview). */
  counts: Record<ProgressStatus, number>;
}

function byDate(a: DatedExercise, b: DatedExercise): number {
  return a.date.localeCompare(b.date);
}

/**
 * Gathers the community's indicators, measurements and activity statuses from its
 * exercises (parsed, with their sessions' dates): indicators of every `indicators`
 * exercise (a later definition of the same id wins), measurements of every `monitoring`
 * exercise, the latest status per activity (later sessions win; within a session the last
 * entry), and the action plans to tell which linked activities are gone. `today` defaults
 * to the latest session date, so the result depends on the file only.
 */
export function communityMonitoring(exercises: readonly DatedExercise[], today?: string): CommunityMonitoring {
  const ordered = [...exercises].sort(byDate);
  const judgedAt = today ?? ordered.at(-1)?.date ?? '0000-01-01';
  const plans = new Map<string, { ids: Set<string>; order: { id: string; what: string }[] }>();
  const defined = new Map<string, { indicator: Indicator; exerciseId: string; exerciseTitle: string }>();
  const measurements: Measurement[] = [];
  const statuses = new Map<string, CommunityActivityStatus>();
  for (const ex of ordered) {
    if (ex.type === 'actionPlan') {
      const plan = zActionPlanDocument.safeParse(ex.body);
      if (!plan.success) continue;
      const order = plan.data.activities.map((a) => ({ id: a.id, what: a.what }));
      plans.set(ex.id, { ids: new Set(order.map((a) => a.id)), order });
    } else if (ex.type === 'indicators') {
      const doc = zIndicatorsDocument.safeParse(ex.body);
      if (!doc.success) continue;
      for (const indicator of doc.data.indicators)
        defined.set(indicator.id, { indicator, exerciseId: ex.id, exerciseTitle: ex.title });
    } else if (ex.type === 'monitoring') {
      const doc = zMonitoringDocument.safeParse(ex.body);
      if (!doc.success) continue;
      measurements.push(...doc.data.measurements);
      for (const s of doc.data.statuses)
        statuses.set(`${s.planExerciseId}/${s.activityId}`, { ...s, date: ex.date, exerciseId: ex.id, missing: false });
    }
  }
  const activityGone = (planExerciseId: string, activityId: string): boolean =>
    !plans.get(planExerciseId)?.ids.has(activityId);
  const indicators: CommunityIndicator[] = [...defined.values()].map(({ indicator, exerciseId, exerciseTitle }) => {
    const own = measurementsOf(indicator.id, measurements);
    return {
      indicator,
      exerciseId,
      exerciseTitle,
      measurements: own,
      progress: indicatorProgress(indicator, own, judgedAt),
      linkMissing:
        indicator.link !== null &&
        (indicator.link.kind === 'activity'
          ? activityGone(indicator.link.planExerciseId, indicator.link.activityId)
          : !plans.has(indicator.link.planExerciseId)),
    };
  });
  // Activities: every plan's activities in order, with their latest status (or not started);
  // statuses of activities deleted since stay listed, marked missing, so nothing recorded is hidden.
  const activities: CommunityActivityStatus[] = [];
  for (const [planId, plan] of plans) {
    for (const a of plan.order) {
      const recorded = statuses.get(`${planId}/${a.id}`);
      activities.push(
        recorded
          ? { ...recorded, label: a.what || recorded.label }
          : {
              planExerciseId: planId,
              activityId: a.id,
              label: a.what,
              status: 'not_started' satisfies ActivityState,
              obstacle: '',
              date: '',
              exerciseId: '',
              missing: false,
            },
      );
    }
  }
  for (const s of statuses.values())
    if (activityGone(s.planExerciseId, s.activityId)) activities.push({ ...s, missing: true });
  const counts: Record<ProgressStatus, number> = { no_data: 0, on_track: 0, behind: 0, late: 0, reached: 0 };
  for (const i of indicators) counts[i.progress.status] += 1;
  return {
    today: judgedAt,
    indicators,
    activities,
    stuck: activities.filter((a) => a.status === 'stuck'),
    counts,
  };
}
