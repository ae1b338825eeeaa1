import { describe, expect, it } from 'vitest';
import { isExerciseType } from '#shared/exercises/registry.js';
import { formatDate } from '#shared/i18n/format.js';
import {
  buildJourney,
  currentStep,
  pathSteps,
  participationSeries,
  suggestStatus,
  suggestedKind,
  techniquesFor,
  type RecordedSession,
} from '#shared/model/journey.js';
import { gridStep, participationCharts, sessionsPerChart } from '#shared/model/journeyChart.js';
import type { RectPrimitive, TextPrimitive } from '#shared/scene/primitives.js';

function held(
  phase: string,
  step: string,
  date: string,
  people: Partial<RecordedSession['attendance']> = {},
  title = `${step} ${date}`,
): RecordedSession {
  return {
    id: `${step}-${date}`,
    title,
    date,
    kind: 'fgd',
    place: '',
    phase,
    step,
    attendance: { total: 0, female: 0, male: 0, unspecified: 0, youth: 0, ...people },
    exercises: [],
    agreements: [],
  };
}

const statusOf = (journey: ReturnType<typeof buildJourney>, step: string) =>
  journey.steps.find((s) => s.step === step)!;

describe('the journey status suggested from recorded sessions', () => {
  it('says not started, under way or done, with the reason', () => {
    expect(suggestStatus([], [])).toEqual({ status: 'not_started', why: 'no_sessions' });
    expect(suggestStatus([{ date: '2026-01-10' }], [])).toEqual({ status: 'under_way', why: 'has_sessions' });
    expect(suggestStatus([{ date: '2026-01-10' }], [{ date: '2026-02-01' }])).toEqual({
      status: 'done',
      why: 'moved_on',
    });
    // Met again after the later step: taken up again, under way.
    expect(suggestStatus([{ date: '2026-01-10' }, { date: '2026-03-01' }], [{ date: '2026-02-01' }]).status).toBe(
      'under_way',
    );
  });

  it('lays out all 17 steps in path order, sessions oldest first, and finds where the village stands', () => {
    const journey = buildJourney(
      [
        held('dialog', 'trust', '2026-02-10'),
        held('dialog', 'preparation', '2026-01-20'),
        held('dialog', 'preparation', '2026-01-05'),
        held('dialog', 'challenges', '2026-03-02'),
      ],
      [],
    );
    expect(journey.steps.map((s) => s.step)).toEqual(pathSteps.map((s) => s.step));
    expect(journey.steps).toHaveLength(17);
    expect(statusOf(journey, 'preparation').sessions.map((s) => s.date)).toEqual(['2026-01-05', '2026-01-20']);
    expect(statusOf(journey, 'preparation').status).toBe('done');
    expect(statusOf(journey, 'trust').status).toBe('done');
    expect(statusOf(journey, 'partnership').status).toBe('not_started');
    expect(statusOf(journey, 'challenges').status).toBe('under_way');
    expect(journey.current).toEqual({ phase: 'dialog', step: 'challenges' });
    expect(journey.sessionCount).toBe(4);
  });

  it('lets the facilitator overrule the suggestion, and the current step follows', () => {
    const sessions = [held('dialog', 'preparation', '2026-01-05'), held('dialog', 'trust', '2026-02-10')];
    const journey = buildJourney(sessions, [{ phase: 'dialog', step: 'trust', status: 'done' }]);
    const trust = statusOf(journey, 'trust');
    expect(trust).toMatchObject({ chosen: 'done', suggested: 'under_way', status: 'done' });
    // Trust done, partnership never held: the next step not yet done.
    expect(journey.current).toEqual({ phase: 'dialog', step: 'partnership' });
    const skipped = buildJourney(sessions, [
      { phase: 'dialog', step: 'trust', status: 'done' },
      { phase: 'dialog', step: 'partnership', status: 'done' },
    ]);
    expect(skipped.current).toEqual({ phase: 'dialog', step: 'challenges' });
  });

  it('starts at preparation for a new community, and has no current step when all is done', () => {
    expect(buildJourney([], []).current).toEqual({ phase: 'dialog', step: 'preparation' });
    const allDone = pathSteps.map((s) => ({ ...s, status: 'done' as const }));
    expect(currentStep(allDone)).toBeNull();
  });
});

