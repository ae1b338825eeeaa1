import { fitText } from '../../scene/fitText.js';
import { boundsOf, minLabelFontSize, type Primitive, type Scene } from '../../scene/primitives.js';
import { ink, mutedInk, paper } from '../../theme.js';
import type { CommunityIndicator, ProgressStatus } from './progress.js';

/**
 * The monitoring charts as scenes (Konva on the wall, SVG in the PDF and on posters): one
 * indicator's way from baseline through its measurements to the target by the due date,
 * and the wall overview, every indicator a bar of the way done with its status in words.
 */

/**
 * Okabe-Ito colours per status; each status also has its own outline (solid, dashed,
 * dotted) and is always written out, so nothing rests on colour alone.
 */
export const statusStyle: Record<ProgressStatus, { fill: string; dash: number[] | undefined }> = {
  reached: { fill: '#009E73', dash: undefined },
  on_track: { fill: '#0072B2', dash: undefined },
  behind: { fill: '#E69F00', dash: [12, 6] },
  late: { fill: '#D55E00', dash: [4, 5] },
  no_data: { fill: '#E5E7EB', dash: [12, 6] },
};

export interface ChartWords {
  formatValue: (n: number) => string;
  formatDate: (isoDate: string) => string;
  baseline: string;
  target: string;
  due: string;
  /** The status sentence of a row ("Sesuai jadwal — 50% jalan"). */
  status: (row: CommunityIndicator) => string;
}

const plotWidth = 760;
const plotHeight = 300;
const axisWidth = 90;
const labelSize = minLabelFontSize;

function days(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/** One indicator's progress: baseline, measurements joined by a line, the target line and the due date. */
export function progressScene(row: CommunityIndicator, words: ChartWords): Scene {
  const points = row.progress.points;
  const values = points.map((p) => p.value);
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (high === low) {
    high += 1;
    low -= 1;
  }
  const pad = (high - low) * 0.12;
  low -= pad;
  high += pad;
  const start = days(row.indicator.baseline.date);
  const end = Math.max(start + 1, ...points.map((p) => days(p.date)));
  const x = (iso: string): number => axisWidth + ((days(iso) - start) / (end - start)) * plotWidth;
  const y = (v: number): number => plotHeight - ((v - low) / (high - low)) * plotHeight;
  const right = axisWidth + plotWidth;
  const primitives: Primitive[] = [
    {
      kind: 'rect',
      x: axisWidth,
      y: 0,
      width: plotWidth,
      height: plotHeight,
      fill: paper,
      stroke: ink,
      strokeWidth: 2,
    },
  ];
  const target = row.indicator.target;
  // The target as a dashed line across, the due date as a dotted line down.
  primitives.push(
    {
      kind: 'line',
      points: [axisWidth, y(target.value), right, y(target.value)],
      stroke: '#009E73',
      strokeWidth: 3,
      dash: [14, 8],
    },
    {
      kind: 'line',
      points: [x(target.date), 0, x(target.date), plotHeight],
      stroke: ink,
      strokeWidth: 2,
      dash: [4, 6],
    },
  );
  const measured = points.filter((p) => p.kind !== 'target');
  if (measured.length > 1)
    primitives.push({
      kind: 'line',
      points: measured.flatMap((p) => [x(p.date), y(p.value)]),
      stroke: '#0072B2',
      strokeWidth: 4,
    });
  for (const p of points) {
    const px = x(p.date);
    const py = y(p.value);
    if (p.kind === 'baseline')
      primitives.push({
        kind: 'rect',
        x: px - 9,
        y: py - 9,
        width: 18,
        height: 18,
        fill: mutedInk,
        stroke: ink,
        strokeWidth: 2,
      });
    else if (p.kind === 'target')
      primitives.push({
        kind: 'line',
        points: [px, py - 13, px + 13, py, px, py + 13, px - 13, py],
        fill: '#009E73',
        stroke: ink,
        strokeWidth: 2,
      });
    else
      primitives.push({
        kind: 'circle',
        x: px,
        y: py,
        r: 10,
        fill: '#0072B2',
        fillOpacity: 1,
        stroke: ink,
        strokeWidth: 2,
      });
    // Each point's value above it, on a halo so the lines never cross it.
    const label = words.formatValue(p.value);
    primitives.push({
      kind: 'text',
      x: Math.min(right - 30, Math.max(axisWidth + 30, px)),
      y: py - labelSize * 1.7,
      lines: [label],
      fontSize: labelSize,
      lineHeight: 1.2,
      fill: ink,
      bold: true,
      backdrop: { fill: paper, opacity: 0.85, width: label.length * labelSize * 0.6 + 12 },
    });
  }
  // Under the axis: the baseline's date left, the due date at its line.
  primitives.push(
    {
      kind: 'text',
      x: axisWidth + 80,
      y: plotHeight + 8,
      lines: [`${words.baseline}: ${words.formatDate(row.indicator.baseline.date)}`],
      fontSize: labelSize - 4,
      lineHeight: 1.2,
      fill: ink,
    },
    {
      kind: 'text',
      x: Math.min(right - 110, Math.max(axisWidth + 300, x(target.date))),
      y: plotHeight + 8 + labelSize,
      lines: [`${words.due}: ${words.formatDate(target.date)}`],
      fontSize: labelSize - 4,
      lineHeight: 1.2,
      fill: ink,
      bold: true,
    },
    {
      kind: 'text',
      x: axisWidth / 2,
      y: y(target.value) - labelSize * 0.6,
      lines: [words.target],
      fontSize: labelSize - 6,
      lineHeight: 1.2,
      fill: ink,
    },
  );
  return { primitives, bounds: boundsOf(primitives, 12) };
}

const rowHeight = 96;
const nameWidth = 380;
const barWidth = 300;
const statusWidth = 340;

/** The wall overview: per indicator its name, a bar of the way done (outlined per status), its status in words. */
export function overviewScene(rows: readonly CommunityIndicator[], words: ChartWords): Scene {
  const primitives: Primitive[] = [];
  rows.forEach((row, i) => {
    const top = i * rowHeight;
    const style = statusStyle[row.progress.status];
    primitives.push({
      kind: 'text',
      x: nameWidth / 2,
      y: top + 8,
      lines: fitText(row.indicator.name, labelSize, nameWidth - 12, 3),
      fontSize: labelSize,
      lineHeight: 1.1,
      fill: ink,
      bold: true,
      target: row.indicator.id,
    });
    const barX = nameWidth + 10;
    const barY = top + 18;
    primitives.push({
      kind: 'rect',
      x: barX,
      y: barY,
      width: barWidth,
      height: 48,
      fill: paper,
      stroke: ink,
      strokeWidth: 2,
    });
    const done = Math.max(row.progress.share * barWidth, row.progress.status === 'no_data' ? 0 : 4);
    if (done > 0)
      primitives.push({
        kind: 'rect',
        x: barX,
        y: barY,
        width: done,
        height: 48,
        fill: style.fill,
        stroke: ink,
        strokeWidth: 3,
        dash: style.dash ? [...style.dash] : undefined,
      });
    primitives.push({
      kind: 'text',
      x: barX + barWidth + 10 + statusWidth / 2,
      y: top + 8,
      lines: fitText(words.status(row), labelSize, statusWidth, 3),
      fontSize: labelSize,
      lineHeight: 1.1,
      fill: ink,
    });
  });
  return { primitives, bounds: boundsOf(primitives, 12) };
}
