import { estimateWidth, fitText } from '../../scene/fitText.js';
import { boundsOf, type Primitive, type Scene } from '../../scene/primitives.js';
import { accent, ink, paper } from '../../theme.js';
import { rankWithTieMark, type Ranked } from './ranks.js';
import type { Numbering, RankItem } from './schema.js';
import { sceneToSvg, type SvgText } from '../../scene/svg.js';
import { formatNumber } from '../../i18n/format.js';
import type { Language } from '../../i18n/languages.js';

export interface BarRow {
  label: string;
  value: number;
  ranked: Ranked<string>;
}

const fontSize = 28;
const lineHeight = 1.2;
const rankWidth = 80;
/**
 * The names' column is as wide as the longest name needs, between these, and the bars
 * take what is left of `labelsAndBars` (at least `minBarWidth`): long names stay on one line (the chart keeps its
 * type size on a 1024x768 wall) and bars stay long enough to compare. A name longer than
 * the widest column wraps, up to `maxLabelLines`; it is never cut after a few words.
 */
const minLabelWidth = 380;
const maxLabelWidth = 900;
const labelsAndBars = 900;
const minBarWidth = 260;
const maxLabelLines = 3;

/**
 * The ranking as ordered bars: rank, name, a bar as long as the score, the score. Drawn
 * on the wall and in the PDF from the same primitives; tied ranks are marked with "=".
 */
export function rankingBarsScene(rows: readonly BarRow[], numbering: Numbering, language: Language): Scene {
  const max = Math.max(1e-9, ...rows.map((r) => r.value));
  const longest = Math.max(0, ...rows.map((row) => estimateWidth(row.label, fontSize)));
  const labelWidth = Math.min(maxLabelWidth, Math.max(minLabelWidth, Math.ceil(longest) + 24));
  const barWidth = Math.max(minBarWidth, labelsAndBars - labelWidth);
  const labels = rows.map((row) => fitText(row.label, fontSize, labelWidth - 16, maxLabelLines));
  // Every row as tall as the longest name needs, so the bars stay evenly spaced.
  const lineCount = Math.max(1, ...labels.map((lines) => lines.length));
  const rowHeight = Math.max(64, lineCount * fontSize * lineHeight + 20);
  const primitives: Primitive[] = [];
  rows.forEach((row, i) => {
    const y = i * rowHeight;
    const top = row.ranked.rank === 1;
    const label = labels[i]!;
    primitives.push({
      kind: 'text',
      x: rankWidth / 2,
      y: y + (rowHeight - fontSize * lineHeight) / 2,
      lines: [rankWithTieMark(row.ranked, numbering)],
      fontSize,
      lineHeight,
      fill: ink,
      bold: true,
    });
    primitives.push({
      kind: 'text',
      x: rankWidth + labelWidth / 2,
      y: y + (rowHeight - label.length * fontSize * lineHeight) / 2,
      lines: label,
      fontSize,
      lineHeight,
      fill: ink,
      bold: top,
    });
    const width = Math.max(4, (row.value / max) * barWidth);
    primitives.push({
      kind: 'rect',
      x: rankWidth + labelWidth,
      y: y + (rowHeight - 44) / 2,
      width,
      height: 44,
      fill: top ? accent : '#6B7280',
      stroke: ink,
      strokeWidth: 2,
      cornerRadius: 4,
    });
    primitives.push({
      kind: 'text',
      x: rankWidth + labelWidth + width + 50,
      y: y + (rowHeight - fontSize * lineHeight) / 2,
      lines: [formatNumber(language, row.value)],
      fontSize,
      lineHeight,
      fill: ink,
      bold: true,
    });
  });
  // A white frame keeps the chart's size steady as bars grow.
  primitives.unshift({
    kind: 'rect',
    x: 0,
    y: 0,
    width: rankWidth + labelWidth + barWidth + 110,
    height: Math.max(1, rows.length) * rowHeight,
    fill: paper,
    stroke: paper,
    strokeWidth: 0,
  });
  return { primitives, bounds: boundsOf(primitives, 4) };
}

/** The chart as vector SVG, the same on the wall and in the PDF. */
export function rankingChartSvg(
  items: readonly RankItem[],
  ranking: readonly Ranked<string>[],
  values: Readonly<Record<string, number>>,
  numbering: Numbering,
  language: Language,
  text?: SvgText,
): string {
  const names = new Map(items.map((i) => [i.id, i.name]));
  return sceneToSvg(
    rankingBarsScene(
      ranking.map((r) => ({ label: names.get(r.item) ?? '', value: values[r.item] ?? 0, ranked: r })),
      numbering,
      language,
    ),
    '100%',
    text,
  );
}
