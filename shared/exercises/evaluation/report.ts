import { formatDate, formatNumber, languageOf } from '../../i18n/format.js';
import type { Translate } from '../../i18n/translate.js';
import { esc, sectionHeading, table } from '../../report/html.js';
import { sceneToSvg } from '../../scene/svg.js';
import { accent, mutedInk } from '../../theme.js';
import type { ReportContext } from '../definition.js';
import { pentagonScene } from '../resources/pentagon.js';
import { capitalNames } from '../resources/tables.js';
import type { Capital } from '../resources/capitals.js';
import { evaluationByGroup, type EvaluationResult } from './aggregate.js';
import { evaluationChartScene, type ChartLabels } from './chart.js';
import { gatherBeforeAfter, hasComparisons } from './gather.js';
import type {
  BeforeAfter,
  EvaluationDocument,
  EvaluationGroup,
  EvaluationQuestion,
  IndicatorRow,
  PentagonComparison,
  RankingComparison,
  Score,
  SourceRef,
  VennComparison,
} from './schema.js';

/**
 * The evaluation's words and tables for the wall and the PDF alike: the questions and
 * groups by their names, the answers side by side, and the before/after comparisons as
 * plain rows of text, so the projected tables and the printed ones cannot disagree.
 */
export function questionText(t: Translate, q: EvaluationQuestion): string {
  return q.text.trim() || (q.seed ? t(`evaluation.questions.${q.seed}`) : '');
}

export function groupText(t: Translate, g: EvaluationGroup): string {
  return g.name.trim() || (g.seed ? t(`evaluation.groups.${g.seed}`) : '');
}

const scoreKeys = { 1: 'no', 2: 'partly', 3: 'yes' } as const;

export function scoreText(t: Translate, score: Score): string {
  return t(`evaluation.scores.${scoreKeys[score]}`);
}

export function chartLabels(t: Translate, doc: EvaluationDocument): ChartLabels {
  const questions = new Map(doc.questions.map((q) => [q.id, questionText(t, q)]));
  const groups = new Map(doc.groups.map((g) => [g.id, groupText(t, g)]));
  return {
    question: (id) => questions.get(id) ?? '',
    group: (id) => groups.get(id) ?? '',
    score: (s) => scoreText(t, s),
    notAnswered: t('evaluation.notAnswered'),
  };
}

/** The side-by-side table: a row per question, a column per group ("Ya: reason"), and the groups' agreement. */
export function sideBySideTable(
  t: Translate,
  doc: EvaluationDocument,
  result: EvaluationResult = evaluationByGroup(doc),
): { header: string[]; rows: { question: string; cells: string[]; note: string }[] } {
  return {
    header: [t('evaluation.question'), ...doc.groups.map((g) => groupText(t, g)), t('evaluation.together')],
    rows: result.questions.map((r, i) => ({
      question: questionText(t, doc.questions[i]!),
      cells: r.answers.map((a) =>
        a.score === null
          ? t('evaluation.notAnswered')
          : a.reason
            ? `${scoreText(t, a.score)}: ${a.reason}`
            : scoreText(t, a.score),
      ),
      note:
        r.mean === null
          ? t('evaluation.notAnswered')
          : `${t('evaluation.meanOf', { mean: formatNumber(languageOf(t), r.mean, { fractionDigits: 1 }) })}${
              r.groupsDiffer ? ` · ${t('evaluation.groupsDiffer')}` : ''
            }`,
    })),
  };
}

export function evaluationChartSvg(t: Translate, doc: EvaluationDocument): string {
  return sceneToSvg(evaluationChartScene(evaluationByGroup(doc), chartLabels(t, doc)), '100%');
}

// Before / after ---------------------------------------------------------------------------

export function sidesText(t: Translate, before: SourceRef, after: SourceRef): string {
  const language = languageOf(t);
  return t('evaluation.beforeAfter.sides', {
    before: before.title,
    beforeDate: formatDate(language, before.date),
    after: after.title,
    afterDate: formatDate(language, after.date),
  });
}

