import { describe, expect, it } from 'vitest';
import { compareGroups, sameTopChoice } from '#shared/exercises/ranking/groups.js';
import { checkCell, formulaTerms, scoreMatrix, seedsLeft, type Criterion } from '#shared/exercises/ranking/matrix.js';
import {
  choicesInvolving,
  pairKey,
  pairsOf,
  rankPairwise,
  withoutItem,
  type Choices,
  type PairChoice,
} from '#shared/exercises/ranking/pairwise.js';
import { numberTiers, rankWithinCategories, roman } from '#shared/exercises/ranking/ranks.js';
import { emptyMatrixDocument, zMatrixDocument } from '#shared/exercises/ranking/schema.js';
import { applyMatrixTemplate } from '#shared/exercises/ranking/templates.js';
import { parseExerciseBody } from '#shared/exercises/registry.js';
import { matrixBodyVersion1 } from '../support/rankingFixtures.js';
import { checkDots, defaultDots, tallyDots, tallyRanked } from '#shared/exercises/ranking/voting.js';

/** Builds choices from "A>B", "A=B" strings over items in list order. */
function choices(ids: string[], ...cells: string[]): Choices {
  const out: Record<string, { choice: PairChoice }> = {};
  for (const cell of cells) {
    const [a, op, b] = [cell[0]!, cell[1]!, cell[2]!];
    const [first, second] = ids.indexOf(a) < ids.indexOf(b) ? [a, b] : [b, a];
    const choice: PairChoice = op === '=' ? 'equal' : (op === '>' ? a : b) === first ? 'first' : 'second';
    out[pairKey(first, second)] = { choice };
  }
  return out;
}
const ranksOf = (r: ReturnType<typeof rankPairwise>) => Object.fromEntries(r.ranking.map((x) => [x.item, x.rank]));

describe('pairwise ranking', () => {
  it('asks n(n-1)/2 pairs, row by row of the upper triangle', () => {
    expect(pairsOf(['A', 'B', 'C', 'D']).map((p) => p.first + p.second)).toEqual(['AB', 'AC', 'AD', 'BC', 'BD', 'CD']);
    expect(pairsOf(Array.from({ length: 20 }, (_, i) => `i${i}`))).toHaveLength(190);
  });

  it('scores wins, half a point for "equal", and ranks by score', () => {
    const ids = ['A', 'B', 'C', 'D'];
    // A beats everyone (3); B=C (0.5 each), B>D, C>D -> B 1.5, C 1.5; D 0.
    const r = rankPairwise(ids, choices(ids, 'A>B', 'A>C', 'A>D', 'B=C', 'B>D', 'C>D'));
    expect(r.scores).toEqual({ A: 3, B: 1.5, C: 1.5, D: 0 });
    // B and C are level on score and "equal" head to head: they share rank 2.
    expect(ranksOf(r)).toEqual({ A: 1, B: 2, C: 2, D: 4 });
    expect(r.cycles).toEqual([]);
  });

  it('breaks a two-way tie by the head-to-head choice', () => {
    const ids = ['A', 'B', 'C', 'D'];
    // A beats B and C (2); C beats B and D (2); B beats D (1); D beats A (1).
    const r = rankPairwise(ids, choices(ids, 'A>B', 'A>C', 'D>A', 'C>B', 'B>D', 'C>D'));
    expect(r.scores).toEqual({ A: 2, B: 1, C: 2, D: 1 });
    // A beat C head to head -> A first; B and D tie at 1 and D lost to B -> B third.
    expect(ranksOf(r)).toEqual({ A: 1, C: 2, B: 3, D: 4 });
  });

  it('lets a three-way cycle share its rank (1, 1, 1 then 4) and names it', () => {
    const ids = ['A', 'B', 'C', 'D'];
    const r = rankPairwise(ids, choices(ids, 'A>B', 'B>C', 'C>A', 'A>D', 'B>D', 'C>D'));
    expect(r.scores).toEqual({ A: 2, B: 2, C: 2, D: 0 });
    expect(r.ranking.map((x) => [x.item, x.rank, x.denseRank])).toEqual([
      ['A', 1, 1],
      ['B', 1, 1],
      ['C', 1, 1],
      ['D', 4, 2],
    ]);
    expect(r.cycles).toEqual([['A', 'B', 'C']]);
  });

  it('counts progress and ranks with pairs still open', () => {
    const ids = ['A', 'B', 'C'];
    const r = rankPairwise(ids, choices(ids, 'B>A'));
    expect(r).toMatchObject({ decided: 1, total: 3 });
    expect(ranksOf(r)).toEqual({ B: 1, A: 2, C: 2 });
  });

  it('removing an item says how many choices go with it, and removes them', () => {
    const ids = ['A', 'B', 'C'];
    const c = choices(ids, 'A>B', 'A>C', 'B>C');
    expect(choicesInvolving(c, 'A')).toBe(2);
    expect(Object.keys(withoutItem(c, 'A'))).toEqual([pairKey('B', 'C')]);
  });
});

