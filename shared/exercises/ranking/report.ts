import { formulaTerms } from './matrix.js';
import { rankPairwise } from './pairwise.js';
import type { Ranked } from './ranks.js';
import { rankingChartSvg } from './scene.js';
import type { MatrixDocument, Numbering, PairwiseDocument, RankGroup, RankItem, VoteDocument } from './schema.js';
import {
  ballotTable,
  groupComparisonTable,
  groupName,
  matrixResult,
  matrixScoreTable,
  pairReasons,
  pairwiseGrid,
  rankingTable,
  rankNoteLines,
  type Table,
  type TableCell,
} from './tables.js';
import { tallyVote } from './voting.js';
import { withCriterionNames } from './labels.js';
import type { ReportContext } from '../definition.js';
import type { Translate as T } from '../../i18n/translate.js';
import { languageOf } from '../../i18n/format.js';
import { esc, sectionHeading, table } from '../../report/html.js';

const cellHtml = (cell: TableCell): string =>
  cell.strong || cell.kind === 'rowHeading' ? `<strong>${esc(cell.text)}</strong>` : esc(cell.text);

/** A table of `tables.ts` as report HTML. */
function tableHtml(built: Table, className: string, widths?: number[]): string {
  return table(
    built.header,
    built.rows.map((row) => row.cells.map(cellHtml)),
    className,
    widths,
  );
}

const list = (className: string, lines: readonly string[]): string =>
  lines.length ? `<ul class="${className}">${lines.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>` : '';

/** A heading per group, only when there is more than one. */
const groupHeading = (groups: readonly RankGroup[], g: RankGroup, t: T): string =>
  groups.length > 1 ? `<h3>${esc(groupName(g, t))}</h3>` : '';

/** Chart (vector, the wall's scene), the result table, and ties or cycles in words. */
function resultBlock(
  items: readonly RankItem[],
  ranking: readonly Ranked<string>[],
  values: Readonly<Record<string, number>>,
  numbering: Numbering,
  valueLabel: string,
  t: T,
  cycles: readonly string[][] = [],
): string {
  const chart = rankingChartSvg(items, ranking, values, numbering, languageOf(t));
  const notes = rankNoteLines(items, ranking, numbering, t, cycles).map((n) => n.text);
  return `<div class="chart">${chart}</div>
  ${tableHtml(rankingTable(items, ranking, values, numbering, valueLabel, t), 'data', [14, 66, 20])}
  ${list('notes', notes)}`;
}

function groupsBlock(
  items: readonly RankItem[],
  groups: readonly RankGroup[],
  rankings: readonly Ranked<string>[][],
  numbering: Numbering,
  t: T,
): string {
  if (groups.length < 2) return '';
  return `<h3>${esc(t('ranking.sideBySide'))}</h3>${tableHtml(groupComparisonTable(items, groups, rankings, numbering, t), 'data')}`;
}

export function pairwiseReport(doc: PairwiseDocument, { t, title }: ReportContext): string {
  const ids = doc.items.map((i) => i.id);
  const results = doc.groups.map((g) => rankPairwise(ids, doc.choices[g.id] ?? {}));
  const perGroup = doc.groups.map((g, gi) => {
    const choices = doc.choices[g.id] ?? {};
    const result = results[gi]!;
    return `${groupHeading(doc.groups, g, t)}
    ${tableHtml(pairwiseGrid(doc.items, choices), 'data pair-matrix')}
    ${list('reasons', pairReasons(doc.items, choices))}
    ${resultBlock(doc.items, result.ranking, result.scores, doc.numbering, t('ranking.score'), t, result.cycles)}`;
  });
  return `<section class="exercise">${sectionHeading(t('ranking.pairwise'), title, doc.question)}${perGroup.join('')}${groupsBlock(
    doc.items,
    doc.groups,
    results.map((r) => r.ranking),
    doc.numbering,
    t,
  )}</section>`;
}

export function matrixReport(stored: MatrixDocument, { t, title }: ReportContext): string {
  const doc = withCriterionNames(stored, t);
  const results = doc.groups.map((g) => matrixResult(doc, g.id));
  const scale =
    doc.scoring.kind === 'seeds'
      ? `${t('ranking.matrixScoring.seeds')}: ${doc.scoring.seedsPerCriterion} / ${t('ranking.matrixScoring.criteria').toLowerCase()}`
      : `${doc.scoring.min}-${doc.scoring.max}`;
  const formula = t('ranking.matrixScoring.formulaOf', {
    terms: formulaTerms(doc.criteria, doc.scoring, doc.weights, doc.combine),
  });
  const template =
    doc.template === 'custom'
      ? ''
      : `<p>${esc(t('ranking.matrixScoring.template'))}: ${esc(t(`ranking.matrixScoring.templates.${doc.template}`))}. ${esc(t('ranking.matrixScoring.problemNote'))}</p>`;
  const perGroup = doc.groups.map((g, gi) => {
    const result = results[gi]!;
    return `${groupHeading(doc.groups, g, t)}
    ${tableHtml(matrixScoreTable(doc, g.id, t), 'data')}
    ${resultBlock(doc.items, result.ranking, result.totals, doc.numbering, t('ranking.total'), t)}`;
  });
  return `<section class="exercise">${sectionHeading(t('ranking.matrix'), title, doc.question)}
  ${template}<p>${esc(t('ranking.matrixScoring.scoring'))}: ${esc(scale)}.</p><p class="formula">${esc(formula)}</p>
  ${perGroup.join('')}${groupsBlock(
    doc.items,
    doc.groups,
    results.map((r) => r.ranking),
    doc.numbering,
    t,
  )}</section>`;
}

export function voteReport(doc: VoteDocument, { t, title }: ReportContext): string {
  const tallies = doc.groups.map((g) => tallyVote(doc, g.id));
  const rule =
    doc.mode === 'dots'
      ? `${t('ranking.voting.dots')}: ${doc.dotsPerVoter} ${t('ranking.voting.dotsPerVoter').toLowerCase()}${
          doc.maxPerOption ? `, ${t('ranking.voting.cap').toLowerCase()} ${doc.maxPerOption}` : ''
        }`
      : `${t('ranking.voting.ranked')}: ${t('ranking.voting.rankedRule')}`;
  const perGroup = doc.groups.map((g, gi) => {
    const ballots = ballotTable(doc, g.id, t);
    const rows = ballots.rows.map((b) => [esc(b.label), ...b.marks.map((m) => esc(m.text))]);
    const tally = tallies[gi]!;
    return `${groupHeading(doc.groups, g, t)}
    ${table(ballots.header, rows, 'data')}
    ${resultBlock(doc.items, tally.ranking, tally.points, doc.numbering, t('ranking.voting.points'), t)}`;
  });
  return `<section class="exercise">${sectionHeading(t('ranking.vote'), title, doc.question)}
  <p>${esc(rule)}</p>${perGroup.join('')}${groupsBlock(
    doc.items,
    doc.groups,
    tallies.map((x) => x.ranking),
    doc.numbering,
    t,
  )}</section>`;
}