describe('the techniques offered for a step (domain.md)', () => {
  it('offers exercise types Rembug has, and paper techniques for the agenda', () => {
    const resources = techniquesFor('resources', isExerciseType);
    expect(resources).toEqual([{ exerciseType: 'resourceMap' }, { exerciseType: 'venn' }, { paper: 'pentagon' }]);
    expect(techniquesFor('framing', isExerciseType)).toContainEqual({ exerciseType: 'statement' });
    expect(techniquesFor('preparation', isExerciseType).every((t) => 'paper' in t)).toBe(true);
  });

  it('leaves out a type this Rembug does not have', () => {
    const withPlan = techniquesFor('activating', () => true);
    const withoutPlan = techniquesFor('activating', () => false);
    expect(withPlan).toContainEqual({ exerciseType: 'actionPlan' });
    expect(withoutPlan).not.toContainEqual({ exerciseType: 'actionPlan' });
    expect(withoutPlan.length).toBe(withPlan.length - 1);
  });

  it('suggests the kind of session', () => {
    expect(suggestedKind('dialog', 'preparation')).toBe('socialisation');
    expect(suggestedKind('discovery', 'framing')).toBe('planning');
    expect(suggestedKind('development', 'evaluation')).toBe('evaluation');
  });
});

describe('participation over time', () => {
  const journey = buildJourney(
    Array.from({ length: 30 }, (_, i) =>
      held('dialog', 'preparation', `2026-01-${String(i + 1).padStart(2, '0')}`, {
        female: i,
        male: 30 - i,
        youth: i % 5,
      }),
    ),
    [],
  );

  it('takes women, men and youth of each session in date order', () => {
    const series = participationSeries(journey);
    expect(series).toHaveLength(30);
    expect(series[0]).toMatchObject({ date: '2026-01-01', women: 0, men: 30, youth: 0 });
    expect(series[29]).toMatchObject({ date: '2026-01-30', women: 29, men: 1, youth: 4 });
  });

  it('folds into charts of 12 sessions on one scale, bars side by side without overlapping, each number shown', () => {
    const charts = participationCharts(participationSeries(journey), {
      formatCount: String,
      formatDate: (d) => formatDate('id', d),
    });
    expect(charts).toHaveLength(Math.ceil(30 / sessionsPerChart));
    for (const chart of charts) {
      const bars = chart.primitives.filter((p): p is RectPrimitive => p.kind === 'rect');
      const sorted = [...bars].sort((a, b) => a.x - b.x);
      for (let i = 1; i < sorted.length; i += 1)
        expect(sorted[i]!.x).toBeGreaterThanOrEqual(sorted[i - 1]!.x + sorted[i - 1]!.width);
    }
    // Same scale: 30 people (the largest value) is the same height in the first and last chart.
    const heightOf = (chartIndex: number, target: string) =>
      charts[chartIndex]!.primitives.find((p): p is RectPrimitive => p.kind === 'rect' && p.target === target)!.height;
    expect(heightOf(2, '29.women') / heightOf(0, '1.men')).toBeCloseTo(28 / 30);
    const texts = charts[2]!.primitives.filter((p): p is TextPrimitive => p.kind === 'text').flatMap((p) => p.lines);
    expect(texts).toContain('25'); // session number 25 opens the third chart
    // Dates break between words, never inside one: "30 Jan 2026" on two lines under its bars.
    expect(texts).toEqual(expect.arrayContaining(['30 Jan', '2026']));
  });

  it('picks round grid steps', () => {
    expect(gridStep(4)).toBe(1);
    expect(gridStep(30)).toBe(10);
    expect(gridStep(48)).toBe(10);
    expect(gridStep(120)).toBe(50);
  });
});
