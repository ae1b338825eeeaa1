import { fitText } from '../../scene/fitText.js';
import { esc } from '../../report/html.js';
import type { Translate } from '../../i18n/translate.js';
import { whenText } from './report.js';
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
  const s = planPosterSizes[size];
  return s.width - 2 * Math.round(s.width * 0.04) - 28;
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
 * The poster's body (sheets, each a page), given the header it repeats (community, goal)
 * and the timeline pages as vector SVG to follow the table.
 */
export function planPosterHtml(
  doc: ActionPlanDocument,
  size: PlanPosterSize,
  t: Translate,
  header: { community: string; date: string },
  timelineSvgs: readonly string[],
): { style: string; body: string } {
  const s = planPosterSizes[size];
  const margin = Math.round(s.width * 0.04);
  const small = Math.round(s.fontSize * 0.8);
  const sheets = planPosterSheets(doc, size, t);
  const pages = sheets.length + timelineSvgs.length;
  const lines = (l: readonly string[]): string => l.map(esc).join('<br>');
  const head = (page: number): string => `<header>
<p class="community">${esc(header.community)} · ${esc(header.date)}</p>
<p class="title">${esc(t('actionPlan.posterTitle'))}${doc.goal.trim() ? `: ${esc(doc.goal.trim())}` : ''}</p>
${pages > 1 ? `<p class="sheet">${esc(t('actionPlan.posterPage', { page, pages }))}</p>` : ''}
</header>`;
  const sheetHtml = sheets
    .map(
      (sheet) => `<section class="sheet-page">${head(sheet.number)}
<table><colgroup>${columnShares.map((w) => `<col style="width:${w * 100}%">`).join('')}</colgroup>
<thead><tr><th>${esc(t('actionPlan.number'))}</th><th>${esc(t('actionPlan.what'))}</th><th>${esc(
        t('actionPlan.posterWho'),
      )}</th><th>${esc(t('actionPlan.posterWhen'))}</th></tr></thead>
<tbody>${sheet.rows
        .map(
          (r) =>
            `<tr><td class="no">${esc(r.number)}</td><td class="what">${lines(r.what)}</td><td>${lines(r.who)}</td><td>${lines(r.when)}</td></tr>`,
        )
        .join('')}</tbody></table></section>`,
    )
    .join('\n');
  const timelineHtml = timelineSvgs
    .map(
      (svg, i) =>
        `<section class="sheet-page">${head(sheets.length + i + 1)}<div class="timeline">${svg}</div></section>`,
    )
    .join('\n');
  const style = `@page { size: ${size} landscape; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Atkinson Hyperlegible', sans-serif; color: #111827; }
.sheet-page { width: ${s.width}px; height: ${s.height}px; padding: ${margin}px; border: 14px solid #0b5cad; page-break-after: always; overflow: hidden; display: flex; flex-direction: column; gap: ${small * 0.5}px; }
.sheet-page:last-child { page-break-after: auto; }
header p { margin: 0; }
.community { font-size: ${small}px; color: #374151; }
.title { font-size: ${s.fontSize * 1.2}px; font-weight: 700; line-height: 1.15; max-height: ${s.fontSize * 1.2 * 1.15 * 2}px; overflow: hidden; }
.sheet { font-size: ${small}px; color: #374151; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: ${s.fontSize}px; line-height: 1.2; }
th { text-align: left; font-size: ${small}px; text-transform: uppercase; letter-spacing: 0.05em; border-bottom: 4px solid #111827; padding: ${small * 0.3}px ${s.fontSize * 0.4}px; }
td { vertical-align: top; border-bottom: 2px solid #9CA3AF; padding: ${s.fontSize * 0.3}px ${s.fontSize * 0.4}px; overflow-wrap: anywhere; }
td.what { font-weight: 700; }
td.no { font-weight: 700; }
.timeline { flex: 1; min-height: 0; display: flex; align-items: flex-start; }
.timeline svg { width: 100%; height: 100%; }`;
  return { style, body: `${sheetHtml}\n${timelineHtml}` };
}
