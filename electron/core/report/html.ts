import { escapeXml } from '../../../shared/scene/svg.js';

/** Escapes text for HTML; every user-typed value passes through here. */
export const esc = escapeXml;

export function table(headers: string[], rows: string[][], className = ''): string {
  const head = headers.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<table class="${className}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
