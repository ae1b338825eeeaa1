import { esc, sectionHeading, table } from '../../report/html.js';
import type { ReportContext } from '../definition.js';
import { dateText, linkText, valueWithUnit } from '../monitoring/words.js';
import type { IndicatorsDocument } from './schema.js';

/** The session PDF's section: every indicator with its unit, baseline, target, due date and what it watches. */
export function indicatorsReport(doc: IndicatorsDocument, { t, title }: ReportContext): string {
  const rows = doc.indicators.map((i, n) => [
    String(n + 1),
    `<strong>${esc(i.name)}</strong>`,
    esc(i.unit),
    `${esc(valueWithUnit(t, i.baseline.value, i.unit))}<br><small>${esc(dateText(t, i.baseline.date))}</small>`,
    `${esc(valueWithUnit(t, i.target.value, i.unit))}`,
    esc(dateText(t, i.target.date)),
    esc(linkText(t, i.link)),
  ]);
  return `<section class="exercise indicators">
  ${sectionHeading(t('indicators.typeName'), title)}
  ${
    rows.length
      ? table(
          [
            t('indicators.number'),
            t('indicators.name'),
            t('indicators.unit'),
            t('indicators.baseline'),
            t('indicators.targetValue'),
            t('indicators.dueDate'),
            t('indicators.link'),
          ],
          rows,
          'data',
          [5, 27, 9, 15, 11, 12, 21],
        )
      : `<p>${esc(t('indicators.empty'))}</p>`
  }
</section>`;
}
