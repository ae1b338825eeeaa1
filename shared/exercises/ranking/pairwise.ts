import { numberTiers, tiersByScore, type Ranked, type Tier } from './ranks.js';

/**
 * Pairwise ranking (domain.md): n items give n(n-1)/2 pairs, the upper triangle. Each
 * cell holds the preferred item or "equal". Score = pairs won + 0.5 per "equal". Ties
 * are broken head to head; a cycle (A>B>C>A) shares its rank and is flagged.
 */
export type PairChoice = 'first' | 'second' | 'equal';

/** Key of the cell for items a and b, in list order (a before b). */
export function pairKey(a: string, b: string): string {
  return `${a}|${b}`;
}

export interface Pair {
  first: string;
  second: string;
}

/** Every pair of the upper triangle, in the order the group is asked: row by row. */
export function pairsOf(ids: readonly string[]): Pair[] {
  const pairs: Pair[] = [];
  for (let i = 0; i < ids.length; i += 1)
    for (let j = i + 1; j < ids.length; j += 1) pairs.push({ first: ids[i]!, second: ids[j]! });
  return pairs;
}

export type Choices = Readonly<Record<string, { choice: PairChoice; reason?: string }>>;

/** 1 when a beat b, 0.5 equal, 0 lost, null when the pair was not decided. */
export function headToHead(choices: Choices, order: readonly string[], a: string, b: string): number | null {
  const ia = order.indexOf(a);
  const ib = order.indexOf(b);
  const [first, second] = ia < ib ? [a, b] : [b, a];
  const cell = choices[pairKey(first, second)];
  if (!cell) return null;
  if (cell.choice === 'equal') return 0.5;
  const winner = cell.choice === 'first' ? first : second;
  return winner === a ? 1 : 0;
}

export interface PairwiseResult {
  scores: Record<string, number>;
  ranking: Ranked<string>[];
  /** Groups of items whose choices go round in a circle; they share a rank. */
  cycles: string[][];
  decided: number;
  total: number;
}

function splitTie(tier: Tier<string>, choices: Choices, order: readonly string[], cycles: string[][]): Tier<string>[] {
  if (tier.length === 1) return [tier];
  // Score within the tied group from its own head-to-head cells.
  const inner = new Map(
    tier.map((a) => [a, tier.reduce((sum, b) => (a === b ? sum : sum + (headToHead(choices, order, a, b) ?? 0)), 0)]),
  );
  const subTiers = tiersByScore(tier, (a) => inner.get(a)!);
  if (subTiers.length === 1) {
    // Nobody stands out inside the group. With three or more items and decided cells
    // between them, the choices go round in a circle: flag it for discussion.
    const decisive = tier.some((a) => tier.some((b) => headToHead(choices, order, a, b) === 1));
    if (tier.length >= 3 && decisive) cycles.push([...tier].sort((x, y) => order.indexOf(x) - order.indexOf(y)));
    return [tier];
  }
  return subTiers.flatMap((sub) => splitTie(sub, choices, order, cycles));
}

export function rankPairwise(ids: readonly string[], choices: Choices): PairwiseResult {
  const scores: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  let decided = 0;
  for (const { first, second } of pairsOf(ids)) {
    const cell = choices[pairKey(first, second)];
    if (!cell) continue;
    decided += 1;
    if (cell.choice === 'equal') {
      scores[first]! += 0.5;
      scores[second]! += 0.5;
    } else scores[cell.choice === 'first' ? first : second]! += 1;
  }
  const cycles: string[][] = [];
  const tiers = tiersByScore(ids, (id) => scores[id]!).flatMap((tier) =>
    // Keep list order inside a tier so shared ranks read in the order items were entered.
    splitTie(tier, choices, ids, cycles).map((t) => t.sort((a, b) => ids.indexOf(a) - ids.indexOf(b))),
  );
  return { scores, ranking: numberTiers(tiers), cycles, decided, total: (ids.length * (ids.length - 1)) / 2 };
}

/** How many recorded choices involve the item: what removing it would lose. */
export function choicesInvolving(choices: Choices, id: string): number {
  return Object.keys(choices).filter((key) => key.split('|').includes(id)).length;
}

export function withoutItem(choices: Choices, id: string): Choices {
  return Object.fromEntries(Object.entries(choices).filter(([key]) => !key.split('|').includes(id)));
}
