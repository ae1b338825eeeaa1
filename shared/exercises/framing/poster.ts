import { formatDate } from '../../i18n/format.js';
import { esc } from '../../report/html.js';
import { mutedInk } from '../../theme.js';
import { AppFailure } from '../../result.js';
import type { Poster, PosterContext } from '../definition.js';
import type { StatementDocument } from './schema.js';
import { fitPoster, posterSizes, posterTextBox } from './statement.js';

/**
 * The notice-board poster of the framed solution: the community, the date, the statement in
 * the largest type that fits (never below the size readable from two metres), and the
 * main points. Refused (`poster_too_long`) when even the smallest readable type does not fit.
 */
export function statementPoster(statement: StatementDocument, context: PosterContext): Poster {
  const { size, t } = context;
  const box = posterTextBox(size);
  const page = posterSizes[size];
  const text = statement.text.trim();
  const fit = text === '' ? null : fitPoster(text, box.width, box.height, page.maxSize, page.minSize);
  if (!fit) throw new AppFailure('poster_too_long', `statement does not fit an ${size} poster`);
  const points = statement.cites
    .slice(0, 5)
    .map((c) => `<li>${esc(c.label)}</li>`)
    .join('');
  const small = Math.round(page.minSize * 0.75);
  const style = `.statement-community { font-size: ${page.minSize}px; font-weight: 700; }
.statement-date { font-size: ${small}px; color: ${mutedInk}; }
.statement-text { line-height: 1.2; font-weight: 700; min-height: ${box.height}px; display: flex; align-items: center; }
.statement-points { font-size: ${page.minSize}px; font-weight: 700; padding-left: 1.2em; }
.statement-points-title { font-size: ${small}px; text-transform: uppercase; letter-spacing: 0.08em; color: ${mutedInk}; }`;
  const body = `<p class="statement-community">${esc(context.communityName)}</p>
<p class="statement-date">${esc(formatDate(context.language, context.date))}</p>
<p class="statement-text" style="font-size:${fit.fontSize}px">${fit.lines.map(esc).join('<br>')}</p>
${points ? `<p class="statement-points-title">${esc(t('framing.posterClusters'))}</p><ul class="statement-points">${points}</ul>` : ''}`;
  return { style, sheets: [{ orientation: 'portrait', body }] };
}
