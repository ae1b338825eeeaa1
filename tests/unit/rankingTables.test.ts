import { describe, expect, it } from 'vitest';
import { numberTiers, rankWithTieMark } from '#shared/exercises/ranking/ranks.js';
import { matrixReport, voteReport } from '#shared/exercises/ranking/report.js';
import {
  emptyMatrixDocument,
  emptyVoteDocument,
  type MatrixDocument,
  type RankItem,
} from '#shared/exercises/ranking/schema.js';
import {
  ballotTable,
  groupComparisonTable,
  matrixScoreTable,
  pairReasons,
  pairwiseGrid,
  rankingTable,
  rankNoteLines,
} from '#shared/exercises/ranking/tables.js';
import { translator } from '#shared/i18n/translate.js';

/** The tables both the wall and the PDF draw, as plain text rows. */
const t = translator('id');
const items: RankItem[] = [
  { id: 'a', name: 'Air' },
  { id: 'b', name: 'Jalan' },
  { id: 'c', name: 'Pasar' },
];
const texts = (rows: { cells: { text: string }[] }[]) => rows.map((r) => r.cells.map((c) => c.text));

describe('ranking tables', () => {
  const ranking = numberTiers([['a', 'b'], ['c']]);

  it('writes a shared rank with its tie mark in both numberings', () => {
    expect(ranking.map((r) => rankWithTieMark(r, 'competition'))).toEqual(['1=', '1=', '3']);
    expect(ranking.map((r) => rankWithTieMark(r, 'roman'))).toEqual(['I=', 'I=', 'II']);
  });

  it('result table: rank with tie mark, name, value; ties in words', () => {
    const table = rankingTable(items, ranking, { a: 2.5, b: 2.5, c: 1 }, 'competition', 'Skor', t);
    expect(table.header).toEqual(['Peringkat', 'Pilihan', 'Skor']);
    expect(texts(table.rows)).toEqual([
      ['1=', 'Air', '2,5'],
      ['1=', 'Jalan', '2,5'],
      ['3', 'Pasar', '1'],
    ]);
    // English writes the decimal point.
    const english = rankingTable(items, ranking, { a: 2.5, b: 2.5, c: 1 }, 'competition', 'Score', translator('en'));
    expect(texts(english.rows).map((r) => r[2])).toEqual(['2.5', '2.5', '1']);
    expect(rankNoteLines(items, ranking, 'competition', t).map((n) => n.text)).toEqual([
      'Seri: Air, Jalan berbagi peringkat 1.',
    ]);
  });

  it('pairwise grid: upper triangle, "=" for equal, the pair behind each cell, and the reasons', () => {
    const choices = { 'a|b': { choice: 'equal' as const }, 'a|c': { choice: 'second' as const, reason: 'ramai' } };
    const grid = pairwiseGrid(items, choices);
    expect(grid.header).toEqual(['', 'Jalan', 'Pasar']);
    expect(texts(grid.rows)).toEqual([
      ['Air', '=', 'Pasar'],
      ['Jalan', '', ''],
    ]);
    expect(grid.rows[1]!.cells[1]!.kind).toBe('blank');
    expect(grid.rows[0]!.cells[2]).toMatchObject({ pair: { first: 'a', second: 'c' }, title: 'ramai' });
    expect(pairReasons(items, choices)).toEqual(['Air — Pasar: ramai']);
  });

  it('groups side by side show the bare ranks and where they differ', () => {
    const groups = [
      { id: 'all', name: '' },
      { id: 'w', name: 'Perempuan' },
    ];
    const table = groupComparisonTable(items, groups, [ranking, numberTiers([['c'], ['a'], ['b']])], 'competition', t);
    expect(table.header).toEqual(['Pilihan', 'Semua peserta', 'Perempuan', '']);
    expect(texts(table.rows)).toEqual([
      ['Air', '1', '2', 'beda 1'],
      ['Jalan', '1', '3', 'beda 2'],
      ['Pasar', '3', '1', 'beda 2'],
    ]);
  });

  it('matrix table: weighted contributions, categories with their own ranks, best first', () => {
    const doc: MatrixDocument = {
      ...emptyMatrixDocument(),
      items: items.map((i, n) => ({ ...i, category: n < 2 ? 'Prasarana' : 'Ekonomi' })),
      criteria: [
        { id: 'x', name: 'Manfaat', weight: 6 },
        { id: 'y', name: 'Biaya', weight: 4 },
      ],
      weights: 'points',
      cells: { all: { a: { x: 2, y: 5 }, b: { x: 5, y: 1 }, c: { x: 1 } } },
    };
    const table = matrixScoreTable(doc, 'all', t);
    expect(table.header).toEqual([
      'Peringkat',
      'Pilihan',
      'Kategori',
      'Peringkat dalam kategori',
      'Manfaat (×6)',
      'Biaya (×4)',
      'Total',
    ]);
    expect(texts(table.rows)).toEqual([
      ['1', 'Jalan', 'Prasarana', '1', '5 → 30', '1 → 4', '34'],
      ['2', 'Air', 'Prasarana', '2', '2 → 12', '5 → 20', '32'],
      ['3', 'Pasar', 'Ekonomi', '1', '1 → 6', '', '6'],
    ]);
    // The PDF prints the same rows.
    const html = matrixReport(doc, { t, title: 'Prioritas', communityName: 'Sukamaju', photos: {}, earlier: [] });
    expect(html).toContain('<td>2 → 12</td><td>5 → 20</td><td><strong>32</strong></td>');
  });

  it('seeds write their shares with the language decimal mark, in the table, the chart and the PDF', () => {
    const doc: MatrixDocument = {
      ...emptyMatrixDocument(),
      items,
      criteria: [
        { id: 'x', name: 'Manfaat', weight: 1 },
        { id: 'y', name: 'Biaya', weight: 1 },
      ],
      scoring: { kind: 'seeds', seedsPerCriterion: 10 },
      cells: { all: { a: { x: 3, y: 5 }, b: { x: 7, y: 1 }, c: { y: 4 } } },
    };
    expect(texts(matrixScoreTable(doc, 'all', t).rows)).toEqual([
      ['1=', 'Air', '3 → 0,3', '5 → 0,5', '0,8'],
      ['1=', 'Jalan', '7 → 0,7', '1 → 0,1', '0,8'],
      ['3', 'Pasar', '', '4 → 0,4', '0,4'],
    ]);
    expect(texts(matrixScoreTable(doc, 'all', translator('en')).rows)[0]).toEqual([
      '1=',
      'Air',
      '3 → 0.3',
      '5 → 0.5',
      '0.8',
    ]);
    const report = (language: 'id' | 'en') =>
      matrixReport(doc, { t: translator(language), title: 'P', communityName: 'S', photos: {}, earlier: [] });
    // The table cell, and the value at the end of the chart's bar.
    expect(report('id')).toContain('<td>3 → 0,3</td><td>5 → 0,5</td><td><strong>0,8</strong></td>');
    expect(report('id')).toMatch(/<text[^>]*>(<tspan[^>]*>)?0,4</);
    expect(report('id')).not.toMatch(/>0\.[0-9]</);
    expect(report('en')).toContain('<td>3 → 0.3</td><td>5 → 0.5</td><td><strong>0.8</strong></td>');
  });

  it('a multiplied row stays incomplete until every criterion is scored', () => {
    const doc: MatrixDocument = {
      ...emptyMatrixDocument(),
      items: items.slice(0, 2),
      criteria: [
        { id: 'x', name: 'U', weight: 1 },
        { id: 'y', name: 'S', weight: 1 },
      ],
      scoring: { kind: 'scale', min: 1, max: 5 },
      combine: 'product',
      cells: { all: { a: { x: 2, y: 5 }, b: { x: 4 } } },
    };
    expect(texts(matrixScoreTable(doc, 'all', t).rows)).toEqual([
      ['1', 'Air', '2', '5', '10'],
      ['2', 'Jalan', '4', '', 'belum lengkap'],
    ]);
  });

  it('ballot table: dots per option, or the rank given on a ranked ballot', () => {
    const doc = {
      ...emptyVoteDocument(),
      items,
      dotsPerVoter: 3,
      ballots: {
        all: [{ id: 'v', participantId: null, label: 'Pemilih 1', dots: { a: 2 }, order: ['c', 'a'] }],
      },
    };
    const dots = ballotTable(doc, 'all', t);
    expect(dots.header).toEqual(['Pemilih', 'Air', 'Jalan', 'Pasar']);
    expect(dots.rows[0]).toMatchObject({ label: 'Pemilih 1', dotsLeft: 1 });
    expect(dots.rows[0]!.marks.map((m) => m.text)).toEqual(['2', '0', '0']);
    const ranked = ballotTable({ ...doc, mode: 'ranked' }, 'all', t);
    expect(ranked.rows[0]!.dotsLeft).toBeNull();
    expect(ranked.rows[0]!.marks.map((m) => m.text)).toEqual(['2', '', '1']);
  });

  it('labels the app wrote follow the language; labels the group wrote stay as typed', () => {
    const doc = {
      ...emptyVoteDocument(),
      items,
      ballots: {
        all: [
          { id: 'v1', participantId: null, label: 'Pemilih 1', dots: {}, order: [] },
          { id: 'v2', participantId: null, label: 'Voter 12', dots: {}, order: [] },
          { id: 'v3', participantId: 'p', label: 'Bu Sari', dots: {}, order: [] },
          { id: 'v4', participantId: null, label: 'Pemilih satu', dots: {}, order: [] },
        ],
      },
    };
    const labels = (language: 'id' | 'en') => ballotTable(doc, 'all', translator(language)).rows.map((r) => r.label);
    expect(labels('en')).toEqual(['Voter 1', 'Voter 12', 'Bu Sari', 'Pemilih satu']);
    expect(labels('id')).toEqual(['Pemilih 1', 'Pemilih 12', 'Bu Sari', 'Pemilih satu']);
    // The PDF's ballot table too.
    const html = voteReport(doc, { t: translator('en'), title: 'V', communityName: 'S', photos: {}, earlier: [] });
    expect(html).toContain('<td>Voter 1</td>');
    expect(html).not.toContain('Pemilih 1');

    // USG criteria stored in Indonesian (every file written before), one renamed by the group.
    const matrix: MatrixDocument = {
      ...emptyMatrixDocument(),
      items: items.slice(0, 2),
      template: 'usg',
      criteria: [
        { id: 'u', name: 'Urgensi', weight: 1 },
        { id: 's', name: 'Keseriusan', weight: 1 },
        { id: 'g', name: 'Pertumbuhan penduduk', weight: 1 },
      ],
      scoring: { kind: 'scale', min: 1, max: 5 },
      cells: { all: { a: { u: 2, s: 3, g: 1 } } },
    };
    expect(matrixScoreTable(matrix, 'all', translator('en')).header).toEqual([
      'Rank',
      'Options',
      'Urgency',
      'Seriousness',
      'Pertumbuhan penduduk',
      'Total',
    ]);
    expect(matrixScoreTable(matrix, 'all', t).header.slice(2, 4)).toEqual(['Urgensi', 'Keseriusan']);
    const english = matrixReport(matrix, {
      t: translator('en'),
      title: 'P',
      communityName: 'S',
      photos: {},
      earlier: [],
    });
    expect(english).toContain('Urgency + Seriousness + Pertumbuhan penduduk');
    expect(english).not.toContain('Urgensi');
  });
});
