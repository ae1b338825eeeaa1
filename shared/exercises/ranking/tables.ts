import { formatNumber, languageOf } from '../../i18n/format.js';
import type { Translate } from '../../i18n/translate.js';
import { compareGroups } from './groups.js';
import { ballotLabel, withCriterionNames } from './labels.js';
import { scoreMatrix } from './matrix.js';
import { rankNotes } from './notes.js';
import { pairKey, type Choices, type Pair } from './pairwise.js';
import { rankLabel, rankWithinCategories, rankWithTieMark, type Ranked } from './ranks.js';
import type { MatrixDocument, Numbering, RankGroup, RankItem, VoteDocument } from './schema.js';
import { dotsUsed } from './voting.js';

/**
 * The tables of the ranking exercises as plain rows of text, built once here and drawn by
 * both the wall (React) and the PDF (HTML), so the projected table and the printed one
 * cannot disagree. Nothing here is markup: the renderers only choose tags.
 */

/** What a cell is, where the two renderers mark it (a row's heading, an empty half of the pair grid…). */
export type CellKind = 'rowHeading' | 'blank' | 'categoryRank' | 'agree' | 'differ' | 'incomplete';

export interface TableCell {
  text: string;
  strong?: boolean;
  kind?: CellKind;
  /** The pair a pairwise grid cell records, so the wall can go back to it. */
  pair?: Pair;
  /** The reason given for a pair, shown on hover. */
  title?: string;
}

export interface TableRow {
  /** The item's id (stable across renders). */
  key: string;
  /** The item's name, for labels that point at the row. */
  name: string;
  cells: TableCell[];
  /** The row's item shares its rank. */
  tied?: boolean;
}

export interface Table {
  header: string[];
  rows: TableRow[];
}

/** The name a group is shown by; the first, unnamed group is everyone. */
export function groupName(group: RankGroup, t: Translate): string {
  return group.name.trim() || t('ranking.allGroup');
}

const namesOf = (items: readonly RankItem[]) => new Map(items.map((i) => [i.id, i.name]));

/** Rank (with its tie mark), name and value, best first. */
export function rankingTable(
  items: readonly RankItem[],
  ranking: readonly Ranked<string>[],
  values: Readonly<Record<string, number>>,
  numbering: Numbering,
  valueLabel: string,
  t: Translate,
): Table {
  const names = namesOf(items);
  const language = languageOf(t);
  return {
    header: [t('ranking.rank'), t('ranking.items'), valueLabel],
    rows: ranking.map((r) => {
      const name = names.get(r.item) ?? '';
      return {
        key: r.item,
        name,
        tied: r.tied,
        cells: [
          { text: rankWithTieMark(r, numbering), strong: true },
          { text: name },
          { text: formatNumber(language, values[r.item] ?? 0) },
        ],
      };
    }),
  };
}

/** The upper triangle of pairs: each cell names the preferred item, "=" for equal, empty while undecided. */
export function pairwiseGrid(items: readonly RankItem[], choices: Choices): Table {
  const columns = items.slice(1);
  return {
    header: ['', ...columns.map((i) => i.name)],
    rows: items.slice(0, -1).map((row, r) => ({
      key: row.id,
      name: row.name,
      cells: [
        { text: row.name, kind: 'rowHeading' },
        ...columns.map((col, c): TableCell => {
          if (c + 1 <= r) return { text: '', kind: 'blank' };
          const cell = choices[pairKey(row.id, col.id)];
          const pair = { first: row.id, second: col.id };
          if (!cell) return { text: '', pair };
          const text = cell.choice === 'equal' ? '=' : cell.choice === 'first' ? row.name : col.name;
          return { text, pair, ...(cell.reason ? { title: cell.reason } : {}) };
        }),
      ],
    })),
  };
}

/** "A — B: reason" for every pair the group gave a reason for. */
export function pairReasons(items: readonly RankItem[], choices: Choices): string[] {
  const names = namesOf(items);
  return Object.entries(choices)
    .filter(([, cell]) => cell.reason)
    .map(([key, cell]) => {
      const [a, b] = key.split('|');
      return `${names.get(a!) ?? ''} — ${names.get(b!) ?? ''}: ${cell.reason ?? ''}`;
    });
}

export interface NoteLine {
  key: string;
  kind: 'tie' | 'cycle';
  text: string;
}

/** Ties and cycles in words, cycles first. */
export function rankNoteLines(
  items: readonly RankItem[],
  ranking: readonly Ranked<string>[],
  numbering: Numbering,
  t: Translate,
  cycles: readonly string[][] = [],
): NoteLine[] {
  const names = namesOf(items);
  return rankNotes(ranking, numbering, cycles).map((note) => {
    const list = note.ids.map((id) => names.get(id) ?? '').join(', ');
    return {
      key: `${note.kind}:${note.ids.join()}`,
      kind: note.kind,
      text:
        note.kind === 'cycle'
          ? t('ranking.cycleNote', { names: list })
          : t('ranking.tieNote', { names: list, rank: note.rank }),
    };
  });
}

/**
 * Each group's rank of each item, and whether the groups agree. The bare rank is shown
 * (no tie mark): the row compares positions, and "1= 2" would read as arithmetic.
 */
