import { esc, sectionHeading, table } from '../../report/html.js';
import { sceneToSvg } from '../../scene/svg.js';
import type { DatedExercise, ReportContext } from '../definition.js';
import { overviewScene, progressScene } from './charts.js';
import { communityMonitoring, type CommunityMonitoring } from './progress.js';
import type { MonitoringDocument } from './schema.js';
import { chartWords, dateText, progressSummary, statusText, valueWithUnit } from './words.js';

/**
 * The community's monitoring as this session saw it: its own exercises (from `community`,
 * cut at this session's date by the caller) or, without a file at hand, this document alone.
 */
export function monitoringAsOf(
  doc: MonitoringDocument,
  context: Pick<ReportContext, 'community' | 'title'>,
): CommunityMonitoring {
  const alone: DatedExercise = {
    id: 'this',
    type: 'monitoring',
    title: context.title,
    body: doc,
    sessionId: '',
    date: '',
  };
  return communityMonitoring(context.community ?? [alone]);
}

/** The session PDF's section: the wall overview, each indicator's chart, this session's measurements and the activities. */
export function monitoringReport(doc: MonitoringDocument, context: ReportContext): string {
  const { t, title } = context;
  const monitoring = monitoringAsOf(doc, context);
  const words = chartWords(t);
  const names = new Map(monitoring.indicators.map((i) => [i.indicator.id, i.indicator]));
  const measurementRows = doc.measurements.map((m) => {
    const indicator = names.get(m.indicatorId);
    return [
      esc(indicator?.name ?? t('monitoring.indicatorGone')),
      esc(valueWithUnit(t, m.value, indicator?.unit ?? '')),
      esc(dateText(t, m.date)),
      esc(m.measuredBy),
      `${esc(m.note)}${m.photoId && context.photos[m.photoId] ? `<br><img class="evidence" alt="" src="${context.photos[m.photoId]}">` : ''}`,
    ];
  });
  const activityRows = monitoring.activities.map((a) => [
    `${esc(a.label)}${a.missing ? ` <em>${esc(t('monitoring.activityGone'))}</em>` : ''}`,
    `<strong>${esc(t(`monitoring.states.${a.status}`))}</strong>`,
    esc(a.obstacle),
    esc(dateText(t, a.date)),
  ]);
  const charts = monitoring.indicators.map(
    (row) => `<div class="diagram progress-chart">
    <h3>${esc(row.indicator.name)}</h3>
    <p><strong>${esc(statusText(t, row))}</strong></p>
    ${sceneToSvg(progressScene(row, words), '100%')}
    <p class="legend">${esc(progressSummary(t, row))}</p>
  </div>`,
  );
  return `<section class="exercise monitoring">
  ${sectionHeading(t('monitoring.typeName'), title)}
  ${
    monitoring.indicators.length
      ? `<h3>${esc(t('monitoring.overview'))}</h3><div class="diagram overview">${sceneToSvg(overviewScene(monitoring.indicators, words), '100%')}</div>`
      : `<p>${esc(t('monitoring.noIndicators'))}</p>`
  }
  <h3>${esc(t('monitoring.measurementsHeading'))}</h3>
  ${
    measurementRows.length
      ? table(
          [
            t('monitoring.indicator'),
            t('monitoring.valueHeading'),
            t('monitoring.date'),
            t('monitoring.measuredBy'),
            t('monitoring.note'),
          ],
          measurementRows,
          'data',
          [28, 14, 14, 16, 28],
        )
      : `<p>${esc(t('monitoring.noMeasurements'))}</p>`
  }
  <h3>${esc(t('monitoring.activitiesHeading'))}</h3>
  ${
    activityRows.length
      ? table(
          [
            t('monitoring.activity'),
            t('monitoring.stateHeading'),
            t('monitoring.obstacle'),
            t('monitoring.recordedOn'),
          ],
          activityRows,
          'data',
          [36, 16, 34, 14],
        )
      : `<p>${esc(t('monitoring.noPlan'))}</p>`
  }
  ${charts.join('\n')}
</section>`;
}

export const monitoringReportStyle = `.monitoring .progress-chart { page-break-inside: avoid; }
.monitoring .progress-chart svg, .monitoring .overview svg { max-height: 120mm; }
.monitoring img.evidence { max-width: 60mm; max-height: 45mm; margin-top: 1mm; }`;
