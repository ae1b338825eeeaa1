import { esc } from '../../report/html.js';
import { firstOf, posterEmpty, posterHeader, posterKey } from '../../report/poster.js';
import { sceneToSvg } from '../../scene/svg.js';
import type { Poster, PosterContext, PosterSheet } from '../definition.js';
import { overviewScene, progressScene, statusStyle } from './charts.js';
import { communityMonitoring, progressStatuses } from './progress.js';
import type { MonitoringDocument } from './schema.js';
import { chartWords, statusText, targetText } from './words.js';

/** Stuck activities named on the overview sheet; more are counted, not listed. */
const stuckShown = 4;

/**
 * The indicator-progress poster for the notice board, as the community stood on this
 * monitoring session's day: first the overview (every indicator a bar with its status in
 * words, the stuck activities with their obstacles), then one sheet per indicator with its
 * progress chart and its status in large type. Vector throughout.
 */
export function monitoringPoster(_doc: MonitoringDocument, context: PosterContext): Poster {
  const { t } = context;
  const asOf = context.community.filter((e) => e.date <= context.date);
  const monitoring = communityMonitoring(asOf, context.date);
  if (monitoring.indicators.length === 0) throw posterEmpty('no indicator');
  const words = chartWords(t);
  const used = new Set(monitoring.indicators.map((i) => i.progress.status));
  const key = posterKey(
    progressStatuses
      .filter((s) => used.has(s))
      .map((s) => ({ colour: statusStyle[s].fill, label: t(`monitoring.status.${s}`) })),
  );
  const { shown, more } = firstOf(monitoring.stuck, stuckShown);
  const stuck = shown.length
    ? `<p class="poster-big">${esc(t('monitoring.stuckHeading'))}</p>
<ul class="poster-list">${shown
        .map(
          (a) =>
            `<li>${esc(a.label)}${a.obstacle ? `<span class="poster-note"> — ${esc(a.obstacle)}</span>` : ''}</li>`,
        )
        .join('')}</ul>${more ? `<p class="poster-more">${esc(t('posters.more', { count: more }))}</p>` : ''}`
    : `<p class="poster-note">${esc(t('monitoring.stuckNone'))}</p>`;
  const overview: PosterSheet = {
    orientation: 'landscape',
    body: `${posterHeader(context, context.title, t('monitoring.overview'))}
<div class="poster-picture">${sceneToSvg(overviewScene(monitoring.indicators, words), '100%')}</div>
${key}
${stuck}`,
  };
  const charts: PosterSheet[] = monitoring.indicators.map((row) => ({
    orientation: 'landscape',
    body: `${posterHeader(context, row.indicator.name, targetText(t, row))}
<p class="poster-big">${esc(statusText(t, row))}</p>
<div class="poster-picture">${sceneToSvg(progressScene(row, words), '100%')}</div>`,
  }));
  return { style: '', sheets: [overview, ...charts] };
}
