import { formatDate } from '../../i18n/format.js';
import type { Translate } from '../../i18n/translate.js';
import { esc } from '../../report/html.js';
import { posterInner } from '../../report/poster.js';
import { AppFailure } from '../../result.js';
import { fitText } from '../../scene/fitText.js';
import { ink, mutedInk } from '../../theme.js';
import type { Poster, PosterContext, PosterSheet } from '../definition.js';
import { timelineSvgs, whenText } from './report.js';
import type { ActionPlanDocument } from './schema.js';

/**
 * The notice-board poster of a plan: what, who, when, one row per activity, in type read
 * from two metres (the framed statement's poster uses the same minimum sizes). Sheets are
 * landscape and hold a fixed number of rows, each text cut to two lines with an ellipsis,
 * so a plan of 200 activities becomes numbered sheets instead of tiny type.
 */
export const planPosterSizes = {
  A4: { width: 1123, height: 794, fontSize: 30, rowsPerSheet: 6 },
  A3: { width: 1587, height: 1123, fontSize: 42, rowsPerSheet: 7 },
} as const;
export type PlanPosterSize = keyof typeof planPosterSizes;

/** Column widths as shares of the text width: number, what, who, when. */
const columnShares = [0.07, 0.45, 0.28, 0.2] as const;

export interface PlanPosterRow {
  number: string;
  what: string[];
  who: string[];
  when: string[];
}

export interface PlanPosterSheet {
  number: number;
  rows: PlanPosterRow[];
}

export function planPosterTextWidth(size: PlanPosterSize): number {
  return posterInner(size, 'landscape').width;
}

/** The sheets' rows, each cell already broken into at most two lines at the poster's type size. */
export function planPosterSheets(doc: ActionPlanDocument, size: PlanPosterSize, t: Translate): PlanPosterSheet[] {
  const s = planPosterSizes[size];
  const width = planPosterTextWidth(size);
  // Cells have padding on both sides; lines are broken a little inside the column.
  const cell = (share: number): number => width * share - s.fontSize * 0.8;
  const rows: PlanPosterRow[] = doc.activities.map((a, i) => ({
    number: String(i + 1),
    what: fitText(a.what.trim() || '…', s.fontSize, cell(columnShares[1]), 2),
    who: fitText(
      a.responsible
        .map((p) => p.name.trim())
        .filter(Boolean)
        .join(', ') || '…',
      s.fontSize,
      cell(columnShares[2]),
      2,
    ),
    when: fitText(whenText(t, a) || t('actionPlan.noDates'), s.fontSize, cell(columnShares[3]), 2),
  }));
  const sheets: PlanPosterSheet[] = [];
  for (let at = 0; at < rows.length; at += s.rowsPerSheet)
    sheets.push({ number: sheets.length + 1, rows: rows.slice(at, at + s.rowsPerSheet) });
  return sheets.length > 0 ? sheets : [{ number: 1, rows: [] }];
}

/**
 * The plan's poster: the sheets of the table, each with the header it repeats (community,
 * date, goal), then the timeline pages as vector SVG. Refused (`poster_empty`) while the
 * plan has no activity.
 */
export function actionPlanPoster(doc: ActionPlanDocument, context: PosterContext): Poster {
  const { size, t } = context;
  if (doc.activities.length === 0) throw new AppFailure('poster_empty', 'the plan has no activity yet');
  const s = planPosterSizes[size];
  const small = Math.round(s.fontSize * 0.8);
  const sheets = planPosterSheets(doc, size, t);
  const timeline = timelineSvgs(doc, t);
  const pages = sheets.length + timeline.length;
  const lines = (l: readonly string[]): string => l.map(esc).join('<br>');
  const head = (page: number): string => `<header>
<p class="plan-community">${esc(context.communityName)} · ${esc(formatDate(context.language, context.date))}</p>
<p class="plan-title">${esc(t('actionPlan.posterTitle'))}${doc.goal.trim() ? `: ${esc(doc.goal.trim())}` : ''}</p>
${pages > 1 ? `<p class="plan-sheet">${esc(t('actionPlan.posterPage', { page, pages }))}</p>` : ''}
</header>`;
  const tableSheets: PosterSheet[] = sheets.map((sheet) => ({
    orientation: 'landscape',
    body: `${head(sheet.number)}
<table class="plan-table"><colgroup>${columnShares.map((w) => `<col style="width:${w * 100}%">`).join('')}</colgroup>
<thead><tr><th>${esc(t('actionPlan.number'))}</th><th>${esc(t('actionPlan.what'))}</th><th>${esc(
      t('actionPlan.posterWho'),
    )}</th><th>${esc(t('actionPlan.posterWhen'))}</th></tr></thead>
<tbody>${sheet.rows
      .map(
        (r) =>
          `<tr><td class="plan-no">${esc(r.number)}</td><td class="plan-what">${lines(r.what)}</td><td>${lines(r.who)}</td><td>${lines(r.when)}</td></tr>`,
      )
      .join('')}</tbody></table>`,
  }));
  const timelineSheets: PosterSheet[] = timeline.map((svg, i) => ({
    orientation: 'landscape',
    body: `${head(sheets.length + i + 1)}<div class="plan-timeline">${svg}</div>`,
  }));
  const style = `.plan-community { font-size: ${small}px; color: ${mutedInk}; }
.plan-title { font-size: ${s.fontSize * 1.2}px; font-weight: 700; line-height: 1.15; max-height: ${s.fontSize * 1.2 * 1.15 * 2}px; overflow: hidden; }
.plan-sheet { font-size: ${small}px; color: ${mutedInk}; }
.plan-table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: ${s.fontSize}px; line-height: 1.2; }
.plan-table th { text-align: left; font-size: ${small}px; text-transform: uppercase; letter-spacing: 0.05em; border-bottom: 4px solid ${ink}; padding: ${small * 0.3}px ${s.fontSize * 0.4}px; }
.plan-table td { vertical-align: top; border-bottom: 2px solid #9CA3AF; padding: ${s.fontSize * 0.3}px ${s.fontSize * 0.4}px; overflow-wrap: anywhere; }
.plan-table td.plan-what, .plan-table td.plan-no { font-weight: 700; }
.plan-timeline { flex: 1; min-height: 0; display: flex; align-items: flex-start; }
.plan-timeline svg { width: 100%; height: 100%; }`;
  return { style, sheets: [...tableSheets, ...timelineSheets] };
}
