import { fitText } from '../../scene/fitText.js';
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
const rowHeight = 64;
const rankWidth = 80;
const labelWidth = 380;
const barWidth = 520;

/**
 * The ranking as ordered bars: rank, name, a bar as long as the score, the score. Drawn
 * on the wall and in the PDF from the same primitives; tied ranks are marked with "=".
 */
export function rankingBarsScene(rows: readonly BarRow[], numbering: Numbering, language: Language): Scene {
  const max = Math.max(1e-9, ...rows.map((r) => r.value));
  const primitives: Primitive[] = [];
  rows.forEach((row, i) => {
    const y = i * rowHeight;
    const top = row.ranked.rank === 1;
    primitives.push({
      kind: 'text',
      x: rankWidth / 2,
      y: y + (rowHeight - fontSize * 1.2) / 2,
      lines: [rankWithTieMark(row.ranked, numbering)],
      fontSize,
      lineHeight: 1.2,
      fill: ink,
      bold: true,
    });
    primitives.push({
      kind: 'text',
      x: rankWidth + labelWidth / 2,
      y: y + (rowHeight - fontSize * 1.2) / 2,
      lines: fitText(row.label, fontSize, labelWidth - 16, 1),
      fontSize,
      lineHeight: 1.2,
      fill: ink,
      bold: top,
    });
    const width = Math.max(4, (row.value / max) * barWidth);
    primitives.push({
      kind: 'rect',
      x: rankWidth + labelWidth,
      y: y + 10,
      width,
      height: rowHeight - 20,
      fill: top ? accent : '#6B7280',
      stroke: ink,
      strokeWidth: 2,
      cornerRadius: 4,
    });
    primitives.push({
      kind: 'text',
      x: rankWidth + labelWidth + width + 50,
      y: y + (rowHeight - fontSize * 1.2) / 2,
      lines: [formatNumber(language, row.value)],
      fontSize,
      lineHeight: 1.2,
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
