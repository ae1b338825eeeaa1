import { formatDate, formatNumber, languageOf } from '../../i18n/format.js';
import type { Translate } from '../../i18n/translate.js';
import type { IndicatorLink } from '../indicators/schema.js';
import type { ChartWords } from './charts.js';
import type { CommunityIndicator } from './progress.js';

/**
 * What monitoring says in words, shared by the screen, the PDF and the poster, so the
 * wall and the paper cannot disagree.
 */
export function valueText(t: Translate, value: number): string {
  return formatNumber(languageOf(t), value, { fractionDigits: Number.isInteger(value) ? 0 : 1 });
}

export function valueWithUnit(t: Translate, value: number, unit: string): string {
  return `${valueText(t, value)} ${unit}`.trim();
}

export function dateText(t: Translate, iso: string): string {
  return iso ? formatDate(languageOf(t), iso) : '';
}

export function percentText(t: Translate, share: number): string {
  return `${formatNumber(languageOf(t), Math.round(share * 100), { fractionDigits: 0 })}%`;
}

export function linkText(t: Translate, link: IndicatorLink): string {
  if (!link) return t('indicators.linkNone');
  return link.kind === 'activity'
    ? t('indicators.linkActivity', { label: link.label })
    : t('indicators.linkObjective', { label: link.objective });
}

/** "Dari 3 RT (1 Jan 2026) menjadi 15 RT paling lambat 31 Des 2026". */
export function targetText(t: Translate, row: Pick<CommunityIndicator, 'indicator'>): string {
  const { baseline, target, unit } = row.indicator;
  return t('indicators.fromTo', {
    baseline: valueWithUnit(t, baseline.value, unit),
    baselineDate: dateText(t, baseline.date),
    target: valueWithUnit(t, target.value, unit),
    due: dateText(t, target.date),
  });
}

/** The plain-language status of one indicator: "Sesuai jadwal: 9 RT, 50% dari jalan". */
export function statusText(t: Translate, row: CommunityIndicator): string {
  const status = t(`monitoring.status.${row.progress.status}`);
  const latest = row.progress.latest;
  if (!latest) return status;
  return t('monitoring.statusLine', {
    status,
    value: valueWithUnit(t, latest.value, row.indicator.unit),
    share: percentText(t, row.progress.share),
  });
}

export function chartWords(t: Translate): ChartWords {
  return {
    formatValue: (n) => valueText(t, n),
    formatDate: (iso) => dateText(t, iso),
    baseline: t('monitoring.baseline'),
    target: t('monitoring.target'),
    due: t('monitoring.due'),
    status: (row) => statusText(t, row),
  };
}

/** One line per chart point for a screen reader and the PDF's text: "Awal 3 RT (1 Jan 2026); ...". */
export function progressSummary(t: Translate, row: CommunityIndicator): string {
  const words = {
    baseline: t('monitoring.baseline'),
    measurement: t('monitoring.measured'),
    target: t('monitoring.target'),
  };
  return row.progress.points
    .map((p) => `${words[p.kind]} ${valueWithUnit(t, p.value, row.indicator.unit)} (${dateText(t, p.date)})`)
    .join('; ');
}
