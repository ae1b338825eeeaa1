import { fitText } from '../../scene/fitText.js';
import { boundsOf, minLabelFontSize, type Primitive, type Scene } from '../../scene/primitives.js';
import { accent, ink, mutedInk, paper } from '../../theme.js';
import { activityMonths, checkPlan, monthIndex } from './checks.js';
import type { ActionPlanDocument } from './schema.js';

/**
 * The month-by-month timeline (a Gantt-like chart readable on the wall). It folds into
 * pages: at most `monthsPerPage` month columns and `rowsPerPage` activities on one page,
 * so 200 activities over three years stay legible (on screen one page at a time, in the
 * PDF page after page) instead of shrinking to dust.
 */
export interface TimelineOptions {
  monthsPerPage: number;
  rowsPerPage: number;
}
export const wallTimeline: TimelineOptions = { monthsPerPage: 12, rowsPerPage: 10 };

export interface TimelineRow {
  activityId: string;
  number: number;
  what: string;
  who: string;
  /** Columns on this page (0-based, inclusive); null when the activity has no month, or none on this page. */
  bar: { from: number; to: number; continuesBefore: boolean; continuesAfter: boolean } | null;
  /** The activity has no month at all (drawn as a note, not a bar). */
  undated: boolean;
  /** Its dates are flagged (end before start, outside the plan's span): drawn hatched and orange. */
  flagged: boolean;
}

export interface TimelinePage {
  /** 1-based, over all pages (row pages first, then month pages within each). */
  number: number;
  /** Month indexes of the columns (year * 12 + month - 1). */
  months: number[];
  rows: TimelineRow[];
  /** Months of the columns inside the plan's span (all of them when no span is set). */
  inSpan: boolean[];
}

/** The months the timeline shows: the plan's span and every activity's months. Null when nothing is dated. */
export function timelineRange(doc: ActionPlanDocument): { start: number; end: number } | null {
  const points: number[] = [];
  const spanStart = monthIndex(doc.startMonth);
  const spanEnd = monthIndex(doc.endMonth);
  if (spanStart !== null) points.push(spanStart);
  if (spanEnd !== null) points.push(spanEnd);
  for (const a of doc.activities) {
    const m = activityMonths(a);
    if (m) points.push(m.start, m.end);
  }
  if (points.length === 0) return null;
  return { start: Math.min(...points), end: Math.max(...points) };
}

export function timelinePages(doc: ActionPlanDocument, options: TimelineOptions = wallTimeline): TimelinePage[] {
  const range = timelineRange(doc);
  if (!range || doc.activities.length === 0) return [];
  const flaggedIds = new Set(
    checkPlan(doc)
      .activities.filter((c) => c.reason === 'endBeforeStart' || c.reason === 'outsideSpan')
      .map((c) => c.activityId),
  );
  const spanStart = monthIndex(doc.startMonth);
  const spanEnd = monthIndex(doc.endMonth);
  const pages: TimelinePage[] = [];
  for (let rowAt = 0; rowAt < doc.activities.length; rowAt += options.rowsPerPage) {
    const activities = doc.activities.slice(rowAt, rowAt + options.rowsPerPage);
    for (let monthAt = range.start; monthAt <= range.end; monthAt += options.monthsPerPage) {
      const last = Math.min(range.end, monthAt + options.monthsPerPage - 1);
      const months = Array.from({ length: last - monthAt + 1 }, (_, i) => monthAt + i);
      const rows = activities.map((a, i): TimelineRow => {
        const m = activityMonths(a);
        // An end before its start is drawn as its start month only, flagged.
        const span = m ? { start: m.start, end: Math.max(m.start, m.end) } : null;
        const visible = span && span.end >= monthAt && span.start <= last;
        return {
          activityId: a.id,
          number: rowAt + i + 1,
          what: a.what,
          who: a.responsible
            .map((p) => p.name.trim())
            .filter(Boolean)
            .join(', '),
          bar: visible
            ? {
                from: Math.max(span.start, monthAt) - monthAt,
                to: Math.min(span.end, last) - monthAt,
                continuesBefore: span.start < monthAt,
                continuesAfter: span.end > last,
              }
            : null,
          undated: !m,
          flagged: flaggedIds.has(a.id),
        };
      });
      const inSpan = months.map((mi) => (spanStart === null || mi >= spanStart) && (spanEnd === null || mi <= spanEnd));
      pages.push({ number: pages.length + 1, months, rows, inSpan });
    }
  }
  return pages;
}

/** What the scene writes in words: month names in the user's language, and the notes. */
export interface TimelineLabels {
  /** Two lines for a month column: the month's short name and its year. */
  month: (monthIndex: number) => [string, string];
  noDates: string;
}

