import { sameNameKey } from '../../model/text.js';
import type { DatedExercise } from '../definition.js';
import { communityMonitoring } from '../monitoring/progress.js';
import { rankPairwise } from '../ranking/pairwise.js';
import { rankWithTieMark, type Ranked } from '../ranking/ranks.js';
import {
  zMatrixDocument,
  zPairwiseDocument,
  zVoteDocument,
  type MatrixDocument,
  type Numbering,
  type PairwiseDocument,
  type RankItem,
  type VoteDocument,
} from '../ranking/schema.js';
import { matrixResult } from '../ranking/tables.js';
import { tallyVote } from '../ranking/voting.js';
import { capitals } from '../resources/capitals.js';
import { pentagonOf } from '../resources/pentagon.js';
import { zResourceMapDocument, type ResourceMapDocument } from '../resources/schema.js';
import { compareVenn } from '../venn/compare.js';
import { zVennDocument, type VennDocument } from '../venn/schema.js';
import {
  maxIndicatorRows,
  maxRankingComparisons,
  type BeforeAfter,
  type IndicatorRow,
  type PentagonComparison,
  type RankingComparison,
  type SourceRef,
  type VennComparison,
} from './schema.js';

/**
 * The automatic before/after section: the community's own comparisons across the
 * programme, read from every readable exercise of the file with its session's date.
 * - Venn diagrams: the first against the latest (by session date, then the session's order).
 * - Asset pentagons: the first potential map (with resources) against the latest.
 * - Re-run rankings: a ranking (pairwise, matrix or vote) ranked again later with mostly
 *   the same items (at least two, and half of the later one's, by name): the earliest
 *   against the latest of each such family, for the first group (everyone, or the first
 *   group the village named).
 * - Indicators: monitoring's `communityMonitoring`, judged on the evaluation's day.
 * Pure: the backend reads the file, this decides what is compared.
 */
type Dated<Doc> = { id: string; title: string; date: string; body: Doc };
type RankingSource =
  | (Dated<PairwiseDocument> & { type: 'pairwise' })
  | (Dated<MatrixDocument> & { type: 'matrix' })
  | (Dated<VoteDocument> & { type: 'vote' });

/** The exercises of one type whose bodies read as that type (others are left out, never guessed). */
function ofType<Doc>(
  list: readonly DatedExercise[],
  type: string,
  schema: { safeParse: (v: unknown) => { success: true; data: Doc } | { success: false } },
): Dated<Doc>[] {
  return list.flatMap((ex) => {
    if (ex.type !== type) return [];
    const parsed = schema.safeParse(ex.body);
    return parsed.success ? [{ id: ex.id, title: ex.title, date: ex.date, body: parsed.data }] : [];
  });
}

const refOf = (s: Dated<unknown>): SourceRef => ({ exerciseId: s.id, title: s.title, date: s.date });

/** By date, keeping the given order (the session's) within a day. */
function chronological<T extends { date: string }>(list: readonly T[]): T[] {
  return list
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.date.localeCompare(b.item.date) || a.index - b.index)
    .map((x) => x.item);
}

function vennComparison(sources: readonly DatedExercise[]): VennComparison | null {
  const venns = ofType<VennDocument>(sources, 'venn', zVennDocument);
  if (venns.length < 2) return null;
  const first = venns[0]!;
  const latest = venns.at(-1)!;
  return {
    before: refOf(first),
    after: refOf(latest),
    rows: compareVenn(first.body, latest.body).map((c) => ({
      name: c.name,
      status: c.status,
      importanceBefore: c.importanceBefore,
      importanceAfter: c.importanceAfter,
      bandBefore: c.bandBefore,
      bandAfter: c.bandAfter,
    })),
  };
}

function pentagonComparison(sources: readonly DatedExercise[]): PentagonComparison | null {
  const maps = ofType<ResourceMapDocument>(sources, 'resourceMap', zResourceMapDocument).filter(
    (m) => m.body.resources.length > 0,
  );
  if (maps.length < 2) return null;
  const first = maps[0]!;
  const latest = maps.at(-1)!;
  const before = pentagonOf(first.body.resources);
  const after = pentagonOf(latest.body.resources);
  return {
    before: refOf(first),
    after: refOf(latest),
    values: capitals.map((capital) => ({ capital, before: before[capital], after: after[capital] })),
  };
}

interface RankingOutcome {
  items: readonly RankItem[];
  ranking: readonly Ranked<string>[];
  numbering: Numbering;
  group: string;
}

/** The first group's result of a ranking exercise, whichever kind it is. */
function outcomeOf(s: RankingSource): RankingOutcome | null {
  const group = s.body.groups[0];
  if (!group || s.body.items.length < 2) return null;
  const ids = s.body.items.map((i) => i.id);
  const ranking =
    s.type === 'pairwise'
      ? rankPairwise(ids, s.body.choices[group.id] ?? {}).ranking
      : s.type === 'matrix'
        ? matrixResult(s.body, group.id).ranking
        : tallyVote(s.body, group.id).ranking;
  return { items: s.body.items, ranking, numbering: s.body.numbering, group: group.name.trim() };
}