export function groupComparisonTable(
  items: readonly RankItem[],
  groups: readonly RankGroup[],
  rankings: readonly Ranked<string>[][],
  numbering: Numbering,
  t: Translate,
): Table {
  const names = namesOf(items);
  const byGroup = rankings.map((r) => new Map(r.map((x) => [x.item, x])));
  return {
    header: [t('ranking.items'), ...groups.map((g) => groupName(g, t)), ''],
    rows: compareGroups(
      items.map((i) => i.id),
      rankings,
    ).map((row) => {
      const name = names.get(row.itemId) ?? '';
      return {
        key: row.itemId,
        name,
        cells: [
          { text: name },
          ...byGroup.map((ranks) => {
            const r = ranks.get(row.itemId);
            return { text: r ? rankLabel(r, numbering) : '–' };
          }),
          row.agree
            ? { text: t('ranking.agree'), kind: 'agree' }
            : { text: t('ranking.differ', { n: row.spread }), kind: 'differ' },
        ],
      };
    }),
  };
}

/** One group's matrix result: totals per option and the ranking, as the table and chart use them. */
export function matrixResult(doc: MatrixDocument, groupId: string) {
  const result = scoreMatrix(
    doc.items.map((i) => i.id),
    doc.criteria,
    doc.cells[groupId] ?? {},
    doc.scoring,
    doc.weights,
    doc.combine,
  );
  return { ...result, totals: Object.fromEntries(result.rows.map((r) => [r.optionId, r.total])) };
}

/**
 * The matrix as scored, best first: rank, option, its category and rank within it (when
 * options have categories), each criterion's score ("3 → 0.3" when a weight or the seeds
 * change what it counts) and the total. A multiplied row stays "incomplete" until every
 * criterion is scored.
 */
export function matrixScoreTable(stored: MatrixDocument, groupId: string, t: Translate): Table {
  const doc = withCriterionNames(stored, t);
  const result = matrixResult(doc, groupId);
  const language = languageOf(t);
  const score = (n: number) => formatNumber(language, n);
  const cells = doc.cells[groupId] ?? {};
  const hasCategories = doc.items.some((i) => i.category?.trim());
  const inCategory = rankWithinCategories(
    doc.items,
    (i) => i.category ?? '',
    (i) => result.totals[i.id] ?? 0,
  );
  const showsContribution = doc.weights === 'points' || doc.scoring.kind === 'seeds';
  const rows = new Map(result.rows.map((r) => [r.optionId, r]));
  const items = new Map(doc.items.map((i) => [i.id, i]));
  return {
    header: [
      t('ranking.rank'),
      t('ranking.items'),
      ...(hasCategories ? [t('ranking.matrixScoring.category'), t('ranking.matrixScoring.rankInCategory')] : []),
      ...doc.criteria.map((c) => (doc.weights === 'points' ? `${c.name} (×${score(c.weight)})` : c.name)),
      t('ranking.total'),
    ],
    rows: result.ranking.map((ranked) => {
      const item = items.get(ranked.item)!;
      const row = rows.get(ranked.item)!;
      const local = inCategory.get(item);
      return {
        key: item.id,
        name: item.name,
        tied: ranked.tied,
        cells: [
          { text: rankWithTieMark(ranked, doc.numbering), strong: true },
          { text: item.name },
          ...(hasCategories
            ? [
                { text: item.category ?? '' },
                { text: local ? rankWithTieMark(local, doc.numbering) : '', kind: 'categoryRank' as const },
              ]
            : []),
          ...doc.criteria.map((c, ci) => {
            const raw = cells[item.id]?.[c.id];
            if (raw === undefined) return { text: '' };
            return { text: showsContribution ? `${score(raw)} → ${score(row.breakdown[ci]!)}` : score(raw) };
          }),
          doc.combine === 'product' && !row.complete
            ? { text: t('ranking.matrixScoring.incomplete'), kind: 'incomplete' as const }
            : { text: score(row.total), strong: true },
        ],
      };
    }),
  };
}

/** One voter's row: dots per option, or the position they gave it on a ranked ballot. */
export interface BallotRow {
  ballotId: string;
  label: string;
  /** Dots still to place; null on ranked ballots. */
  dotsLeft: number | null;
  marks: { itemId: string; itemName: string; value: number | null; text: string }[];
}

export interface BallotTable {
  header: string[];
  rows: BallotRow[];
}

export function ballotTable(doc: VoteDocument, groupId: string, t: Translate): BallotTable {
  const language = languageOf(t);
  return {
    header: [t('ranking.voting.voters'), ...doc.items.map((i) => i.name)],
    rows: (doc.ballots[groupId] ?? []).map((b) => ({
      ballotId: b.id,
      label: ballotLabel(b.label, t),
      dotsLeft: doc.mode === 'dots' ? doc.dotsPerVoter - dotsUsed(b.dots) : null,
      marks: doc.items.map((i) => {
        const position = b.order.indexOf(i.id);
        const value = doc.mode === 'dots' ? (b.dots[i.id] ?? 0) : position >= 0 ? position + 1 : null;
        return { itemId: i.id, itemName: i.name, value, text: value === null ? '' : formatNumber(language, value) };
      }),
    })),
  };
}
