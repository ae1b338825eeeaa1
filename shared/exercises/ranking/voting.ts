import { numberTiers, tiersByScore, type Ranked } from './ranks.js';
import type { VoteDocument } from './schema.js';

/**
 * Dot voting and ranked ballots (domain.md). Each participant gets k dots (about the
 * number of options / 4); stacking on one option is allowed, or capped. A ranked ballot
 * gives rank r of N options N - r + 1 points.
 */
export function defaultDots(optionCount: number): number {
  return Math.max(1, Math.round(optionCount / 4));
}

export interface DotRules {
  dotsPerVoter: number;
  /** Most dots one voter may put on one option; null = stack freely. */
  maxPerOption: number | null;
}

export type DotBallot = Readonly<Record<string, number>>;

export type DotProblem = 'no_dots_left' | 'stack_capped' | 'negative';

export function dotsUsed(ballot: DotBallot): number {
  return Object.values(ballot).reduce((a, b) => a + b, 0);
}

/** Why a voter cannot move to `count` dots on an option, or null when they can. */
export function checkDots(ballot: DotBallot, optionId: string, count: number, rules: DotRules): DotProblem | null {
  if (count < 0 || !Number.isInteger(count)) return 'negative';
  if (rules.maxPerOption !== null && count > rules.maxPerOption) return 'stack_capped';
  const others = dotsUsed(ballot) - (ballot[optionId] ?? 0);
  return others + count > rules.dotsPerVoter ? 'no_dots_left' : null;
}

export interface Tally {
  points: Record<string, number>;
  ranking: Ranked<string>[];
}

function tally(optionIds: readonly string[], points: Record<string, number>): Tally {
  return { points, ranking: numberTiers(tiersByScore(optionIds, (id) => points[id] ?? 0)) };
}

export function tallyDots(optionIds: readonly string[], ballots: readonly DotBallot[]): Tally {
  const points: Record<string, number> = Object.fromEntries(optionIds.map((id) => [id, 0]));
  for (const ballot of ballots) for (const id of optionIds) points[id]! += ballot[id] ?? 0;
  return tally(optionIds, points);
}

/** `order` lists option ids from the most preferred; unranked options earn nothing. */
export function tallyRanked(optionIds: readonly string[], ballots: readonly (readonly string[])[]): Tally {
  const n = optionIds.length;
  const points: Record<string, number> = Object.fromEntries(optionIds.map((id) => [id, 0]));
  for (const order of ballots)
    order.forEach((id, index) => {
      if (id in points) points[id]! += n - (index + 1) + 1;
    });
  return tally(optionIds, points);
}

/** One group's result of a vote document, whichever way it is voted. */
export function tallyVote(doc: VoteDocument, groupId: string): Tally {
  const ids = doc.items.map((i) => i.id);
  const ballots = doc.ballots[groupId] ?? [];
  return doc.mode === 'dots'
    ? tallyDots(
        ids,
        ballots.map((b) => b.dots),
      )
    : tallyRanked(
        ids,
        ballots.map((b) => b.order),
      );
}
