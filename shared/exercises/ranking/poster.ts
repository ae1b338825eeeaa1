import { formatNumber } from '../../i18n/format.js';
import type { Language } from '../../i18n/languages.js';
import { esc } from '../../report/html.js';
import { posterEmpty, posterHeader, posterInner, posterType } from '../../report/poster.js';
import { fitText } from '../../scene/fitText.js';
import { boundsOf, type Primitive, type Scene } from '../../scene/primitives.js';
import { sceneToSvg } from '../../scene/svg.js';
import { accent, ink, paper } from '../../theme.js';
import type { Poster, PosterContext, PosterSheet, PosterSize } from '../definition.js';
import { withCriterionNames } from './labels.js';
import { rankPairwise } from './pairwise.js';
import { rankWithTieMark, type Ranked } from './ranks.js';
import type { MatrixDocument, Numbering, PairwiseDocument, RankGroup, RankItem, VoteDocument } from './schema.js';
import { groupName, matrixResult } from './tables.js';
import { tallyVote } from './voting.js';

/** One group's result: the order, and the value each bar shows. */
interface GroupResult {
  group: RankGroup;
  ranking: readonly Ranked<string>[];
  values: Readonly<Record<string, number>>;
}

/** How many bars fit a sheet below the header: the rest are counted, not shrunk. */
export function posterBarRows(size: PosterSize): number {
  const inner = posterInner(size, 'landscape');
  return Math.max(3, Math.floor((inner.height * 0.62) / barRowHeight(size)));
}

/** A row holds a name of up to two lines in poster type. */
function barRowHeight(size: PosterSize): number {
  return Math.round(posterType(size) * 2.8);
}

/**
 * The result as bars in poster type (the wall's chart, drawn with the same primitives at
 * the size read from two metres): rank, name, a bar as long as the value, the value. The
 * scene is as wide as the sheet's inner width, so 1 unit prints as 1 CSS pixel.
 */
export function posterBarsScene(
  rows: readonly { label: string; value: number; ranked: Ranked<string> }[],
  numbering: Numbering,
  size: PosterSize,
  language: Language,
): Scene {
  const type = posterType(size);
  const width = posterInner(size, 'landscape').width;
  const rowHeight = barRowHeight(size);
  const rankWidth = type * 2.2;
  const labelWidth = Math.round(width * 0.46);
  const valueWidth = type * 3;
  const barWidth = width - rankWidth - labelWidth - valueWidth;
  const max = Math.max(1e-9, ...rows.map((r) => r.value));
  const textY = (y: number, lines = 1): number => y + (rowHeight - type * 1.2 * lines) / 2;
  const primitives: Primitive[] = [
    { kind: 'rect', x: 0, y: 0, width, height: rows.length * rowHeight, fill: paper, stroke: paper, strokeWidth: 0 },
  ];
  rows.forEach((row, i) => {
    const y = i * rowHeight;
    const top = row.ranked.rank === 1;
    const text = (x: number, lines: string[], bold: boolean): Primitive => ({
      kind: 'text',
      x,
      y: textY(y, lines.length),
      lines,
      fontSize: type,
      lineHeight: 1.2,
      fill: ink,
      bold,
    });
    primitives.push(text(rankWidth / 2, [rankWithTieMark(row.ranked, numbering)], true));
    // Names sit left of their bar; the scene's texts are centred, so centre in the column.
    primitives.push(text(rankWidth + labelWidth / 2, fitText(row.label, type, labelWidth - type * 0.5, 2), top));
    const barLength = Math.max(6, (row.value / max) * barWidth);
    primitives.push({
      kind: 'rect',
      x: rankWidth + labelWidth,
      y: y + rowHeight * 0.14,
      width: barLength,
      height: rowHeight * 0.72,
      fill: top ? accent : '#6B7280',
      stroke: ink,
      strokeWidth: 3,
      cornerRadius: 6,
    });
    primitives.push(
      text(rankWidth + labelWidth + barLength + valueWidth / 2, [formatNumber(language, row.value)], true),
    );
  });
  return { primitives, bounds: boundsOf(primitives, 0) };
}

/** One sheet per group: the question as title, the bars, what the bars count. */
function rankingPoster(
  doc: { question: string; items: readonly RankItem[]; groups: readonly RankGroup[]; numbering: Numbering },
  results: readonly GroupResult[],
  typeName: string,
  valueLabel: string,
  context: PosterContext,
): Poster {
  const { t, size, language } = context;
  if (doc.items.length === 0) throw posterEmpty('no option to rank');
  const names = new Map(doc.items.map((i) => [i.id, i.name]));
  const limit = posterBarRows(size);
  const title = doc.question.trim() || context.title;
  const sheets: PosterSheet[] = results.map(({ group, ranking, values }) => {
    const shown = ranking.slice(0, limit);
    const rows = shown.map((r) => ({ label: names.get(r.item) ?? '', value: values[r.item] ?? 0, ranked: r }));
    const subtitle = results.length > 1 ? `${typeName} · ${groupName(group, t)}` : typeName;
    const more = ranking.length - shown.length;
    return {
      orientation: 'landscape',
      body: `${posterHeader(context, title, subtitle)}
<div class="ranking-bars">${sceneToSvg(posterBarsScene(rows, doc.numbering, size, language), '100%')}</div>
${more > 0 ? `<p class="poster-more">${esc(t('posters.more', { count: more }))}</p>` : ''}
<p class="poster-note">${esc(t('posters.barsShow', { value: valueLabel }))}</p>`,
    };
  });
  return { style: '.ranking-bars svg { width: 100%; height: auto; }', sheets };
}

export function pairwisePoster(doc: PairwiseDocument, context: PosterContext): Poster {
  const ids = doc.items.map((i) => i.id);
  const results = doc.groups.map((group) => {
    const r = rankPairwise(ids, doc.choices[group.id] ?? {});
    return { group, ranking: r.ranking, values: r.scores };
  });
  return rankingPoster(doc, results, context.t('ranking.pairwise'), context.t('ranking.score'), context);
}

export function matrixPoster(stored: MatrixDocument, context: PosterContext): Poster {
  const doc = withCriterionNames(stored, context.t);
  const results = doc.groups.map((group) => {
    const r = matrixResult(doc, group.id);
    return { group, ranking: r.ranking, values: r.totals };
  });
  return rankingPoster(doc, results, context.t('ranking.matrix'), context.t('ranking.total'), context);
}

export function votePoster(doc: VoteDocument, context: PosterContext): Poster {
  const results = doc.groups.map((group) => {
    const r = tallyVote(doc, group.id);
    return { group, ranking: r.ranking, values: r.points };
  });
  return rankingPoster(doc, results, context.t('ranking.vote'), context.t('ranking.voting.points'), context);
}