export interface TextTable {
  header: string[];
  rows: string[][];
}

export function vennTable(t: Translate, v: VennComparison): TextTable {
  const missing = '–';
  const band = (b: number | null): string => (b === null ? missing : t(`venn.bands.${b as 0 | 1 | 2 | 3}`));
  const number = (n: number | null): string => (n === null ? missing : String(n));
  return {
    header: [
      t('venn.changes.institution'),
      t('venn.changes.importance'),
      t('venn.changes.closeness'),
      t('evaluation.beforeAfter.change'),
    ],
    rows: v.rows.map((r) => {
      const closer = r.bandBefore !== null && r.bandAfter !== null ? r.bandBefore - r.bandAfter : null;
      const change =
        r.status !== 'both'
          ? t(`venn.changes.${r.status}`)
          : closer === 0 || closer === null
            ? t('venn.changes.same')
            : `${closer > 0 ? '+' : '−'}${Math.abs(closer)} ${t(closer > 0 ? 'venn.changes.closer' : 'venn.changes.further')}`;
      return [
        r.name,
        `${number(r.importanceBefore)} → ${number(r.importanceAfter)}`,
        `${band(r.bandBefore)} → ${band(r.bandAfter)}`,
        change,
      ];
    }),
  };
}

export function pentagonTable(t: Translate, p: PentagonComparison): TextTable {
  const language = languageOf(t);
  const names = capitalNames(t);
  const value = (n: number): string => formatNumber(language, n, { fractionDigits: 2 });
  return {
    header: [
      t('evaluation.beforeAfter.capital'),
      t('evaluation.beforeAfter.before'),
      t('evaluation.beforeAfter.after'),
      t('evaluation.beforeAfter.change'),
    ],
    rows: p.values.map((v) => {
      const change = Math.round((v.after - v.before) * 100) / 100;
      return [
        names[v.capital],
        value(v.before),
        value(v.after),
        change === 0 ? t('venn.changes.same') : `${change > 0 ? '+' : '−'}${value(Math.abs(change))}`,
      ];
    }),
  };
}

export function pentagonSvg(t: Translate, p: PentagonComparison): string {
  const values = (side: 'before' | 'after'): Record<Capital, number> =>
    Object.fromEntries(p.values.map((v) => [v.capital, v[side]])) as Record<Capital, number>;
  const scene = pentagonScene(
    [
      { values: values('before'), stroke: mutedInk, dash: [12, 8] },
      { values: values('after'), stroke: accent },
    ],
    capitalNames(t),
  );
  return sceneToSvg(scene, '100%');
}

export function movedText(t: Translate, r: RankingComparison['rows'][number]): string {
  if (!r.rankBefore) return t('evaluation.beforeAfter.newItem');
  if (!r.rankAfter) return t('evaluation.beforeAfter.dropped');
  if (r.moved === null || r.moved === 0) return t('venn.changes.same');
  return t(r.moved > 0 ? 'evaluation.beforeAfter.up' : 'evaluation.beforeAfter.down', { n: Math.abs(r.moved) });
}

export function rankingTable(t: Translate, r: RankingComparison): TextTable {
  return {
    header: [
      t('evaluation.beforeAfter.item'),
      t('evaluation.beforeAfter.rankBefore'),
      t('evaluation.beforeAfter.rankAfter'),
      t('evaluation.beforeAfter.change'),
    ],
    rows: r.rows.map((row) => [row.name, row.rankBefore || '–', row.rankAfter || '–', movedText(t, row)]),
  };
}

export function indicatorTable(t: Translate, rows: readonly IndicatorRow[]): TextTable {
  const language = languageOf(t);
  const value = (n: number, unit: string): string => `${formatNumber(language, n)} ${unit}`.trim();
  return {
    header: [
      t('evaluation.beforeAfter.indicator'),
      t('evaluation.beforeAfter.baseline'),
      t('evaluation.beforeAfter.latest'),
      t('evaluation.beforeAfter.target'),
      t('evaluation.beforeAfter.status'),
    ],
    rows: rows.map((r) => [
      r.name,
      value(r.baseline, r.unit),
      r.latest === null ? '–' : value(r.latest, r.unit),
      value(r.target, r.unit),
      t(`evaluation.indicatorStatus.${r.status}`),
    ]),
  };
}

