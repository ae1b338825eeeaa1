import { describe, expect, it } from 'vitest';
import { addIndicator, removeIndicator, updateIndicator } from '#shared/exercises/indicators/actions.js';
import { emptyIndicatorsDocument, maxIndicators, type Indicator } from '#shared/exercises/indicators/schema.js';
import { linkChoices } from '#shared/exercises/indicators/suggestions.js';
import { emptyActionPlanDocument, emptyActivity } from '#shared/exercises/actionPlan/schema.js';
import { overviewScene, progressScene } from '#shared/exercises/monitoring/charts.js';
import { communityMonitoring } from '#shared/exercises/monitoring/progress.js';
import { chartWords } from '#shared/exercises/monitoring/words.js';
import type { TextPrimitive } from '#shared/scene/primitives.js';
import { translator } from '#shared/i18n/translate.js';

const tanks: Indicator = {
  id: 'tanks',
  name: 'RT punya tandon air hujan',
  unit: 'RT',
  baseline: { value: 3, date: '2026-05-28' },
  target: { value: 15, date: '2027-01-31' },
  link: null,
};

describe('indicator actions', () => {
  it('refuses a due date before the baseline date and a nameless indicator, keeps the document as it was', () => {
    const doc = emptyIndicatorsDocument();
    const early = { ...tanks, target: { value: 15, date: '2026-01-31' } };
    expect(addIndicator.refuse(doc, { indicator: early })).toBe('due_before_baseline');
    expect(addIndicator.perform(doc, { indicator: early })).toBe(doc);
    expect(addIndicator.refuse(doc, { indicator: { ...tanks, name: '  ' } })).toBe('empty_name');
    // The same day is allowed: a target for the day itself.
    expect(addIndicator.refuse(doc, { indicator: { ...tanks, target: { value: 15, date: '2026-05-28' } } })).toBeNull();
  });

  it('adds, edits and removes; the list stops at its maximum', () => {
    const one = addIndicator.perform(emptyIndicatorsDocument(), { indicator: tanks });
    expect(one.indicators).toEqual([tanks]);
    const edited = updateIndicator.perform(one, { indicator: { ...tanks, target: { value: 12, date: '2027-01-31' } } });
    expect(edited.indicators[0]!.target.value).toBe(12);
    expect(updateIndicator.refuse(one, { indicator: { ...tanks, target: { value: 12, date: '2025-01-01' } } })).toBe(
      'due_before_baseline',
    );
    expect(removeIndicator.perform(edited, { id: 'tanks' }).indicators).toEqual([]);
    const full = {
      ...emptyIndicatorsDocument(),
      indicators: Array.from({ length: maxIndicators }, (_, i) => ({ ...tanks, id: `i${i}` })),
    };
    expect(addIndicator.refuse(full, { indicator: tanks })).toBe('too_many');
  });

  it('offers each activity of a plan (its "done when" as a first name) and each objective once', () => {
    const plan = {
      ...emptyActionPlanDocument(),
      goal: 'Air bersih cukup sepanjang tahun',
      activities: [
        { ...emptyActivity('a1'), what: 'Membangun tandon', doneWhen: '15 RT punya tandon air hujan' },
        { ...emptyActivity('a2'), what: '' },
      ],
    };
    const choices = linkChoices([
      { id: 'plan', type: 'actionPlan', title: 'Rencana', body: plan, sessionId: 's', date: '2026-05-14' },
    ]);
    expect(choices.map((c) => [c.link.kind, c.suggestedName])).toEqual([
      ['activity', '15 RT punya tandon air hujan'],
      ['objective', ''],
    ]);
  });
});

describe('monitoring charts', () => {
  const t = translator('id');
  const monitoring = communityMonitoring(
    [
      {
        id: 'ind',
        type: 'indicators',
        title: 'Indikator',
        body: { schemaVersion: 1, indicators: [tanks] },
        sessionId: 's1',
        date: '2026-05-28',
      },
      {
        id: 'mon',
        type: 'monitoring',
        title: 'Pemantauan',
        body: {
          schemaVersion: 1,
          measurements: [
            { id: 'm', indicatorId: 'tanks', value: 4, date: '2026-10-20', measuredBy: '', note: '', photoId: null },
          ],
          statuses: [],
        },
        sessionId: 's2',
        date: '2026-10-22',
      },
    ],
    '2026-10-22',
  );
  const texts = (primitives: readonly { kind: string }[]) =>
    primitives
      .filter((p): p is TextPrimitive => p.kind === 'text')
      .flatMap((p) => p.lines)
      .join(' ');

  it('writes each status in words beside its bar, never by colour alone', () => {
    const scene = overviewScene(monitoring.indicators, chartWords(t));
    expect(texts(scene.primitives)).toContain('Tertinggal: 4 RT, 8% dari jalan');
    // The behind bar is outlined dashed, so it reads without its orange.
    expect(scene.primitives.some((p) => p.kind === 'rect' && p.dash !== undefined)).toBe(true);
  });

  it('draws baseline, the measurement and the target with their values and the due date', () => {
    const scene = progressScene(monitoring.indicators[0]!, chartWords(t));
    const words = texts(scene.primitives);
    for (const expected of ['3', '4', '15', 'Awal: 28 Mei 2026', 'Batas waktu: 31 Jan 2027'])
      expect(words).toContain(expected);
    expect(scene.primitives.filter((p) => p.kind === 'circle')).toHaveLength(1);
  });
});
