import { describe, expect, it } from 'vitest';
import { checkCell, scoreMatrix, type Criterion, type ScoringMode } from '../../shared/exercises/ranking/matrix.js';
import { roman } from '../../shared/exercises/ranking/ranks.js';

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
});
