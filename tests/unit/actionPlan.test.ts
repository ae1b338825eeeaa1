import { describe, expect, it } from 'vitest';
import {
  addActivity,
  addResponsible,
  addTeamMember,
  citeWhy,
  moveActivity,
  removeResponsible,
  setActivityMonths,
} from '#shared/exercises/actionPlan/actions.js';
import { checkPlan, citeKey, planTotals } from '#shared/exercises/actionPlan/checks.js';
import { planPosterSheets } from '#shared/exercises/actionPlan/poster.js';
import { checkTexts, localShareText, timelineLabels, whenText } from '#shared/exercises/actionPlan/report.js';
import {
  emptyActionPlanDocument,
  emptyActivity,
  zActionPlanDocument,
  type ActionPlanDocument,
  type Activity,
} from '#shared/exercises/actionPlan/schema.js';
import { timelineGeometry, timelinePages, timelineScene } from '#shared/exercises/actionPlan/timeline.js';
import type { RectPrimitive, TextPrimitive } from '#shared/scene/primitives.js';
import { translator } from '#shared/i18n/translate.js';

const id = translator('id');
const en = translator('en');

/** A complete activity: someone responsible, dated, sourced, with a "done when". */
function activity(n: number, fields: Partial<Activity> = {}): Activity {
  return {
    ...emptyActivity(`a${n}`),
    what: `Kegiatan ${n}`,
    responsible: [{ participantId: null, name: `Warga ${n}` }],
    startMonth: '2027-02',
    endMonth: '2027-04',
    doneWhen: 'Pipa terpasang',
    swadaya: 1_000_000,
    ...fields,
  };
}
const plan = (activities: Activity[], fields: Partial<ActionPlanDocument> = {}): ActionPlanDocument => ({
  ...emptyActionPlanDocument(),
  startMonth: '2027-01',
  endMonth: '2027-12',
  activities,
  ...fields,
});
const reasons = (doc: ActionPlanDocument, living?: Parameters<typeof checkPlan>[1]) =>
  checkPlan(doc, living).activities.map((c) => [c.number, c.reason]);

