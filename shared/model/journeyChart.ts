import { fitText } from '../scene/fitText.js';
import { boundsOf, type Primitive, type Scene } from '../scene/primitives.js';
import { ink, mutedInk } from '../theme.js';
import type { ParticipationPoint } from './journey.js';

/**
 * Participation over time as a scene (women, men and youth per session, side by side), so
 * the programme report prints it as a vector. Long programmes fold: each chart holds at
 * most `sessionsPerChart` sessions, all on one scale so they compare across the folds.
 */
export const sessionsPerChart = 12;

/** Okabe-Ito colours (colour-blind safe); each series also carries its own outline and the number on top. */
export const participationSeriesStyle = {
  women: { fill: '#CC79A7', dash: undefined },
  men: { fill: '#0072B2', dash: undefined },
  youth: { fill: '#E69F00', dash: [6, 4] },
} as const;
export type ParticipationSeries = keyof typeof participationSeriesStyle;
export const participationSeriesOrder: readonly ParticipationSeries[] = ['women', 'men', 'youth'];

const plotHeight = 300;
const groupWidth = 80;
const barWidth = 20;
const axisWidth = 50;
const labelSize = 16;
const valueSize = 14;

/** A round step for the grid lines: 1, 2, 5, 10, 20, 50, ... giving at most 5 lines. */
export function gridStep(max: number): number {
  const rough = Math.max(1, max / 5);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
}

export interface ChartText {
  formatCount: (n: number) => string;
  formatDate: (isoDate: string) => string;
}

/** One chart of `points` (numbered from `firstNumber`), scaled to `max` people. */
export function participationChart(
  points: readonly ParticipationPoint[],
  firstNumber: number,
  max: number,
  text: ChartText,
): Scene {
  const top = Math.max(1, max);
  const step = gridStep(top);
  const scaleTop = Math.ceil(top / step) * step;
  const y = (n: number): number => plotHeight - (n / scaleTop) * plotHeight;
  const width = axisWidth + points.length * groupWidth;
  const primitives: Primitive[] = [];
  for (let v = 0; v <= scaleTop; v += step) {
    primitives.push({ kind: 'line', points: [axisWidth, y(v), width, y(v)], stroke: '#D1D5DB', strokeWidth: 1 });
    primitives.push({
      kind: 'text',
      x: axisWidth / 2,
      y: y(v) - labelSize * 0.6,
      lines: [text.formatCount(v)],
      fontSize: labelSize,
      lineHeight: 1.2,
      fill: mutedInk,
    });
  }
  points.forEach((point, i) => {
    const left = axisWidth + i * groupWidth + (groupWidth - barWidth * participationSeriesOrder.length) / 2;
    participationSeriesOrder.forEach((series, j) => {
      const value = point[series];
      const style = participationSeriesStyle[series];
      const x = left + j * barWidth;
      primitives.push({
        kind: 'rect',
        x,
        y: y(value),
        width: barWidth,
        height: plotHeight - y(value),
        fill: style.fill,
        stroke: ink,
        strokeWidth: 1.5,
        dash: style.dash ? [...style.dash] : undefined,
        target: `${firstNumber + i}.${series}`,
      });
      primitives.push({
        kind: 'text',
        x: x + barWidth / 2,
        y: y(value) - valueSize * 1.25,
        lines: [text.formatCount(value)],
        fontSize: valueSize,
        lineHeight: 1.2,
        fill: ink,
      });
    });
    const centre = axisWidth + i * groupWidth + groupWidth / 2;
    primitives.push({
      kind: 'text',
      x: centre,
      y: plotHeight + 6,
      lines: [String(firstNumber + i), ...fitText(text.formatDate(point.date), labelSize - 2, groupWidth - 6, 2)],
      fontSize: labelSize - 2,
      lineHeight: 1.2,
      fill: ink,
      bold: false,
    });
  });
  primitives.push({ kind: 'line', points: [axisWidth, plotHeight, width, plotHeight], stroke: ink, strokeWidth: 2 });
  return { primitives, bounds: boundsOf(primitives, 12) };
}

/** The whole series folded into charts of `sessionsPerChart`, on one shared scale. */
export function participationCharts(points: readonly ParticipationPoint[], text: ChartText): Scene[] {
  const max = Math.max(0, ...points.flatMap((p) => participationSeriesOrder.map((s) => p[s])));
  const charts: Scene[] = [];
  for (let start = 0; start < points.length; start += sessionsPerChart)
    charts.push(participationChart(points.slice(start, start + sessionsPerChart), start + 1, max, text));
  return charts;
}
