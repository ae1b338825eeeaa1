import type { Ranked } from './ranks.js';

/**
 * Groups of a session (women and men, hamlets) can rank separately; their results are
 * read side by side. An item is "agreed" when every group gives it the same rank.
 */
export interface GroupComparisonRow {
  itemId: string;
  ranks: (number | null)[];
  agree: boolean;
  /** Largest difference in rank between two groups. */
  spread: number;
}

export function compareGroups(itemIds: readonly string[], rankings: readonly Ranked<string>[][]): GroupComparisonRow[] {
  const byGroup = rankings.map((r) => new Map(r.map((x) => [x.item, x.rank])));
  return itemIds.map((itemId) => {
    const ranks = byGroup.map((m) => m.get(itemId) ?? null);
    const present = ranks.filter((r): r is number => r !== null);
    const spread = present.length ? Math.max(...present) - Math.min(...present) : 0;
    return { itemId, ranks, agree: present.length === ranks.length && spread === 0, spread };
  });
}

/** Whether all groups put the same item(s) first. */
export function sameTopChoice(rankings: readonly Ranked<string>[][]): boolean {
  const tops = rankings.map((r) =>
    r
      .filter((x) => x.rank === 1)
      .map((x) => x.item)
      .sort()
      .join('|'),
  );
  return tops.every((t) => t === tops[0]);
}