describe('plan checks flag, never refuse', () => {
  it('finds nothing to say of a complete plan', () => {
    const doc = plan([activity(1), activity(2)]);
    expect(checkPlan(doc)).toEqual({ plan: [], activities: [] });
    expect(checkTexts(id, checkPlan(doc))).toEqual([]);
  });

  it('flags no one responsible, no dates, an end before the start and months outside the span, by number', () => {
    const doc = plan([
      activity(1, { responsible: [] }),
      activity(2, { startMonth: '', endMonth: '' }),
      activity(3, { startMonth: '2027-06', endMonth: '2027-03' }),
      activity(4, { startMonth: '2027-11', endMonth: '2028-02' }),
      activity(5, { startMonth: '2026-12', endMonth: '' }),
    ]);
    expect(reasons(doc)).toEqual([
      [1, 'noResponsible'],
      [2, 'noDates'],
      [3, 'endBeforeStart'],
      [4, 'outsideSpan'],
      [5, 'outsideSpan'],
    ]);
    // The schema still takes it: flagged rows are saved as they are.
    expect(zActionPlanDocument.safeParse(doc).success).toBe(true);
    expect(checkTexts(id, checkPlan(doc))[2]).toBe('Kegiatan 3: bulan selesai lebih awal dari bulan mulai.');
    expect(checkTexts(en, checkPlan(doc))[0]).toBe('Activity 1: no one is responsible yet.');
  });

  it('flags a resource with no source by its name, and a missing "done when"', () => {
    const doc = plan([
      activity(1, {
        doneWhen: ' ',
        resources: [
          { id: 'r1', name: 'Semen 20 sak', source: { kind: 'none' } },
          {
            id: 'r2',
            name: 'Pasir',
            source: { kind: 'local', exerciseId: null, resourceId: null, name: 'Sungai Cibodas' },
          },
          { id: 'r3', name: 'Pipa', source: { kind: 'outside', institution: '' } },
        ],
      }),
    ]);
    expect(checkPlan(doc).activities.map((c) => [c.reason, c.params])).toEqual([
      ['resourceNoSource', { name: 'Semen 20 sak' }],
      ['resourceNoSource', { name: 'Pipa' }],
      ['noDoneWhen', {}],
    ]);
    expect(checkTexts(id, checkPlan(doc))[0]).toBe('Kegiatan 1: sumber daya "Semen 20 sak" belum jelas sumbernya.');
  });

  it('flags a plan that relies only on outside help, and shows the local share', () => {
    const outsideOnly = plan([activity(1, { swadaya: 0, outsideHelp: 5_000_000 })]);
    expect(checkPlan(outsideOnly).plan).toEqual(['onlyOutside']);
    expect(planTotals(outsideOnly).localShare).toBe(0);
    const mixed = plan([activity(1, { swadaya: 1_500_000, outsideHelp: 3_500_000 })]);
    expect(checkPlan(mixed).plan).toEqual([]);
    expect(planTotals(mixed)).toEqual({ swadaya: 1_500_000, outsideHelp: 3_500_000, localShare: 0.3 });
    expect(localShareText(id, mixed)).toBe('Swadaya: 30% dari biaya');
    // A local resource is the community's own contribution even before it is valued.
    const localResource = plan([
      activity(1, {
        swadaya: 0,
        outsideHelp: 2_000_000,
        resources: [
          { id: 'r', name: 'Tenaga', source: { kind: 'local', exerciseId: null, resourceId: null, name: 'Pemuda' } },
        ],
      }),
    ]);
    expect(checkPlan(localResource).plan).toEqual([]);
    expect(localShareText(en, plan([]))).toBe('Own contribution: no costs yet');
  });

  it('flags a team without a leader and a span that runs backwards', () => {
    let doc = plan([activity(1)], { startMonth: '2027-12', endMonth: '2027-01' });
    doc = addTeamMember.perform(doc, {
      memberId: 't1',
      person: { participantId: null, name: 'Bu Siti' },
      role: 'anggota',
    });
    expect(checkPlan(doc).plan).toEqual(['spanBackwards', 'noLeader']);
  });

  it('names a cited item or a person that no longer exists, given what the community still holds', () => {
    const why = { exerciseId: 'tree1', itemId: 'n1', sourceType: 'tree', label: 'Air bersih cukup' };
    const doc = plan([
      activity(1, { why, responsible: [{ participantId: 'p1', name: 'Pak Darto' }] }),
      activity(2, { why: { ...why, itemId: 'n2', label: 'Pipa terawat' } }),
    ]);
    const living = { citeKeys: new Set([citeKey('tree1', 'n1')]), participantIds: new Set(['p1']) };
    expect(reasons(doc, living)).toEqual([[2, 'citeGone']]);
    const after = { citeKeys: new Set<string>(), participantIds: new Set<string>() };
    expect(checkTexts(id, checkPlan(doc, after))).toEqual([
      'Kegiatan 1: "Air bersih cukup" yang dituju sudah tidak ada (latihannya dihapus atau diubah).',
      'Kegiatan 1: Pak Darto tidak lagi ada di daftar hadir.',
      'Kegiatan 2: "Pipa terawat" yang dituju sudah tidak ada (latihannya dihapus atau diubah).',
    ]);
    // Nothing saved is lost: the plan still holds the words and the name.
    expect(doc.activities[0]!.why?.label).toBe('Air bersih cukup');
    expect(doc.activities[0]!.responsible[0]!.name).toBe('Pak Darto');
  });
});

