import { estimateWidth, fitText } from '../../scene/fitText.js';
import { boundsOf, minLabelFontSize, type Primitive, type Scene } from '../../scene/primitives.js';
import { ink, mutedInk, paper } from '../../theme.js';
import type { EvaluationResult } from './aggregate.js';
import { evaluationScale, type Score } from './schema.js';

/**
 * The evaluation side by side as a vector chart (the wall's Konva and the PDF's SVG): per
 * question its words, then one bar per group, as long as the group's score, with the
 * group's name and the answer in words written beside it, so nothing rests on colour.
 * Group colours are Okabe-Ito; a group that has not answered shows a dashed empty frame.
 */
export const groupColours = ['#E69F00', '#0072B2', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];

export const chartGeometry = {
  labelWidth: 330,
  barStart: 350,
  barMax: 390,
  barHeight: 36,
  barGap: 8,
  questionGap: 28,
  fontSize: minLabelFontSize,
  lineHeight: 1.2,
};

export interface ChartLabels {
  question: (questionId: string) => string;
  group: (groupId: string) => string;
  score: (score: Score) => string;
  notAnswered: string;
}

export function evaluationChartScene(result: EvaluationResult, labels: ChartLabels): Scene {
  const g = chartGeometry;
  const primitives: Primitive[] = [];
  const top = evaluationScale.at(-1)!;
  let y = 0;
  for (const q of result.questions) {
    const lines = fitText(labels.question(q.questionId), g.fontSize * 1.12, g.labelWidth, 6);
    primitives.push({
      kind: 'text',
      x: g.labelWidth / 2,
      y,
      lines,
      fontSize: g.fontSize,
      lineHeight: g.lineHeight,
      fill: ink,
      bold: true,
    });
    const barsHeight = q.answers.length * (g.barHeight + g.barGap);
    const blockHeight = Math.max(lines.length * g.fontSize * g.lineHeight, barsHeight);
    // Scale lines behind the bars: a step of the scale is a third of the bar's length.
    for (let step = 1; step <= top; step += 1) {
      const x = g.barStart + (g.barMax * step) / top;
      primitives.push({
        kind: 'line',
        points: [x, y, x, y + barsHeight - g.barGap],
        stroke: '#D1D5DB',
        strokeWidth: 1,
      });
    }
    q.answers.forEach((a, gi) => {
      const barY = y + gi * (g.barHeight + g.barGap);
      const colour = groupColours[gi % groupColours.length]!;
      const width = a.score === null ? g.barMax / top : (g.barMax * a.score) / top;
      primitives.push({
        kind: 'rect',
        x: g.barStart,
        y: barY,
        width,
        height: g.barHeight,
        fill: a.score === null ? paper : colour,
        stroke: a.score === null ? mutedInk : ink,
        strokeWidth: a.score === null ? 2 : 1,
        ...(a.score === null ? { dash: [6, 5] } : {}),
        target: `${q.questionId}:${a.groupId}`,
      });
      const words = `${labels.group(a.groupId)}: ${a.score === null ? labels.notAnswered : labels.score(a.score)}`;
      const text = fitText(words, g.fontSize, 380, 1);
      primitives.push({
        kind: 'text',
        // Centred text, placed so that its left edge sits just after the bar.
        x: g.barStart + width + 12 + estimateWidth(text[0] ?? '', g.fontSize) / 2,
        y: barY + (g.barHeight - g.fontSize * g.lineHeight) / 2 + 2,
        lines: text,
        fontSize: g.fontSize,
        lineHeight: g.lineHeight,
        fill: ink,
      });
    });
    y += blockHeight + g.questionGap;
  }
  return { primitives, bounds: boundsOf(primitives, 8) };
}
