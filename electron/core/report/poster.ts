import { fitPoster, posterSizes, posterTextBox, type PosterSize } from '#shared/exercises/framing/statement.js';
import type { StatementDocument } from '#shared/exercises/framing/schema.js';
import { formatDate } from '#shared/i18n/format.js';
import type { Language } from '#shared/i18n/languages.js';
import { backendTranslator } from '../translate.js';
import type { Community } from '#shared/model/community.js';
import { AppFailure } from '#shared/result.js';
import { printablePage } from './page.js';
import { esc } from '#shared/report/html.js';

/**
 * The notice-board poster: the community, the date, the framed solution in the largest
 * type that fits (never below the size readable from two metres), and the main points.
 */
export function buildPoster(
  statement: StatementDocument,
  community: Community,
  date: string,
  size: PosterSize,
  language: Language,
  resourcesDir: string,
): string {
  const t = backendTranslator(language);
  const box = posterTextBox(size);
  const page = posterSizes[size];
  const fit = fitPoster(statement.text.trim(), box.width, box.height, page.maxSize, page.minSize);
  if (!fit || statement.text.trim() === '')
    throw new AppFailure('poster_too_long', `statement does not fit an ${size} poster`);
  const points = statement.cites
    .slice(0, 5)
    .map((c) => `<li>${esc(c.label)}</li>`)
    .join('');
  const small = Math.round(page.minSize * 0.75);
  return printablePage({
    language,
    resourcesDir,
    styles: `@page { size: ${size}; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; width: ${page.width}px; height: ${page.height}px; font-family: 'Atkinson Hyperlegible', sans-serif; color: #111827; }
.poster { height: 100%; padding: ${page.width * 0.08}px; display: flex; flex-direction: column; gap: ${small * 0.6}px; border: 14px solid #0b5cad; }
.community { font-size: ${page.minSize}px; font-weight: 700; margin: 0; }
.date { font-size: ${small}px; margin: 0; color: #374151; }
.statement { font-size: ${fit.fontSize}px; line-height: 1.2; font-weight: 700; margin: 0; min-height: ${box.height}px; display: flex; align-items: center; }
.points { font-size: ${page.minSize}px; font-weight: 700; margin: 0; padding-left: 1.2em; }
.points-title { font-size: ${small}px; text-transform: uppercase; letter-spacing: 0.08em; margin: 0; color: #374151; }`,
    body: `<div class="poster">
<p class="community">${esc(community.name)}</p>
<p class="date">${esc(formatDate(language, date))}</p>
<p class="statement">${fit.lines.map(esc).join('<br>')}</p>
${points ? `<p class="points-title">${esc(t('framing.posterClusters'))}</p><ul class="points">${points}</ul>` : ''}
</div>`,
  });
}
