import { rankLabel, type Ranked } from './ranks.js';
import type { Numbering } from './schema.js';

export type RankNote = { kind: 'cycle'; ids: string[] } | { kind: 'tie'; ids: string[]; rank: string };

/** The ties and cycles a result should say in words, cycles first. */
export function rankNotes(
  ranking: readonly Ranked<string>[],
  numbering: Numbering,
  cycles: readonly string[][] = [],
): RankNote[] {
  const inCycle = new Set(cycles.flat());
  const tiers = new Map<number, Ranked<string>[]>();
  for (const r of ranking) if (r.tied && !inCycle.has(r.item)) tiers.set(r.rank, [...(tiers.get(r.rank) ?? []), r]);
  return [
    ...cycles.map((ids): RankNote => ({ kind: 'cycle', ids: [...ids] })),
    ...[...tiers.values()].map((tier): RankNote => ({
      kind: 'tie',
      ids: tier.map((r) => r.item),
      rank: rankLabel(tier[0]!, numbering),
    })),
  ];
}
