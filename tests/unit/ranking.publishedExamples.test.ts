import { describe, expect, it } from 'vitest';
import { checkCell, scoreMatrix, type Criterion, type ScoringMode } from '#shared/exercises/ranking/matrix.js';
import { matrixActions } from '#shared/exercises/ranking/matrixActions.js';
import { roman } from '#shared/exercises/ranking/ranks.js';
import { defaultGroupId, emptyMatrixDocument } from '#shared/exercises/ranking/schema.js';
import { matrixScoreTable } from '#shared/exercises/ranking/tables.js';
import { translator } from '#shared/i18n/translate.js';

/**
 * Worked examples copied from published PRA training material, with the ranks the source
 * prints. The inputs are the source's own numbers; nothing here is computed by hand.
 */
describe('published worked examples', () => {
  /*
   * Source: G. L. Ray, "Extension Communication and Management" (2001), p. 232, direct
   * matrix ranking of tree species; reproduced in the ICAR e-course "Programme Planning,
   * Implementation and Evaluation", Lesson 32 "Techniques of Participatory Rural
   * Appraisal", page "Matrix Ranking" (ecoursesonline.iasri.res.in, mod/page id=118167).
   * Each species is scored per criterion 4 (best), 3 (good), 2 (not so good), 1 (worst);
   * the published totals are Eucalyptus 11, Neem 16, Acacia 9, Mango 14 and the composite
   * ranks III, I, IV, II.
   */
  it('Ray (2001): matrix ranking of four tree species on five criteria', () => {
    const species = ['Eucalyptus', 'Neem', 'Acacia', 'Mango'];
    const criteria: Criterion[] = ['Fuel wood', 'Building', 'Fruit', 'Medicine', 'Shade'].map((name) => ({
      id: name,
      name,
      weight: 1,
    }));
    const published: Record<string, number[]> = {
      // Fuel wood, Building, Fruit, Medicine, Shade
      Eucalyptus: [3, 3, 1, 3, 1],
      Neem: [1, 4, 3, 4, 4],
      Acacia: [2, 1, 2, 2, 2],
      Mango: [4, 2, 4, 1, 3],
    };
    // The source's 1-4 scores fit Rembug's 1-5 scale; every cell must be accepted.
    const scale: ScoringMode = { kind: 'scale', min: 1, max: 5 };
    const cells: Record<string, Record<string, number>> = {};
    for (const s of species) {
      cells[s] = {};
      criteria.forEach((c, i) => {
        const value = published[s]![i]!;
        expect(checkCell(cells, species, s, c.id, value, scale)).toBeNull();
        cells[s]![c.id] = value;
      });
    }

    const result = scoreMatrix(species, criteria, cells, scale, 'equal');

    const totals = Object.fromEntries(result.rows.map((r) => [r.optionId, r.total]));
    expect(totals).toEqual({ Eucalyptus: 11, Neem: 16, Acacia: 9, Mango: 14 });
    const composite = Object.fromEntries(result.ranking.map((r) => [r.item, roman(r.denseRank)]));
    expect(composite).toEqual({ Eucalyptus: 'III', Neem: 'I', Acacia: 'IV', Mango: 'II' });
    expect(result.ranking.map((r) => r.item)).toEqual(['Neem', 'Mango', 'Eucalyptus', 'Acacia']);
    expect(result.ranking.some((r) => r.tied)).toBe(false);
  });

  /*
   * Source: "Cara membuat matriks ranking masalah", coachluck.blogspot.com, February 2015,
   * section 3.1.8 Bagan Peringkat / Matriks Ranking, Tabel 4 (rice problems, Desa
   * Curugrendeng); only the rice block is complete in the published page. GMP: Gawat,
   * Mendesak, Penyebaran, each 1-3, summed (Jml); ranks in dense Roman numerals, so the
   * three problems at 7 share III and the next total takes IV.
   */
  it('Curugrendeng (2015): GMP problem ranking of rice problems, dense Roman ranks with a three-way tie', () => {
    const t = translator('id');
    const published: [name: string, g: number, m: number, p: number, jml: number, ranking: string][] = [
      ['Blast', 3, 3, 3, 9, 'I'],
      ['Hama Kresek', 2, 2, 2, 6, 'IV'],
      ['Hama Wereng', 3, 3, 3, 9, 'I'],
      ['Penggerek Batang', 2, 3, 3, 8, 'II'],
      ['Pemasaran', 1, 1, 2, 4, 'VI'],
      ['Keong', 3, 3, 1, 7, 'III'],
      ['Burung', 3, 3, 1, 7, 'III'],
      ['Tikus', 2, 2, 1, 5, 'V'],
      ['Benih Berlabel', 2, 2, 1, 5, 'V'],
      ['Kungkang', 3, 3, 1, 7, 'III'],
    ];
    // Entered as a facilitator would: the options, the GMP template, every score typed in
    // its cell, and Roman numbering.
    let doc = published.reduce(
      (d, [name], i) => matrixActions.addItem.perform(d, { id: `m${i}`, name }),
      emptyMatrixDocument(),
    );
    let next = 0;
    doc = matrixActions.chooseTemplate.perform(doc, {
      template: 'gmp',
      nameOf: (key) => t(`ranking.matrixScoring.criteriaNames.${key}`),
      newId: () => `c${(next += 1)}`,
    });
    expect(doc.criteria.map((c) => c.name)).toEqual(['Gawat', 'Mendesak', 'Penyebaran']);
    published.forEach(([, ...scores], i) =>
      doc.criteria.forEach((c, ci) => {
        const args = { groupId: defaultGroupId, optionId: `m${i}`, criterionId: c.id, value: scores[ci] as number };
        expect(matrixActions.typeScore.refuse(doc, args)).toBeNull();
        doc = matrixActions.typeScore.perform(doc, args);
      }),
    );
    doc = matrixActions.setNumbering.perform(doc, { numbering: 'roman' });

    const table = matrixScoreTable(doc, defaultGroupId, t);
    expect(table.header).toEqual(['Peringkat', 'Pilihan', 'Gawat', 'Mendesak', 'Penyebaran', 'Total']);
    const printed = new Map(table.rows.map((row) => [row.name, row.cells.map((c) => c.text)]));
    for (const [name, g, m, p, jml, ranking] of published) {
      // Rembug marks a shared rank with "=" so the tie shows plainly; the numeral is the source's.
      const shared = published.filter((x) => x[5] === ranking).length > 1;
      expect(printed.get(name)).toEqual([`${ranking}${shared ? '=' : ''}`, name, `${g}`, `${m}`, `${p}`, `${jml}`]);
    }
    // Best first: the two 9s, the 8, the three 7s (in the order entered), ...
    expect(table.rows.map((r) => r.cells[0]!.text)).toEqual([
      'I=',
      'I=',
      'II',
      'III=',
      'III=',
      'III=',
      'IV',
      'V=',
      'V=',
      'VI',
    ]);
  });
});