describe('rank numbering', () => {
  it('numbers ties by competition (1, 1, 3) and densely (I, I, II)', () => {
    const ranked = numberTiers([['a', 'b'], ['c'], ['d']]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 3, 4]);
    expect(ranked.map((r) => roman(r.denseRank))).toEqual(['I', 'I', 'II', 'III']);
    expect(ranked.map((r) => r.tied)).toEqual([true, true, false, false]);
    expect([4, 9, 14, 40].map(roman)).toEqual(['IV', 'IX', 'XIV', 'XL']);
  });
});

describe('matrix scoring', () => {
  const options = ['sumur', 'pipa', 'tandon'];
  const equal: Criterion[] = [
    { id: 'murah', name: 'Biaya terjangkau', weight: 1 },
    { id: 'dekat', name: 'Dekat rumah', weight: 1 },
  ];
  it('adds scores on a scale with equal weights, and ranks by total', () => {
    const cells = { sumur: { murah: 4, dekat: 2 }, pipa: { murah: 2, dekat: 5 }, tandon: { murah: 3, dekat: 3 } };
    const r = scoreMatrix(options, equal, cells, { kind: 'scale', min: 0, max: 5 }, 'equal');
    expect(r.rows.map((x) => x.total)).toEqual([6, 7, 6]);
    expect(r.ranking.map((x) => [x.item, x.rank])).toEqual([
      ['pipa', 1],
      ['sumur', 2],
      ['tandon', 2],
    ]);
  });

  it('weights criteria that share 10 points and shows the breakdown', () => {
    const weighted: Criterion[] = [
      { id: 'murah', name: 'Biaya terjangkau', weight: 7 },
      { id: 'dekat', name: 'Dekat rumah', weight: 3 },
    ];
    const cells = { sumur: { murah: 4, dekat: 2 }, pipa: { murah: 2, dekat: 5 }, tandon: { murah: 3, dekat: 3 } };
    const r = scoreMatrix(options, weighted, cells, { kind: 'scale', min: 0, max: 5 }, 'points');
    // sumur 7x4 + 3x2 = 34; pipa 14 + 15 = 29; tandon 21 + 9 = 30.
    expect(r.rows.map((x) => x.breakdown)).toEqual([
      [28, 6],
      [14, 15],
      [21, 9],
    ]);
    expect(r.ranking.map((x) => x.item)).toEqual(['sumur', 'tandon', 'pipa']);
    expect(r.weightSum).toBe(10);
  });

  it('normalises seeds by the seeds per criterion', () => {
    // 10 seeds per column: sumur 5 + 1, pipa 3 + 6, tandon 2 + 3.
    const cells = { sumur: { murah: 5, dekat: 1 }, pipa: { murah: 3, dekat: 6 }, tandon: { murah: 2, dekat: 3 } };
    const r = scoreMatrix(options, equal, cells, { kind: 'seeds', seedsPerCriterion: 10 }, 'equal');
    expect(r.rows.map((x) => Number(x.total.toFixed(2)))).toEqual([0.6, 0.9, 0.5]);
    expect(r.ranking[0]!.item).toBe('pipa');
    expect(seedsLeft(cells, options, 'dekat', 10)).toBe(0);
  });

  it('refuses a score outside the scale and more seeds than the column has', () => {
    const cells = { sumur: { murah: 6 }, pipa: { murah: 3 } };
    expect(checkCell(cells, options, 'tandon', 'murah', 6, { kind: 'scale', min: 0, max: 5 })).toBe('outside_scale');
    expect(checkCell(cells, options, 'tandon', 'murah', 0, { kind: 'scale', min: 1, max: 10 })).toBe('outside_scale');
    expect(checkCell(cells, options, 'tandon', 'murah', 2, { kind: 'seeds', seedsPerCriterion: 10 })).toBe(
      'too_many_seeds',
    );
    expect(checkCell(cells, options, 'tandon', 'murah', 1, { kind: 'seeds', seedsPerCriterion: 10 })).toBeNull();
    // Lowering a cell always fits.
    expect(checkCell(cells, options, 'sumur', 'murah', 2, { kind: 'seeds', seedsPerCriterion: 10 })).toBeNull();
  });
});