describe('plan actions', () => {
  it('re-orders a row to a position, clamped, as one step', () => {
    const doc = plan([activity(1), activity(2), activity(3)]);
    const order = (d: ActionPlanDocument) => d.activities.map((a) => a.id);
    expect(order(moveActivity.perform(doc, { id: 'a3', to: 0 }))).toEqual(['a3', 'a1', 'a2']);
    expect(order(moveActivity.perform(doc, { id: 'a1', to: 99 }))).toEqual(['a2', 'a3', 'a1']);
    expect(moveActivity.perform(doc, { id: 'a2', to: 1 })).toBe(doc);
  });

  it('adds a row after the one worked on, and refuses the 301st', () => {
    const doc = addActivity.perform(plan([activity(1), activity(2)]), { id: 'new', what: 'Pelatihan', after: 'a1' });
    expect(doc.activities.map((a) => a.id)).toEqual(['a1', 'new', 'a2']);
    const full = plan(Array.from({ length: 300 }, (_, i) => activity(i)));
    expect(addActivity.refuse(full, { id: 'x', what: 'x' })).toBe('too_many');
  });

  it('cites and un-cites what an activity serves', () => {
    const why = { exerciseId: 's1', itemId: 'statement', sourceType: 'statement', label: 'Air bersih untuk semua' };
    const cited = citeWhy.perform(plan([activity(1)]), { id: 'a1', cite: why });
    expect(cited.activities[0]!.why).toEqual(why);
    expect(citeWhy.perform(cited, { id: 'a1', cite: null }).activities[0]!.why).toBeNull();
  });

  it('keeps a person once, by attendance id or by name, and removes by position', () => {
    let doc = plan([activity(1, { responsible: [] })]);
    doc = addResponsible.perform(doc, { id: 'a1', person: { participantId: 'p1', name: 'Bu Siti' } });
    doc = addResponsible.perform(doc, { id: 'a1', person: { participantId: 'p1', name: 'Bu Siti' } });
    doc = addResponsible.perform(doc, { id: 'a1', person: { participantId: null, name: ' pak  darto ' } });
    doc = addResponsible.perform(doc, { id: 'a1', person: { participantId: null, name: 'Pak Darto' } });
    expect(doc.activities[0]!.responsible.map((p) => p.name)).toEqual(['Bu Siti', ' pak  darto ']);
    doc = removeResponsible.perform(doc, { id: 'a1', index: 0 });
    expect(doc.activities[0]!.responsible.map((p) => p.name)).toEqual([' pak  darto ']);
  });

  it('keeps an end before the start as entered (flagged, not corrected)', () => {
    const doc = setActivityMonths.perform(plan([activity(1)]), {
      id: 'a1',
      startMonth: '2027-08',
      endMonth: '2027-05',
    });
    expect([doc.activities[0]!.startMonth, doc.activities[0]!.endMonth]).toEqual(['2027-08', '2027-05']);
  });
});

