import { describe, expect, it } from 'vitest';
import type { DatedExercise } from '#shared/exercises/definition.js';
import {
  addGroup,
  addQuestion,
  removeGroup,
  removeQuestion,
  renameGroup,
  setBeforeAfter,
  setReason,
  setScore,
} from '#shared/exercises/evaluation/actions.js';
import { evaluationByGroup } from '#shared/exercises/evaluation/aggregate.js';
import { evaluationChartScene } from '#shared/exercises/evaluation/chart.js';
import { gatherBeforeAfter, hasComparisons } from '#shared/exercises/evaluation/gather.js';
import {
  beforeAfterHtml,
  chartLabels,
  evaluationReport,
  pentagonTable,
  rankingTable,
  sideBySideTable,
  vennTable,
} from '#shared/exercises/evaluation/report.js';
import {
  emptyEvaluationDocument,
  zEvaluationDocument,
  type EvaluationDocument,
  type Score,
} from '#shared/exercises/evaluation/schema.js';
import { emptyIndicatorsDocument } from '#shared/exercises/indicators/schema.js';
import { pairKey } from '#shared/exercises/ranking/pairwise.js';
import { emptyPairwiseDocument, emptyVoteDocument, type PairwiseDocument } from '#shared/exercises/ranking/schema.js';
import { emptyResourceMapDocument, type ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { emptyVennDocument, type Institution, type VennDocument } from '#shared/exercises/venn/schema.js';
import { translator } from '#shared/i18n/translate.js';
import type { RectPrimitive, TextPrimitive } from '#shared/scene/primitives.js';
import { mapResource } from '../support/coreFixtures.js';

const id = translator('id');
const en = translator('en');

/** The seed's four questions answered by women, men and youth. */
function answered(scores: Record<'women' | 'men' | 'youth', (Score | null)[]>): EvaluationDocument {
  let doc = emptyEvaluationDocument();
  for (const [group, list] of Object.entries(scores))
    list.forEach((score, i) => {
      doc = setScore.perform(doc, { groupId: `g-${group}`, questionId: doc.questions[i]!.id, score });
    });
  return doc;
}

describe('evaluation by group', () => {
  it('starts with the seed questions and women, men and youth, and reads them in the user language', () => {
    const doc = emptyEvaluationDocument();
    expect(zEvaluationDocument.parse(doc)).toEqual(doc);
    const side = sideBySideTable(id, doc);
    expect(side.header).toEqual(['Pertanyaan', 'Perempuan', 'Laki-laki', 'Pemuda', 'Bersama']);
    expect(side.rows.map((r) => r.question)).toEqual([
      'Apakah program menjawab masalah yang kita pilih?',
      'Apakah program memenuhi kebutuhan warga?',
      'Apakah kegiatan berjalan sesuai cara yang kita sepakati?',
      'Apakah kegiatan berjalan tanpa hambatan berarti? (Alasan: apa hambatannya)',
    ]);
    expect(sideBySideTable(en, doc).header).toEqual(['Question', 'Women', 'Men', 'Youth', 'Together']);
  });

  it('puts the groups side by side per question: mean, spread and where groups disagree', () => {
    const doc = answered({ women: [3, 1, 2, 1], men: [3, 3, 2, null], youth: [2, 3, 2, 3] });
    const result = evaluationByGroup(doc);
    expect(result.questions.map((q) => q.mean)).toEqual([8 / 3, 7 / 3, 2, 2]);
    expect(result.questions.map((q) => q.spread)).toEqual([1, 2, 0, 2]);
    expect(result.questions.map((q) => q.groupsDiffer)).toEqual([false, true, false, true]);
    expect(result.questions[3]!.answered).toBe(2);
    expect(result.groups.map((g) => [g.groupId, g.answered, g.mean])).toEqual([
      ['g-women', 4, 7 / 4],
      ['g-men', 3, 8 / 3],
      ['g-youth', 4, 10 / 4],
    ]);
    expect(result.complete).toBe(false);
    const full = setScore.perform(doc, { groupId: 'g-men', questionId: 'q-obstacles', score: 1 });
    expect(evaluationByGroup(full).complete).toBe(true);
  });

  it('keeps each group its reasons and prints them beside the answer', () => {
    let doc = answered({ women: [2, null, null, null], men: [], youth: [] });
    doc = setReason.perform(doc, {
      groupId: 'g-women',
      questionId: 'q-answered',
      reason: 'Air sudah mengalir ke RW 02, RW 05 belum',
    });
    const row = sideBySideTable(id, doc).rows[0]!;
    expect(row.cells).toEqual(['Sebagian: Air sudah mengalir ke RW 02, RW 05 belum', 'belum dijawab', 'belum dijawab']);
    expect(row.note).toBe('rata-rata 2,0 dari 3');
    // One question-group answer at a time merges into one undo step.
    expect(setReason.history).toBe('merge');
    expect(setReason.mergeKey!({ groupId: 'g-women', questionId: 'q-answered', reason: '' })).not.toBe(
      setReason.mergeKey!({ groupId: 'g-men', questionId: 'q-answered', reason: '' }),
    );
  });

  it('lets the village edit its groups and questions; refuses an empty or repeated name and removing the last group', () => {
    let doc = emptyEvaluationDocument();
    doc = renameGroup.perform(doc, { id: 'g-youth', name: 'Karang Taruna' });
    doc = addGroup.perform(doc, { id: 'g-farmers', name: 'Kelompok Tani Subur Makmur' });
    expect(sideBySideTable(id, doc).header.slice(1, -1)).toEqual([
      'Perempuan',
      'Laki-laki',
      'Karang Taruna',
      'Kelompok Tani Subur Makmur',
    ]);
    expect(addGroup.refuse(doc, { id: 'x', name: ' karang  taruna ' })).toBe('duplicate_name');
    expect(addGroup.refuse(doc, { id: 'x', name: '  ' })).toBe('empty_name');
    doc = setScore.perform(doc, { groupId: 'g-farmers', questionId: 'q-needs', score: 3 });
    doc = removeGroup.perform(doc, { id: 'g-farmers' });
    expect(doc.answers['g-farmers']).toBeUndefined();
    for (const g of ['g-women', 'g-men']) doc = removeGroup.perform(doc, { id: g });
    expect(removeGroup.refuse(doc, { id: 'g-youth' })).toBe('last_group');
    expect(removeGroup.perform(doc, { id: 'g-youth' }).groups).toHaveLength(1);

    doc = addQuestion.perform(doc, { id: 'q-own', text: 'Apakah iuran air dibayar tepat waktu?' });
    doc = setScore.perform(doc, { groupId: 'g-youth', questionId: 'q-own', score: 2 });
    expect(sideBySideTable(id, doc).rows.at(-1)!.question).toBe('Apakah iuran air dibayar tepat waktu?');
    doc = removeQuestion.perform(doc, { id: 'q-own' });
    expect(doc.answers['g-youth']?.['q-own']).toBeUndefined();
    expect(zEvaluationDocument.parse(doc)).toEqual(doc);
  });

  it('draws one bar per group and question as long as the score, with the answer in words beside it', () => {
    const doc = answered({ women: [3, 1, 2, null], men: [3, 3, 2, 2], youth: [2, 3, 2, 3] });
    const scene = evaluationChartScene(evaluationByGroup(doc), chartLabels(id, doc));
    const bars = scene.primitives.filter((p): p is RectPrimitive => p.kind === 'rect');
    expect(bars).toHaveLength(12);
    const bar = (q: string, g: string) => bars.find((b) => b.target === `${q}:${g}`)!;
    expect(bar('q-answered', 'g-women').width).toBeCloseTo(bar('q-answered', 'g-youth').width * 1.5);
    expect(bar('q-needs', 'g-women').width * 3).toBeCloseTo(bar('q-needs', 'g-men').width);
    // Not answered: a dashed empty frame, not a bar of colour.
    expect(bar('q-obstacles', 'g-women').dash).toBeDefined();
    const words = scene.primitives.filter((p): p is TextPrimitive => p.kind === 'text').flatMap((p) => p.lines);
    expect(words).toContain('Perempuan: Ya');
    expect(words).toContain('Perempuan: belum dijawab');
    expect(words).toContain('Pemuda: Sebagian');
  });
});

// Before / after ---------------------------------------------------------------------------

const institution = (name: string, importance: Institution['importance'], x: number): Institution => ({
  id: name,
  name,
  kind: 'community',
  relation: 'supportive',
  importance,
  x,
  y: 0,
  notes: '',
});

const venn = (institutions: Institution[]): VennDocument => ({ ...emptyVennDocument(), institutions });

const map = (ratings: Record<string, number>): ResourceMapDocument => ({
  ...emptyResourceMapDocument(),
  resources: [
    { ...mapResource('Mata air Cibeureum', 'natural'), rating: ratings.natural ?? 0 },
    { ...mapResource('Kelompok Wanita Tani Melati', 'social'), rating: ratings.social ?? 0 },
  ],
});

/** A pairwise ranking of water sources where the earlier listed item always wins. */
function pairwise(names: string[]): PairwiseDocument {
  const items = names.map((name, i) => ({ id: `i${i}`, name }));
  const choices: PairwiseDocument['choices'][string] = {};
  for (let a = 0; a < items.length; a += 1)
    for (let b = a + 1; b < items.length; b += 1) choices[pairKey(items[a]!.id, items[b]!.id)] = { choice: 'first' };
  return { ...emptyPairwiseDocument(), items, choices: { all: choices } };
}

let n = 0;
const dated = (type: string, date: string, body: unknown, title = `${type} ${date}`): DatedExercise => ({
  id: `ex${(n += 1)}`,
  type,
  title,
  body,
  sessionId: `s-${date}`,
  date,
});

describe('before / after gathering', () => {
  it('has nothing to compare in a file with one of each', () => {
    const b = gatherBeforeAfter(
      [
        dated('venn', '2026-03-12', venn([institution('Posyandu', 2, 200)])),
        dated('resourceMap', '2026-03-26', map({})),
      ],
      '2026-11-12',
    );
    expect(hasComparisons(b)).toBe(false);
    expect(beforeAfterHtml(id, b)).toContain('Belum ada perbandingan');
  });

  it('compares the first Venn diagram with the latest, whatever order the file lists them in', () => {
    const first = dated(
      'venn',
      '2026-03-12',
      venn([institution('PDAM', 2, 600), institution('Posyandu', 3, 200)]),
      'Kondisi sekarang',
    );
    const middle = dated('venn', '2026-06-01', venn([institution('PDAM', 2, 500)]), 'Tengah program');
    const latest = dated(
      'venn',
      '2026-11-12',
      venn([institution('PDAM', 4, 150), institution('BUMDes Sukamaju', 2, 200)]),
      'Kelembagaan setelah program',
    );
    const b = gatherBeforeAfter([latest, first, middle], '2026-11-12');
    expect(b.venn!.before.title).toBe('Kondisi sekarang');
    expect(b.venn!.after.title).toBe('Kelembagaan setelah program');
    const rows = vennTable(id, b.venn!).rows;
    const pdam = rows.find((r) => r[0] === 'PDAM')!;
    expect(pdam[1]).toBe('2 → 4');
    expect(pdam[3]).toMatch(/^\+\d lebih dekat$/);
    expect(rows.find((r) => r[0] === 'Posyandu')![3]).toBe('hilang');
    expect(rows.find((r) => r[0] === 'BUMDes Sukamaju')![3]).toBe('baru');
  });

  it('compares the asset pentagons of the first and the latest potential map (a map without resources is not one)', () => {
    const b = gatherBeforeAfter(
      [
        dated('resourceMap', '2026-03-26', map({ natural: 2, social: 1 })),
        dated('resourceMap', '2026-06-01', emptyResourceMapDocument()),
        dated('resourceMap', '2026-11-12', map({ natural: 4, social: 3 })),
      ],
      '2026-11-12',
    );
    expect(b.pentagon!.before.date).toBe('2026-03-26');
    expect(b.pentagon!.after.date).toBe('2026-11-12');
    const rows = pentagonTable(id, b.pentagon!).rows;
    expect(rows.find((r) => r[0] === 'Alam')).toEqual(['Alam', '0,40', '0,80', '+0,40']);
    expect(rows.find((r) => r[0] === 'Sosial')).toEqual(['Sosial', '0,20', '0,60', '+0,40']);
    expect(rows.find((r) => r[0] === 'Keuangan')![3]).toBe('tetap');
    // Both outlines are drawn, as vector lines with the capital names as text.
    expect(beforeAfterHtml(id, b)).toMatch(/<svg[\s\S]*Alam[\s\S]*<\/svg>/);
  });

  it('finds a ranking re-run with the same items, earliest against latest, and ignores unrelated rankings', () => {
    const sources = ['Mata air Cibeureum', 'Sumur bor RT 03', 'Sungai Cikalong', 'PDAM'];
    const b = gatherBeforeAfter(
      [
        dated('pairwise', '2026-04-09', pairwise(sources), 'Perbandingan sumber air'),
        dated('pairwise', '2026-05-01', pairwise(['Hama wereng', 'Jalan rusak', 'Air bersih'])),
        dated('pairwise', '2026-08-01', pairwise([sources[1]!, sources[0]!, sources[2]!, sources[3]!])),
        dated(
          'pairwise',
          '2026-11-12',
          pairwise(['Sumur bor RT 03', 'PDAM', 'Mata air Cibeureum', 'Tandon air hujan']),
          'Sumber air setelah program',
        ),
      ],
      '2026-11-12',
    );
    expect(b.rankings).toHaveLength(1);
    const [r] = b.rankings;
    expect(r!.before.title).toBe('Perbandingan sumber air');
    expect(r!.after.title).toBe('Sumber air setelah program');
    expect(rankingTable(id, r!).rows).toEqual([
      ['Sumur bor RT 03', '2', '1', 'naik 1'],
      ['PDAM', '4', '2', 'naik 2'],
      ['Mata air Cibeureum', '1', '3', 'turun 2'],
      ['Tandon air hujan', '–', '4', 'baru'],
      ['Sungai Cikalong', '3', '–', 'tidak dinilai lagi'],
    ]);
  });

  it('compares a vote with a later pairwise ranking of the same options', () => {
    const vote = {
      ...emptyVoteDocument(),
      items: [
        { id: 'a', name: 'Tandon air hujan' },
        { id: 'b', name: 'Pipa dari mata air' },
      ],
      ballots: { all: [{ id: 'v1', participantId: null, label: 'Warga 1', dots: { b: 2 }, order: [] }] },
    };
    const b = gatherBeforeAfter(
      [
        dated('vote', '2026-04-23', vote),
        dated('pairwise', '2026-11-12', pairwise(['Tandon air hujan', 'Pipa dari mata air'])),
      ],
      '2026-11-12',
    );
    expect(rankingTable(en, b.rankings[0]!).rows).toEqual([
      ['Tandon air hujan', '2', '1', 'up 1'],
      ['Pipa dari mata air', '1', '2', 'down 1'],
    ]);
  });

  it("takes the indicators' progress from monitoring, judged on the evaluation's day, and skips sessions' damaged bodies", () => {
    const indicators = {
      ...emptyIndicatorsDocument(),
      indicators: [
        {
          id: 'ind1',
          name: 'RT yang punya tandon air hujan',
          unit: 'RT',
          baseline: { value: 0, date: '2026-05-14' },
          target: { value: 15, date: '2026-12-31' },
          link: null,
        },
      ],
    };
    const b = gatherBeforeAfter(
      [dated('indicators', '2026-05-14', indicators), dated('venn', '2026-03-12', { broken: true })],
      '2026-11-12',
    );
    expect(b.venn).toBeNull();
    expect(b.indicators).toEqual([
      expect.objectContaining({
        name: 'RT yang punya tandon air hujan',
        baseline: 0,
        target: 15,
        latest: null,
        status: 'no_data',
      }),
    ]);
    expect(beforeAfterHtml(id, b)).toContain('belum diukur');
  });

  it('keeps what it gathered in the document without an undo step, and prints it in the session report', () => {
    const b = gatherBeforeAfter(
      [
        dated('venn', '2026-03-12', venn([institution('PDAM', 2, 600)]), 'Kondisi sekarang'),
        dated('venn', '2026-11-12', venn([institution('PDAM', 4, 150)]), 'Sesudah program'),
      ],
      '2026-11-12',
    );
    expect(setBeforeAfter.history).toBe('none');
    const doc = setBeforeAfter.perform(answered({ women: [3, 2, 2, 1], men: [], youth: [] }), { beforeAfter: b });
    expect(setBeforeAfter.perform(doc, { beforeAfter: structuredClone(b) })).toBe(doc);
    expect(zEvaluationDocument.parse(doc)).toEqual(doc);
    const html = evaluationReport(doc, {
      t: id,
      title: 'Evaluasi akhir program',
      communityName: 'Desa Sukamaju',
      photos: {},
      earlier: [],
    });
    expect(html).toContain('Evaluasi partisipatif: Evaluasi akhir program');
    expect(html).toContain('Perempuan: Ya');
    expect(html).toContain('Kondisi sekarang (12 Mar 2026) dibandingkan dengan Sesudah program (12 Nov 2026)');
    expect(html).toContain('2 → 4');
  });

  it('prints what it would gather when the evaluation was never opened on screen (the report has the community)', () => {
    const community = [
      dated('venn', '2026-03-12', venn([institution('PDAM', 2, 600)]), 'Kondisi sekarang'),
      dated('venn', '2026-11-12', venn([institution('PDAM', 4, 150)]), 'Sesudah program'),
    ];
    const doc = answered({ women: [3, 2, 2, 1], men: [], youth: [] });
    const context = { t: id, title: 'Evaluasi', communityName: 'Desa Sukamaju', photos: {}, earlier: [] };
    expect(evaluationReport(doc, context)).toContain('Belum ada perbandingan');
    const html = evaluationReport(doc, { ...context, community });
    expect(html).toContain('Kondisi sekarang (12 Mar 2026) dibandingkan dengan Sesudah program (12 Nov 2026)');
    expect(html).toContain('Dikumpulkan dari latihan-latihan komunitas ini pada 12 Nov 2026.');
  });
});