describe('problem-ranking templates (GMP, USG, weighted)', () => {
  const usgCriteria: Criterion[] = [
    { id: 'u', name: 'Urgensi', weight: 1 },
    { id: 's', name: 'Keseriusan', weight: 1 },
    { id: 'g', name: 'Pertumbuhan', weight: 1 },
  ];
  const scale15 = { kind: 'scale', min: 1, max: 5 } as const;
  // Three village problems scored 1-5 on U, S, G.
  const problems = ['banjir', 'jalan', 'air'];
  const usgCells = { banjir: { u: 5, s: 4, g: 2 }, jalan: { u: 3, s: 3, g: 4 }, air: { u: 4, s: 5, g: 1 } };

  it('USG summed: U + S + G', () => {
    const r = scoreMatrix(problems, usgCriteria, usgCells, scale15, 'equal', 'sum');
    // banjir 11, jalan 10, air 10.
    expect(r.rows.map((x) => x.total)).toEqual([11, 10, 10]);
    expect(r.ranking.map((x) => [x.item, x.rank])).toEqual([
      ['banjir', 1],
      ['jalan', 2],
      ['air', 2],
    ]);
    expect(formulaTerms(usgCriteria, scale15, 'equal', 'sum')).toBe('Urgensi + Keseriusan + Pertumbuhan');
  });

  it('USG multiplied: U × S × G changes the order, and an unfinished row stays at 0', () => {
    const r = scoreMatrix(problems, usgCriteria, usgCells, scale15, 'equal', 'product');
    // banjir 40, jalan 36, air 20: multiplying separates the tie that adding left.
    expect(r.rows.map((x) => x.total)).toEqual([40, 36, 20]);
    expect(r.ranking.map((x) => x.item)).toEqual(['banjir', 'jalan', 'air']);
    expect(r.rows[0]!.breakdown).toEqual([5, 4, 2]);
    const unfinished = scoreMatrix(
      problems,
      usgCriteria,
      { ...usgCells, air: { u: 4, s: 5 } },
      scale15,
      'equal',
      'product',
    );
    expect(unfinished.rows[2]).toMatchObject({ total: 0, complete: false });
    expect(formulaTerms(usgCriteria, scale15, 'equal', 'product')).toBe('Urgensi × Keseriusan × Pertumbuhan');
  });

  it('shows weights and seeds in the formula', () => {
    const weighted: Criterion[] = [
      { id: 'p', name: 'Prevalensi', weight: 6 },
      { id: 'k', name: 'Keparahan', weight: 4 },
    ];
    expect(formulaTerms(weighted, scale15, 'points', 'sum')).toBe('6 × Prevalensi + 4 × Keparahan');
    expect(formulaTerms(weighted, { kind: 'seeds', seedsPerCriterion: 10 }, 'equal', 'sum')).toBe(
      '(Prevalensi + Keparahan) ÷ 10',
    );
  });

  it('applies a template: its criteria in the UI language, its scale and rules, scores cleared', () => {
    let n = 0;
    const doc = {
      ...emptyMatrixDocument(),
      items: [{ id: 'a', name: 'Banjir' }],
      cells: { all: { a: { old: 3 } } },
    };
    const gmp = applyMatrixTemplate(
      doc,
      'gmp',
      (key) => key.toUpperCase(),
      () => `c${(n += 1)}`,
    );
    expect(gmp.criteria.map((c) => c.name)).toEqual(['GAWAT', 'MENDESAK', 'PENYEBARAN']);
    expect(gmp.scoring).toEqual({ kind: 'scale', min: 1, max: 3 });
    expect(gmp.cells).toEqual({});
    expect(gmp.template).toBe('gmp');
    const weighted = applyMatrixTemplate(
      doc,
      'weighted',
      (key) => key,
      () => `w${(n += 1)}`,
    );
    expect(weighted.weights).toBe('points');
    expect(weighted.criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(10);
    expect(zMatrixDocument.safeParse(gmp).success).toBe(true);
    expect(zMatrixDocument.safeParse(weighted).success).toBe(true);
  });

  it('refuses multiplying weighted scores or seeds, and a GMP score of 4', () => {
    const base = applyMatrixTemplate(
      emptyMatrixDocument(),
      'gmp',
      (k) => k,
      () => String(Math.random()),
    );
    expect(
      zMatrixDocument.safeParse({ ...base, combine: 'product', weights: 'points' }).error?.issues[0]?.message,
    ).toBe('product_needs_scores');
    expect(
      zMatrixDocument.safeParse({ ...base, combine: 'product', scoring: { kind: 'seeds', seedsPerCriterion: 10 } })
        .error?.issues[0]?.message,
    ).toBe('product_needs_scores');
    const item = { id: 'a', name: 'Banjir' };
    const gawat = base.criteria[0]!.id;
    expect(checkCell({}, ['a'], 'a', gawat, 4, base.scoring)).toBe('outside_scale');
    expect(
      zMatrixDocument.safeParse({ ...base, items: [item], cells: { all: { a: { [gawat]: 4 } } } }).error?.issues[0]
        ?.message,
    ).toBe('outside_scale');
  });

  it('ranks within each category of options as well as overall', () => {
    const items = [
      { id: 'padi', category: 'Pertanian', total: 12 },
      { id: 'jagung', category: 'pertanian ', total: 9 },
      { id: 'sapi', category: 'Ternak', total: 10 },
      { id: 'kambing', category: 'Ternak', total: 10 },
      { id: 'jalan', category: '', total: 15 },
    ];
    const within = rankWithinCategories(
      items,
      (i) => i.category,
      (i) => i.total,
    );
    const rankOf = (id: string) => within.get(items.find((i) => i.id === id)!)?.rank;
    // Categories match regardless of case and outer spaces; an item without one has no rank in it.
    expect([rankOf('padi'), rankOf('jagung'), rankOf('sapi'), rankOf('kambing'), rankOf('jalan')]).toEqual([
      1,
      2,
      1,
      1,
      undefined,
    ]);
  });

  it('opens a matrix saved by the first version as a summed, custom matrix', () => {
    const v1 = matrixBodyVersion1();
    const parsed = parseExerciseBody('matrix', v1);
    expect(parsed.success).toBe(true);
    expect(parsed.success && parsed.data).toMatchObject({ schemaVersion: 2, template: 'custom', combine: 'sum' });
    expect(parsed.success && parsed.data.cells).toEqual(v1.cells);
  });
});

describe('voting', () => {
  it('gives about options / 4 dots', () => {
    expect([2, 6, 8, 12].map(defaultDots)).toEqual([1, 2, 2, 3]);
  });

  it('tallies dots and refuses a voter with no dots left or over the stacking cap', () => {
    const ids = ['jalan', 'air', 'pasar'];
    const t = tallyDots(ids, [{ jalan: 2 }, { air: 1, jalan: 1 }, { air: 2 }, { pasar: 1, air: 1 }]);
    expect(t.points).toEqual({ jalan: 3, air: 4, pasar: 1 });
    expect(t.ranking.map((r) => [r.item, r.rank])).toEqual([
      ['air', 1],
      ['jalan', 2],
      ['pasar', 3],
    ]);
    expect(checkDots({ jalan: 2 }, 'air', 1, { dotsPerVoter: 2, maxPerOption: null })).toBe('no_dots_left');
    expect(checkDots({}, 'air', 2, { dotsPerVoter: 2, maxPerOption: 1 })).toBe('stack_capped');
    expect(checkDots({ jalan: 1 }, 'air', 1, { dotsPerVoter: 2, maxPerOption: 1 })).toBeNull();
  });

  it('ranked ballots give rank r of N options N - r + 1 points', () => {
    const ids = ['jalan', 'air', 'pasar'];
    const t = tallyRanked(ids, [
      ['air', 'jalan', 'pasar'], // air 3, jalan 2, pasar 1
      ['jalan', 'air', 'pasar'], // jalan 3, air 2, pasar 1
      ['air', 'pasar'], // air 3, pasar 2
    ]);
    expect(t.points).toEqual({ air: 8, jalan: 5, pasar: 4 });
  });
});

describe('groups side by side', () => {
  it('marks where women and men agree and how far they differ', () => {
    const items = ['air', 'jalan', 'pasar'];
    const women = numberTiers([['air'], ['pasar'], ['jalan']]);
    const men = numberTiers([['air'], ['jalan'], ['pasar']]);
    expect(compareGroups(items, [women, men])).toEqual([
      { itemId: 'air', ranks: [1, 1], agree: true, spread: 0 },
      { itemId: 'jalan', ranks: [3, 2], agree: false, spread: 1 },
      { itemId: 'pasar', ranks: [2, 3], agree: false, spread: 1 },
    ]);
    expect(sameTopChoice([women, men])).toBe(true);
  });
});
