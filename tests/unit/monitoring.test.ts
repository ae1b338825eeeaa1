import { describe, expect, it } from 'vitest';
import { emptyActionPlanDocument, emptyActivity } from '#shared/exercises/actionPlan/schema.js';
import type { DatedExercise } from '#shared/exercises/definition.js';
import type { Indicator } from '#shared/exercises/indicators/schema.js';
import {
  communityMonitoring,
  indicatorProgress,
  measurementDoubt,
  type Measurement,
} from '#shared/exercises/monitoring/progress.js';
import { readValue } from '#shared/exercises/monitoring/values.js';

/** "15 RT punya tandon air hujan": from 3 in January 2026 to 15 by the end of December. */
const tanks: Indicator = {
  id: 'tanks',
  name: 'RT punya tandon air hujan',
  unit: 'RT',
  baseline: { value: 3, date: '2026-01-01' },
  target: { value: 15, date: '2026-12-31' },
  link: { kind: 'activity', planExerciseId: 'plan', activityId: 'a1', label: 'Membangun tandon' },
};
/** Counting down: cases of diarrhoea from 30 to 5. */
const diarrhoea: Indicator = {
  ...tanks,
  id: 'diarrhoea',
  name: 'Kasus diare balita per tahun',
  unit: 'kasus',
  baseline: { value: 30, date: '2026-01-01' },
  target: { value: 5, date: '2026-12-31' },
  link: null,
};

function measured(indicatorId: string, value: number, date: string): Measurement {
  return { id: `${indicatorId}-${date}`, indicatorId, value, date, measuredBy: 'Bu Sri', note: '', photoId: null };
}

describe('indicatorProgress', () => {
  it('has no data before the first measurement, and is late once the due date passed without one', () => {
    expect(indicatorProgress(tanks, [], '2026-06-01')).toMatchObject({ status: 'no_data', latest: null, share: 0 });
    expect(indicatorProgress(tanks, [], '2027-01-01').status).toBe('late');
    // The due date itself is not late yet.
    expect(indicatorProgress(tanks, [], '2026-12-31').status).toBe('no_data');
  });

  it('is on track when the way done keeps up with the time passed, behind when it does not', () => {
    // Mid-year (about half the time): 9 of 15 is half the way from 3.
    const half = indicatorProgress(tanks, [measured('tanks', 9, '2026-07-02')], '2026-07-10');
    expect(half.status).toBe('on_track');
    expect(half.share).toBeCloseTo(0.5);
    expect(half.timeShare).toBeCloseTo(0.5, 1);
    // A tenth of the way behind the time still counts as on track; more does not.
    expect(indicatorProgress(tanks, [measured('tanks', 8, '2026-07-02')], '2026-07-10').status).toBe('on_track');
    expect(indicatorProgress(tanks, [measured('tanks', 6, '2026-07-02')], '2026-07-10').status).toBe('behind');
  });

  it('reads the latest measurement by date, not by list order, and lists the chart points in order', () => {
    const progress = indicatorProgress(
      tanks,
      [measured('tanks', 9, '2026-07-02'), measured('tanks', 5, '2026-03-01'), measured('diarrhoea', 2, '2026-08-01')],
      '2026-07-10',
    );
    expect(progress.latest?.value).toBe(9);
    expect(progress.points.map((p) => [p.kind, p.value])).toEqual([
      ['baseline', 3],
      ['measurement', 5],
      ['measurement', 9],
      ['target', 15],
    ]);
  });

  it('is reached at or past the target, even after the due date, and late when overdue and short', () => {
    expect(indicatorProgress(tanks, [measured('tanks', 15, '2026-10-01')], '2027-02-01').status).toBe('reached');
    expect(indicatorProgress(tanks, [measured('tanks', 17, '2026-10-01')], '2026-10-02').share).toBe(1);
    expect(indicatorProgress(tanks, [measured('tanks', 14, '2026-12-01')], '2027-01-05').status).toBe('late');
  });

  it('counts down when the target is below the baseline', () => {
    const p = indicatorProgress(diarrhoea, [measured('diarrhoea', 18, '2026-06-01')], '2026-06-02');
    expect(p.share).toBeCloseTo(12 / 25);
    expect(p.status).toBe('on_track');
    expect(indicatorProgress(diarrhoea, [measured('diarrhoea', 35, '2026-06-01')], '2026-06-02')).toMatchObject({
      status: 'behind',
      share: 0,
    });
    expect(indicatorProgress(diarrhoea, [measured('diarrhoea', 4, '2026-06-01')], '2026-06-02').status).toBe('reached');
  });
});

describe('measurementDoubt', () => {
  it('asks to confirm a value far outside the range seen so far, not one near it', () => {
    expect(measurementDoubt(tanks, [], 12)).toBeNull();
    expect(measurementDoubt(tanks, [], 20)).toBeNull();
    expect(measurementDoubt(tanks, [], 150)).toBe('far_outside_range');
    expect(measurementDoubt(tanks, [], -40)).toBe('far_outside_range');
    // Earlier measurements widen what counts as seen.
    expect(measurementDoubt(tanks, [measured('tanks', 60, '2026-03-01')], 100)).toBeNull();
  });
});