const textTableHtml = (tt: TextTable, widths?: number[]): string =>
  table(
    tt.header,
    tt.rows.map((r) => r.map(esc)),
    'data',
    widths,
  );

/** The before/after section as report HTML (also what the poster and overview could reuse). */
export function beforeAfterHtml(t: Translate, b: BeforeAfter | null): string {
  const heading = `<h3>${esc(t('evaluation.beforeAfter.title'))}</h3>`;
  if (!b || !hasComparisons(b)) return `${heading}<p>${esc(t('evaluation.beforeAfter.none'))}</p>`;
  const parts = [
    heading,
    `<p class="muted">${esc(t('evaluation.beforeAfter.gatheredOn', { date: formatDate(languageOf(t), b.gatheredOn) }))}</p>`,
  ];
  if (b.venn)
    parts.push(
      `<h4>${esc(t('evaluation.beforeAfter.venn'))}</h4><p>${esc(sidesText(t, b.venn.before, b.venn.after))}</p>${textTableHtml(vennTable(t, b.venn), [34, 18, 28, 20])}`,
    );
  if (b.pentagon)
    parts.push(
      `<h4>${esc(t('evaluation.beforeAfter.pentagon'))}</h4><p>${esc(sidesText(t, b.pentagon.before, b.pentagon.after))} ${esc(
        t('evaluation.beforeAfter.pentagonKey'),
      )}</p><div class="diagram ba-pentagon">${pentagonSvg(t, b.pentagon)}</div>${textTableHtml(pentagonTable(t, b.pentagon))}`,
    );
  for (const r of b.rankings)
    parts.push(
      `<h4>${esc(t('evaluation.beforeAfter.ranking'))}${r.group ? ` (${esc(r.group)})` : ''}</h4><p>${esc(
        sidesText(t, r.before, r.after),
      )}</p>${textTableHtml(rankingTable(t, r), [46, 16, 16, 22])}`,
    );
  if (b.indicators.length)
    parts.push(
      `<h4>${esc(t('evaluation.beforeAfter.indicators'))}</h4>${textTableHtml(indicatorTable(t, b.indicators), [36, 15, 15, 15, 19])}`,
    );
  return parts.join('\n');
}

/** The session PDF's section: the chart, the answers side by side with reasons, then before/after. */
export function evaluationReport(doc: EvaluationDocument, { t, title, community }: ReportContext): string {
  const result = evaluationByGroup(doc);
  // Not gathered yet (the evaluation was never opened on screen): gathered now from the
  // community as the report sees it, up to this session's date.
  const latest = community?.reduce((max, ex) => (ex.date > max ? ex.date : max), '') ?? '';
  const beforeAfter = doc.beforeAfter ?? (community && latest ? gatherBeforeAfter(community, latest) : null);
  const side = sideBySideTable(t, doc, result);
  const groupWidth = Math.floor(70 / Math.max(1, doc.groups.length));
  return `<section class="exercise evaluation">
  ${sectionHeading(t('evaluation.typeName'), title)}
  <p>${esc(t('evaluation.scaleNote'))}</p>
  <div class="diagram evaluation-chart">${evaluationChartSvg(t, doc)}</div>
  ${table(
    side.header,
    side.rows.map((r) => [`<strong>${esc(r.question)}</strong>`, ...r.cells.map(esc), esc(r.note)]),
    'data',
    [18, ...doc.groups.map(() => groupWidth), 12],
  )}
  ${beforeAfterHtml(t, beforeAfter)}
</section>`;
}

export const evaluationReportStyle = `.evaluation .evaluation-chart { page-break-inside: avoid; margin-bottom: 4mm; }
.evaluation .ba-pentagon { max-width: 110mm; margin: 0 auto 3mm; page-break-inside: avoid; }
.evaluation h4 { margin: 4mm 0 1mm; }`;