const keysOf = (items: readonly RankItem[]): Set<string> => new Set(items.map((i) => sameNameKey(i.name)));

function sharesItems(earlier: readonly RankItem[], later: readonly RankItem[]): boolean {
  const before = keysOf(earlier);
  const shared = [...keysOf(later)].filter((k) => before.has(k)).length;
  return shared >= 2 && shared * 2 >= later.length;
}

function rankingRows(before: RankingOutcome, after: RankingOutcome): RankingComparison['rows'] {
  const side = (o: RankingOutcome): Map<string, { name: string; label: string; rank: number }> => {
    const names = new Map(o.items.map((i) => [i.id, i.name]));
    return new Map(
      o.ranking.map((r) => [
        sameNameKey(names.get(r.item) ?? ''),
        { name: names.get(r.item) ?? '', label: rankWithTieMark(r, o.numbering), rank: r.rank },
      ]),
    );
  };
  const b = side(before);
  const a = side(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const rows = keys.map((key) => {
    const x = b.get(key);
    const y = a.get(key);
    return {
      name: y?.name ?? x?.name ?? '',
      rankBefore: x?.label ?? '',
      rankAfter: y?.label ?? '',
      moved: x && y ? x.rank - y.rank : null,
    };
  });
  // In the later ranking's order, items it dropped last.
  const order = (r: (typeof rows)[number]): number => a.get(sameNameKey(r.name))?.rank ?? Number.MAX_SAFE_INTEGER;
  return rows.sort((p, q) => order(p) - order(q));
}

function rankingSources(sources: readonly DatedExercise[]): RankingSource[] {
  const byId = new Map<string, RankingSource>([
    ...ofType<PairwiseDocument>(sources, 'pairwise', zPairwiseDocument).map(
      (d) => [d.id, { ...d, type: 'pairwise' }] as const,
    ),
    ...ofType<MatrixDocument>(sources, 'matrix', zMatrixDocument).map((d) => [d.id, { ...d, type: 'matrix' }] as const),
    ...ofType<VoteDocument>(sources, 'vote', zVoteDocument).map((d) => [d.id, { ...d, type: 'vote' }] as const),
  ]);
  // Back in the file's chronological order.
  return sources.flatMap((ex) => {
    const found = byId.get(ex.id);
    return found ? [found] : [];
  });
}

function rankingComparisons(sources: readonly DatedExercise[]): RankingComparison[] {
  const rankings = rankingSources(sources)
    .map((s) => ({ source: s, outcome: outcomeOf(s) }))
    .filter((r): r is { source: RankingSource; outcome: RankingOutcome } => r.outcome !== null);
  // Each ranking joins the family of the earliest one before it that shares its items;
  // a family is compared first against latest.
  const familyOf = new Map<number, number>();
  const latestOf = new Map<number, number>();
  rankings.forEach((later, i) => {
    const root = rankings.findIndex(
      (earlier, j) => j < i && sharesItems(earlier.source.body.items, later.source.body.items),
    );
    if (root === -1) return;
    const family = familyOf.get(root) ?? root;
    familyOf.set(i, family);
    latestOf.set(family, i);
  });
  return [...latestOf.entries()].slice(0, maxRankingComparisons).map(([first, latest]) => {
    const before = rankings[first]!;
    const after = rankings[latest]!;
    return {
      before: refOf(before.source),
      after: refOf(after.source),
      group: after.outcome.group,
      rows: rankingRows(before.outcome, after.outcome),
    };
  });
}

function indicatorRows(sources: readonly DatedExercise[], today: string): IndicatorRow[] {
  return communityMonitoring(sources, today)
    .indicators.slice(0, maxIndicatorRows)
    .map(({ indicator, progress }) => ({
      name: indicator.name,
      unit: indicator.unit,
      baseline: indicator.baseline.value,
      target: indicator.target.value,
      latest: progress.latest?.value ?? null,
      status: progress.status,
      share: progress.latest ? progress.share : null,
    }));
}

/** Every comparison the file allows, as of `today` (the evaluation's day). */
export function gatherBeforeAfter(sources: readonly DatedExercise[], today: string): BeforeAfter {
  const ordered = chronological(sources);
  return {
    gatheredOn: today,
    venn: vennComparison(ordered),
    pentagon: pentagonComparison(ordered),
    rankings: rankingComparisons(ordered),
    indicators: indicatorRows(ordered, today),
  };
}

/** Whether the section has anything to show. */
export function hasComparisons(b: BeforeAfter): boolean {
  return b.venn !== null || b.pentagon !== null || b.rankings.length > 0 || b.indicators.length > 0;
}
