import { formatDate, formatDateTime, formatNumber } from '#shared/i18n/format.js';
import type { Language } from '#shared/i18n/languages.js';
import type { Translate } from '#shared/i18n/translate.js';
import {
  currentStepLabel,
  overviewIndicatorStatuses,
  sortOverviewRows,
  stuckLines,
  type Overview,
  type OverviewCommunity,
  type OverviewSort,
  type OverviewSortKey,
} from '#shared/model/overview.js';
import { esc } from '#shared/report/html.js';
import { backendTranslator } from './translate.js';
import { printablePage, reportFooter } from './report/page.js';

const css = `
@page { size: A4 landscape; margin: 12mm 10mm 16mm 10mm; }
* { box-sizing: border-box; }
body { font-family: 'Atkinson Hyperlegible', sans-serif; color: #111827; font-size: 9.5pt; line-height: 1.3; margin: 0; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
.meta { color: #374151; margin: 0 0 1mm; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; margin: 3mm 0; table-layout: fixed; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #6b7280; padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #e5e7eb; }
td.num, th.num { text-align: right; }
.file { display: block; color: #374151; font-size: 8.5pt; }
ul { margin: 0; padding-left: 4mm; }
tr.refused td { background: #fef3c7; }
.warn { font-weight: 700; }
`;

/** The column a sort key names, in the user's language. */
export function sortColumnLabel(key: OverviewSortKey, t: Translate): string {
  return t(`overview.columns.${key}`);
}

function indicatorsCell(row: OverviewCommunity, t: Translate, n: (v: number) => string): string {
  const parts = overviewIndicatorStatuses
    .filter((s) => row.indicators[s] > 0)
    .map((s) => `<li>${esc(t(`overview.indicatorStatus.${s}`))}: ${n(row.indicators[s])}</li>`);
  return parts.length ? `<ul>${parts.join('')}</ul>` : esc(t('overview.indicatorsNone'));
}

function stuckCell(row: OverviewCommunity, t: Translate): string {
  const lines = stuckLines(row);
  return lines.length ? `<ul>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : esc(t('overview.none'));
}

/**
 * The overview as one A4-landscape table, in the order the coordinator sorted it on
 * screen; files that could not be read are listed last with their reason. One
 * self-contained page (fonts inlined), printed by the host like every report.
 */
export function buildOverviewReport(
  overview: Overview,
  sort: OverviewSort,
  language: Language,
  resourcesDir: string,
  now = new Date(),
): { html: string; footerHtml: string } {
  const t = backendTranslator(language);
  const n = (v: number): string => formatNumber(language, v);
  const rows = sortOverviewRows(overview.rows, sort);
  const communities = rows.filter((r) => r.kind === 'community').length;
  const body = rows
    .map((row) => {
      if (row.kind === 'refused')
        return `<tr class="refused"><td>${esc(row.fileName)}</td><td colspan="7" class="warn">${esc(
          t(`overview.refusals.${row.reason}`),
        )}</td></tr>`;
      const damaged =
        row.damagedExercises > 0
          ? `<span class="file warn">${esc(t('overview.damagedExercises', { count: n(row.damagedExercises) }))}</span>`
          : '';
      return `<tr><td><strong>${esc(row.name)}</strong>${row.place ? `<span class="file">${esc(row.place)}</span>` : ''}<span class="file">${esc(
        row.fileName,
      )}</span>${damaged}</td>
<td>${esc(currentStepLabel(row, t))}</td>
<td>${esc(row.lastSession ? formatDate(language, row.lastSession) : t('overview.noSession'))}</td>
<td class="num">${n(row.attendance.women)}</td><td class="num">${n(row.attendance.men)}</td><td class="num">${n(
        row.attendance.total,
      )}</td>
<td>${indicatorsCell(row, t, n)}</td><td>${stuckCell(row, t)}</td></tr>`;
    })
    .join('\n');
  const headers: [string, string, number][] = [
    [t('overview.columns.community'), '', 20],
    [t('overview.columns.step'), '', 14],
    [t('overview.columns.lastSession'), '', 10],
    [t('overview.columns.women'), 'num', 8],
    [t('overview.columns.men'), 'num', 8],
    [t('overview.columns.total'), 'num', 8],
    [t('overview.columns.indicators'), '', 13],
    [t('overview.columns.stuck'), '', 19],
  ];
  const direction = t(sort.direction === 'asc' ? 'overview.sortedAsc' : 'overview.sortedDesc');
  const html = printablePage({
    language,
    resourcesDir,
    title: t('overview.pdfTitle'),
    styles: css,
    body: `<h1>${esc(t('overview.pdfTitle'))}</h1>
<p class="meta">${esc(t('overview.folder', { folder: overview.folder }))}</p>
<p class="meta">${esc(t('overview.readAt', { time: formatDateTime(language, overview.readAt) }))} · ${esc(
      t('overview.counts', { communities: n(communities), refused: n(rows.length - communities) }),
    )} · ${esc(t('overview.pdfSorted', { column: sortColumnLabel(sort.key, t), direction }))}</p>
<p class="meta">${esc(t('overview.attendanceHint'))}</p>
<table><colgroup>${headers.map(([, , w]) => `<col style="width:${w}%">`).join('')}</colgroup>
<thead><tr>${headers.map(([h, cls]) => `<th${cls ? ` class="${cls}"` : ''}>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>${body}</tbody></table>`,
  });
  return { html, footerHtml: reportFooter(t, language, t('overview.pdfTitle'), now) };
}