describe('communityMonitoring', () => {
  const plan = {
    ...emptyActionPlanDocument(),
    activities: [
      { ...emptyActivity('a1'), what: 'Membangun tandon air hujan' },
      { ...emptyActivity('a2'), what: 'Pelatihan kader posyandu' },
    ],
  };
  function exercise(id: string, type: string, date: string, body: unknown): DatedExercise {
    return { id, type, title: id, body, sessionId: `s-${id}`, date };
  }
  const indicatorsDoc = { schemaVersion: 1, indicators: [tanks, diarrhoea] };
  const first = {
    schemaVersion: 1,
    measurements: [measured('tanks', 6, '2026-04-01')],
    statuses: [
      { planExerciseId: 'plan', activityId: 'a1', label: 'Membangun tandon', status: 'under_way', obstacle: '' },
      { planExerciseId: 'plan', activityId: 'a2', label: 'Pelatihan', status: 'stuck', obstacle: 'Dana belum cair' },
    ],
  };
  const second = {
    schemaVersion: 1,
    measurements: [measured('tanks', 9, '2026-07-02'), measured('diarrhoea', 20, '2026-07-02')],
    statuses: [
      { planExerciseId: 'plan', activityId: 'a1', label: 'Membangun tandon', status: 'done', obstacle: '' },
      { planExerciseId: 'plan', activityId: 'gone', label: 'Kerja bakti', status: 'stuck', obstacle: 'Hujan' },
    ],
  };

  it('gathers indicators with every session’s measurements and the latest status per activity', () => {
    const result = communityMonitoring([
      exercise('mon2', 'monitoring', '2026-07-05', second),
      exercise('plan', 'actionPlan', '2026-01-10', plan),
      exercise('ind', 'indicators', '2026-01-20', indicatorsDoc),
      exercise('mon1', 'monitoring', '2026-04-03', first),
    ]);
    expect(result.today).toBe('2026-07-05');
    const tankRow = result.indicators.find((i) => i.indicator.id === 'tanks');
    expect(tankRow?.measurements.map((m) => m.value)).toEqual([6, 9]);
    expect(tankRow?.progress.status).toBe('on_track');
    expect(tankRow?.linkMissing).toBe(false);
    expect(result.counts).toEqual({ no_data: 0, on_track: 2, behind: 0, late: 0, reached: 0 });
    // a1 is done (second session), a2 is still stuck from the first, with its obstacle.
    expect(result.activities.map((a) => [a.label, a.status, a.missing])).toEqual([
      ['Membangun tandon air hujan', 'done', false],
      ['Pelatihan kader posyandu', 'stuck', false],
      ['Kerja bakti', 'stuck', true],
    ]);
    expect(result.stuck.map((a) => a.obstacle)).toEqual(['Dana belum cair', 'Hujan']);
  });

  it('names an indicator whose activity was deleted from the plan, and lists unrecorded activities as not started', () => {
    const shorter = { ...plan, activities: [plan.activities[1]] };
    const result = communityMonitoring(
      [
        exercise('plan', 'actionPlan', '2026-01-10', shorter),
        exercise('ind', 'indicators', '2026-01-20', indicatorsDoc),
      ],
      '2027-02-01',
    );
    expect(result.indicators.map((i) => [i.indicator.id, i.linkMissing, i.progress.status])).toEqual([
      ['tanks', true, 'late'],
      ['diarrhoea', false, 'late'],
    ]);
    expect(result.activities).toMatchObject([{ activityId: 'a2', status: 'not_started', missing: false }]);
  });

  it('skips a body that does not parse instead of failing the whole community', () => {
    const result = communityMonitoring([
      exercise('ind', 'indicators', '2026-01-20', { schemaVersion: 1, indicators: 'broken' }),
      exercise('mon', 'monitoring', '2026-02-01', first),
    ]);
    expect(result.indicators).toEqual([]);
    expect(result.stuck).toHaveLength(1);
  });
});

describe('readValue', () => {
  it('reads numbers as people write them, with or without the unit', () => {
    expect(readValue('12', 'RT')).toEqual({ ok: true, value: 12, writtenUnit: '', otherUnit: false });
    expect(readValue('12,5', 'kg')).toMatchObject({ value: 12.5, otherUnit: false });
    expect(readValue('1.200.000', 'rupiah')).toMatchObject({ value: 1_200_000 });
    expect(readValue('15 rt', 'RT')).toMatchObject({ value: 15, otherUnit: false });
    expect(readValue('60%', '%')).toMatchObject({ value: 60, otherUnit: false });
  });

  it('reports another unit and refuses words that are no number', () => {
    expect(readValue('15 rumah', 'RT')).toEqual({ ok: true, value: 15, writtenUnit: 'rumah', otherUnit: true });
    expect(readValue('sembilan', 'RT')).toEqual({ ok: false });
    expect(readValue('', 'RT')).toEqual({ ok: false });
  });
});
