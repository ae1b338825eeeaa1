import { escapeXml } from '../../../shared/scene/svg.js';

/** Escapes text for HTML; every user-typed value passes through here. */
export const esc = escapeXml;

/**
 * A report table. Cells are HTML the caller has escaped. `widths` (percentages) fix the
 * columns, so a 10,000-character name wraps inside its column instead of widening the page.
 */
export function table(headers: string[], rows: string[][], className = '', widths?: number[]): string {
  const cols = widths ? `<colgroup>${widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>` : '';
  const head = headers.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  const layout = widths ? ' style="table-layout:fixed"' : '';
  return `<table class="${className}"${layout}>${cols}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
