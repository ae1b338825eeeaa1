/**
 * Rank numbering for any ranking exercise (domain.md): tied items share a rank. Standard
 * competition numbering gives 1, 1, 3; Indonesian problem-ranking tables usually number
 * densely in Roman numerals, I, I, II.
 */
import { sameNameKey } from '../../model/text.js';
import type { Numbering } from './schema.js';

export type Tier<T> = T[];

export interface Ranked<T> {
  item: T;
  /** Competition rank: 1 + the number of items ranked strictly above. */
  rank: number;
  /** Dense rank: 1 + the number of distinct tiers above. */
  denseRank: number;
  /** True when another item shares this rank. */
  tied: boolean;
}

export function numberTiers<T>(tiers: readonly Tier<T>[]): Ranked<T>[] {
  const out: Ranked<T>[] = [];
  let above = 0;
  tiers.forEach((tier, index) => {
    for (const item of tier) out.push({ item, rank: above + 1, denseRank: index + 1, tied: tier.length > 1 });
    above += tier.length;
  });
  return out;
}

/** Groups items into tiers of equal score, highest first. */
export function tiersByScore<T>(items: readonly T[], score: (item: T) => number, epsilon = 1e-9): Tier<T>[] {
  const sorted = [...items].sort((a, b) => score(b) - score(a));
  const tiers: Tier<T>[] = [];
  for (const item of sorted) {
    const last = tiers[tiers.length - 1];
    if (last && Math.abs(score(last[0]!) - score(item)) < epsilon) last.push(item);
    else tiers.push([item]);
  }
  return tiers;
}

/**
 * Ranks inside each category of items (domain.md: "ranks can be computed within groups of
 * items, e.g. per commodity, as well as overall"). Items without a category get none.
 */
export function rankWithinCategories<T>(
  items: readonly T[],
  categoryOf: (item: T) => string,
  score: (item: T) => number,
): Map<T, Ranked<T>> {
  const byCategory = new Map<string, T[]>();
  for (const item of items) {
    const category = sameNameKey(categoryOf(item));
    if (!category) continue;
    byCategory.set(category, [...(byCategory.get(category) ?? []), item]);
  }
  const out = new Map<T, Ranked<T>>();
  for (const members of byCategory.values())
    for (const ranked of numberTiers(tiersByScore(members, score))) out.set(ranked.item, ranked);
  return out;
}

const romanDigits: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function roman(n: number): string {
  let rest = Math.floor(n);
  let out = '';
  for (const [value, digits] of romanDigits)
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  return out;
}

/** The rank as the chosen numbering writes it: 3 in competition numbering, III densely in Roman. */
export function rankLabel(r: Ranked<unknown>, numbering: Numbering): string {
  return numbering === 'roman' ? roman(r.denseRank) : String(r.rank);
}

/**
 * The rank as every table and chart prints it, with "=" after a shared rank (1=, 1=, 3),
 * so ties show plainly. Sentences ("share rank 1") and the groups side by side use the
 * bare `rankLabel`.
 */
export function rankWithTieMark(r: Ranked<unknown>, numbering: Numbering): string {
  return `${rankLabel(r, numbering)}${r.tied ? '=' : ''}`;
}