describe('timeline layout', () => {
  const rects = (texts: ReturnType<typeof timelineScene>) =>
    texts.primitives.filter((p): p is RectPrimitive => p.kind === 'rect' && (p.target ?? '').startsWith('bar:'));
  const texts = (scene: ReturnType<typeof timelineScene>) =>
    scene.primitives.filter((p): p is TextPrimitive => p.kind === 'text');

  it('labels every month of the span and draws one bar per activity, none overlapping', () => {
    const doc = plan([
      activity(1, { startMonth: '2027-01', endMonth: '2027-03' }),
      activity(2, { startMonth: '2027-02', endMonth: '2027-06' }),
      activity(3, { startMonth: '2027-02', endMonth: '2027-02' }),
    ]);
    const pages = timelinePages(doc);
    expect(pages).toHaveLength(1);
    const scene = timelineScene(pages[0]!, timelineLabels(id));
    const months = texts(scene).filter((t) => t.target?.startsWith('month:'));
    expect(months.map((m) => m.lines.join(' '))).toEqual(
      ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'].map((m) => `${m} 2027`),
    );
    const bars = rects(scene);
    expect(bars).toHaveLength(3);
    for (const [i, a] of bars.entries())
      for (const b of bars.slice(i + 1)) {
        const overlapX = a.x < b.x + b.width && b.x < a.x + a.width;
        const overlapY = a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlapX && overlapY).toBe(false);
      }
    // Bar 2 runs from February to June: five month columns wide, starting at February.
    const g = timelineGeometry;
    expect(bars[1]!.x).toBe(g.labelWidth + 1 * g.monthWidth + 4);
    expect(bars[1]!.width).toBe(5 * g.monthWidth - 8);
    // Every label is readable on the wall.
    expect(Math.min(...texts(scene).map((t) => t.fontSize))).toBeGreaterThanOrEqual(24);
  });

  it('shows who does it on the bar and notes an undated activity', () => {
    const doc = plan([
      activity(1, { responsible: [{ participantId: null, name: 'Bu Siti' }] }),
      activity(2, { startMonth: '', endMonth: '' }),
    ]);
    const scene = timelineScene(timelinePages(doc)[0]!, timelineLabels(en));
    const lines = texts(scene).flatMap((t) => t.lines);
    expect(lines).toContain('Bu Siti');
    expect(lines).toContain('no time yet');
  });

  it('folds 200 activities over three years into pages of 10 rows and 12 months', () => {
    const doc = plan(
      Array.from({ length: 200 }, (_, i) =>
        activity(i + 1, {
          what: `Kegiatan nomor ${i + 1} dengan nama yang sangat panjang sekali sampai tidak muat dalam dua baris di kolom`,
          startMonth: `${2027 + (i % 3)}-0${(i % 9) + 1}`,
          endMonth: `${2027 + (i % 3)}-${String((i % 9) + 3).padStart(2, '0')}`,
        }),
      ),
      { endMonth: '2029-12' },
    );
    const pages = timelinePages(doc);
    expect(pages).toHaveLength(20 * 3);
    expect(pages.every((p) => p.rows.length <= 10 && p.months.length <= 12)).toBe(true);
    // Every activity has its bar on exactly one month page of its row block.
    const barsPerActivity = new Map<string, number>();
    for (const p of pages)
      for (const r of p.rows)
        if (r.bar) barsPerActivity.set(r.activityId, (barsPerActivity.get(r.activityId) ?? 0) + 1);
    expect(barsPerActivity.size).toBe(200);
    const scene = timelineScene(pages[0]!, timelineLabels(id));
    const label = texts(scene).find((t) => t.target === 'activity:a1')!;
    expect(label.lines.length).toBe(2);
    expect(label.lines[1]!.endsWith('…')).toBe(true);
    // The page is as wide as its label column and 12 months, whatever the plan's length.
    expect(scene.bounds.width).toBeLessThan(timelineGeometry.labelWidth + 12 * timelineGeometry.monthWidth + 40);
  });

  it('draws a flagged activity (dates outside the span) hatched, and a span outside months shaded', () => {
    const doc = plan([activity(1, { startMonth: '2027-11', endMonth: '2028-01' })]);
    const page = timelinePages(doc)[0]!;
    expect(page.months).toHaveLength(12);
    const second = timelinePages(doc)[1]!;
    expect(second.inSpan).toEqual([false]);
    const bar = rects(timelineScene(page, timelineLabels(id)))[0]!;
    expect(bar.dash).toBeDefined();
    expect(page.rows[0]!.bar).toMatchObject({ continuesAfter: true });
  });

  it('writes the months of an activity in the language', () => {
    expect(whenText(id, { startMonth: '2027-08', endMonth: '2027-10' })).toBe('Agu 2027 – Okt 2027');
    expect(whenText(en, { startMonth: '2027-08', endMonth: '' })).toBe('Aug 2027');
  });
});

describe('plan poster', () => {
  it('puts six activities on one A4 sheet and folds 200 into numbered sheets, cutting long names to two lines', () => {
    const six = plan(Array.from({ length: 6 }, (_, i) => activity(i + 1)));
    expect(planPosterSheets(six, 'A4', id)).toHaveLength(1);
    const many = plan(
      Array.from({ length: 200 }, (_, i) => activity(i + 1, { what: 'Perbaikan saluran irigasi '.repeat(20) })),
    );
    const sheets = planPosterSheets(many, 'A4', id);
    expect(sheets).toHaveLength(Math.ceil(200 / 6));
    expect(sheets.every((s) => s.rows.every((r) => r.what.length <= 2))).toBe(true);
    expect(sheets[0]!.rows[0]!.what[1]!.endsWith('…')).toBe(true);
    expect(sheets[0]!.rows[0]!.when).toEqual(['Feb 2027 –', 'Apr 2027']);
  });
});
