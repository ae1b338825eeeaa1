import { escapeXml } from '../scene/svg.js';

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

/**
 * A section's heading: the exercise's title, prefixed by its type's name unless the
 * title is that name (a new exercise is titled by its type), and its question if any.
 */
export function sectionHeading(typeName: string, title: string, question = ''): string {
  const heading = title === typeName ? title : `${typeName}: ${title}`;
  return `<h2>${esc(heading)}</h2>${question ? `<p class="question">${esc(question)}</p>` : ''}`;
}
