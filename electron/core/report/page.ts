import { formatDate } from '#shared/i18n/format.js';
import type { Language } from '#shared/i18n/languages.js';
import { esc } from '#shared/report/html.js';
import type { Translate } from '#shared/i18n/translate.js';
import { inlineFontFaces } from './fonts.js';

/**
 * Every printed page (session report, programme report, posters) is one self-contained
 * HTML document: the bundled fonts inlined, nothing fetched (the policy forbids any load
 * but inline styles, fonts and, where a report holds photos, data images).
 */
export function printablePage(page: {
  language: Language;
  resourcesDir: string;
  title?: string;
  styles: string;
  body: string;
  /** Data-URL images (the session report's photos); off by default. */
  images?: boolean;
}): string {
  const imageSource = page.images ? '; img-src data:' : '';
  return `<!doctype html>
<html lang="${page.language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:${imageSource}">
${page.title === undefined ? '' : `<title>${esc(page.title)}</title>\n`}<style>${inlineFontFaces(page.resourcesDir)}
${page.styles}</style></head>
<body>
${page.body}
</body></html>`;
}

/** The footer Chromium repeats on each report page: who, when printed, page n of m. */
export function reportFooter(t: Translate, language: Language, communityName: string, now: Date): string {
  const generated = esc(t('report.generated', { date: formatDate(language, now.toISOString().slice(0, 10)) }));
  return `<div style="font-size:8pt;width:100%;padding:0 14mm;display:flex;justify-content:space-between;font-family:sans-serif;color:#374151"><span>${esc(
    communityName,
  )} — ${generated}</span><span>${esc(t('report.page'))} <span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`;
}
