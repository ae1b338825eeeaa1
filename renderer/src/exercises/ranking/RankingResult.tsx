import { useTranslation } from 'react-i18next';
import { languageOf } from '#shared/i18n/format.js';
import { sameTopChoice } from '#shared/exercises/ranking/groups.js';
import type { Ranked } from '#shared/exercises/ranking/ranks.js';
import { rankingChartSvg } from '#shared/exercises/ranking/scene.js';
import type { Numbering, RankGroup, RankItem } from '#shared/exercises/ranking/schema.js';
import { groupComparisonTable, groupName, rankingTable, rankNoteLines } from '#shared/exercises/ranking/tables.js';
import { DataTable } from './DataTable.js';

interface ResultOf {
  items: readonly RankItem[];
  ranking: readonly Ranked<string>[];
  values: Readonly<Record<string, number>>;
  numbering: Numbering;
}

/**
 * The id of the result table beside the chart (one result on a page): the chart's
 * description for a screen reader, since it holds the same ranks and values in words.
 */
export const resultTableId = 'ranking-result-table';

/** The ranking as large ordered bars, the same vector chart as in the PDF, named and described by the table. */
function RankingChart({ items, ranking, values, numbering, name }: ResultOf & { name: string }) {
  const { t } = useTranslation();
  const svg = rankingChartSvg(items, ranking, values, numbering, languageOf(t), { name, describedBy: resultTableId });
  // Built by our own scene code; every label is escaped.
  return <div className="ranking-chart" dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** Rank, name and value, as the PDF prints them. */
export function RankingTable({ valueLabel, ...result }: ResultOf & { valueLabel: string }) {
  const { t } = useTranslation();
  const table = rankingTable(result.items, result.ranking, result.values, result.numbering, valueLabel, t);
  return <DataTable table={table} className="data result-table" testId="result-table" id={resultTableId} />;
}

/** Plain words for ties (and, for pairwise, cycles) under the result. */
function TieNotes({ items, ranking, numbering, cycles }: Omit<ResultOf, 'values'> & { cycles: readonly string[][] }) {
  const { t } = useTranslation();
  const notes = rankNoteLines(items, ranking, numbering, t, cycles);
  if (notes.length === 0) return null;
  return (
    <ul className="tie-notes" data-testid="tie-notes">
      {notes.map((n) => (
        <li key={n.key} className={n.kind === 'cycle' ? 'cycle' : undefined}>
          {n.text}
        </li>
      ))}
    </ul>
  );
}

/** Groups side by side: each group's rank of each item, where they agree and differ. */
function GroupComparison({
  items,
  groups,
  rankings,
  numbering,
}: {
  items: readonly RankItem[];
  groups: readonly RankGroup[];
  rankings: readonly Ranked<string>[][];
  numbering: Numbering;
}) {
  const { t } = useTranslation();
  if (groups.length < 2) return null;
  return (
    <section className="card" aria-label={t('ranking.sideBySide')}>
      <h2>{t('ranking.sideBySide')}</h2>
      <p className="lead">{sameTopChoice(rankings) ? t('ranking.sameTop') : t('ranking.differentTop')}</p>
      <DataTable
        table={groupComparisonTable(items, groups, rankings, numbering, t)}
        className="data"
        testId="group-comparison"
      />
    </section>
  );
}

/**
 * What every ranking shows first on the wall: the ordered bars of the chosen group, its
 * ties or cycles in words, and, when groups ranked separately, their results side by side.
 */
export function RankingResult({
  items,
  groups,
  rankings,
  active,
  values,
  numbering,
  cycles = [],
}: {
  items: readonly RankItem[];
  groups: readonly RankGroup[];
  /** One ranking per group, in the groups' order. */
  rankings: readonly Ranked<string>[][];
  /** Index of the group on screen. */
  active: number;
  values: Readonly<Record<string, number>>;
  numbering: Numbering;
  cycles?: readonly string[][];
}) {
  const { t } = useTranslation();
  const ranking = rankings[active] ?? [];
  return (
    <>
      <RankingChart
        items={items}
        ranking={ranking}
        values={values}
        numbering={numbering}
        name={t('twin.rankingChart', { group: groups[active] ? groupName(groups[active], t) : t('ranking.allGroup') })}
      />
      <TieNotes items={items} ranking={ranking} numbering={numbering} cycles={cycles} />
      <GroupComparison items={items} groups={groups} rankings={rankings} numbering={numbering} />
    </>
  );
}