/** Geometry in diagram units: every label at least `minLabelFontSize` (readable on the wall). */
export const timelineGeometry = {
  labelWidth: 360,
  monthWidth: 72,
  headerHeight: 80,
  rowHeight: 80,
  fontSize: minLabelFontSize,
  barInset: 12,
} as const;

const flagColour = '#D55E00';
const outsideSpanFill = '#E5E7EB';
const gridColour = '#9CA3AF';

/** One page of the timeline as scene primitives: the same drawing on the canvas and in the PDF. */
export function timelineScene(page: TimelinePage, labels: TimelineLabels): Scene {
  const g = timelineGeometry;
  const p: Primitive[] = [];
  const width = g.labelWidth + page.months.length * g.monthWidth;
  const height = g.headerHeight + page.rows.length * g.rowHeight;
  p.push({ kind: 'rect', x: 0, y: 0, width, height, fill: paper, stroke: ink, strokeWidth: 2 });
  page.months.forEach((m, i) => {
    const x = g.labelWidth + i * g.monthWidth;
    if (!page.inSpan[i])
      p.push({
        kind: 'rect',
        x,
        y: 0,
        width: g.monthWidth,
        height,
        fill: outsideSpanFill,
        stroke: gridColour,
        strokeWidth: 1,
        dash: [6, 6],
      });
    p.push({ kind: 'line', points: [x, 0, x, height], stroke: gridColour, strokeWidth: 1 });
    const [name, year] = labels.month(m);
    p.push({
      kind: 'text',
      x: x + g.monthWidth / 2,
      y: 12,
      lines: [name, year],
      fontSize: g.fontSize,
      lineHeight: 1.15,
      fill: page.inSpan[i] ? ink : mutedInk,
      bold: true,
      target: `month:${m}`,
    });
  });
  p.push({ kind: 'line', points: [0, g.headerHeight, width, g.headerHeight], stroke: ink, strokeWidth: 2 });
  page.rows.forEach((row, r) => {
    const y = g.headerHeight + r * g.rowHeight;
    if (r > 0) p.push({ kind: 'line', points: [0, y, width, y], stroke: gridColour, strokeWidth: 1 });
    const label = fitText(`${row.number}. ${row.what || '…'}`, g.fontSize, g.labelWidth - 24, 2);
    p.push({
      kind: 'text',
      x: g.labelWidth / 2,
      y: y + (g.rowHeight - label.length * g.fontSize * 1.2) / 2,
      lines: label,
      fontSize: g.fontSize,
      lineHeight: 1.2,
      fill: ink,
      target: `activity:${row.activityId}`,
    });
    if (row.bar) {
      const x0 = g.labelWidth + row.bar.from * g.monthWidth + 4;
      const barWidth = (row.bar.to - row.bar.from + 1) * g.monthWidth - 8;
      p.push({
        kind: 'rect',
        x: x0,
        y: y + g.barInset,
        width: barWidth,
        height: g.rowHeight - 2 * g.barInset,
        fill: row.flagged ? flagColour : accent,
        stroke: ink,
        strokeWidth: row.flagged ? 3 : 1,
        ...(row.flagged ? { dash: [8, 6] } : {}),
        cornerRadius: row.bar.continuesBefore || row.bar.continuesAfter ? 0 : 8,
        target: `bar:${row.activityId}`,
      });
      // Who does it, on the bar when it has room (two months or more).
      const who = barWidth >= g.monthWidth * 2 - 8 && row.who ? fitText(row.who, g.fontSize, barWidth - 16, 1) : [];
      if (who.length > 0)
        p.push({
          kind: 'text',
          x: x0 + barWidth / 2,
          y: y + (g.rowHeight - g.fontSize * 1.2) / 2,
          lines: who,
          fontSize: g.fontSize,
          lineHeight: 1.2,
          fill: paper,
          bold: true,
        });
    } else if (row.undated) {
      const note = fitText(labels.noDates, g.fontSize, Math.max(g.monthWidth * 3, 200), 1);
      p.push({
        kind: 'text',
        x: g.labelWidth + Math.min(page.months.length * g.monthWidth, Math.max(g.monthWidth * 3, 200)) / 2,
        y: y + (g.rowHeight - g.fontSize * 1.2) / 2,
        lines: note,
        fontSize: g.fontSize,
        lineHeight: 1.2,
        fill: mutedInk,
      });
    }
  });
  p.push({ kind: 'line', points: [g.labelWidth, 0, g.labelWidth, height], stroke: ink, strokeWidth: 2 });
  return { primitives: p, bounds: boundsOf(p, 8) };
}
