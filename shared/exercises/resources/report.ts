import { capitalColour, capitals, type Capital } from './capitals.js';
import { mapScene } from './mapScene.js';
import { pentagonOf, pentagonScene } from './pentagon.js';
import type { ResourceMapDocument } from './schema.js';
import { capitalNames, pentagonValueRows, resourceProblemRows, resourcesByCapital } from './tables.js';
import { sceneToSvg } from '../../scene/svg.js';
import type { ReportContext } from '../definition.js';
import { esc, sectionHeading, table } from '../../report/html.js';

/** The map (vector), its legend, the resources by capital, their problems, and the pentagon. */
export function resourceMapReport(doc: ResourceMapDocument, { t, title, photos }: ReportContext): string {
  const photoHref = doc.photo ? photos[doc.photo.id] : undefined;
  const letters = Object.fromEntries(capitals.map((c) => [c, t(`resources.letters.${c}`)])) as Record<Capital, string>;
  const names = capitalNames(t);
  const legend = capitals
    .map(
      (c) => `<span class="swatch" style="background:${capitalColour[c]}"></span>${esc(letters[c])} ${esc(names[c])}`,
    )
    .join(' &nbsp; ');
  const rows = resourcesByCapital(doc, t).flatMap((group) =>
    group.rows.map((r) => [
      esc(r.capitalName),
      `<strong>${esc(r.name)}</strong>`,
      String(r.rating),
      esc(r.owner),
      esc(r.description),
    ]),
  );
  const problems = resourceProblemRows(doc, t).map(
    (p) => `<li><strong>${esc(p.resource)}</strong> — ${esc(p.text)}</li>`,
  );
  const values = pentagonValueRows(doc, t).map((v) => [esc(v.capitalName), String(v.count), v.value]);
  return `<section class="exercise">
  ${sectionHeading(t('resources.map'), title)}
  <div class="diagram">${sceneToSvg(mapScene(doc, letters, null, photoHref), '100%')}</div>
  <p class="legend">${legend}</p>
  ${doc.photo && !photoHref ? `<p class="legend">${esc(t('resources.photoNotPrinted'))}</p>` : ''}
  ${table([t('resources.capital'), t('resources.name'), t('resources.rating'), t('resources.owner'), t('resources.description')], rows, 'data', [16, 26, 12, 20, 26])}
  ${problems.length ? `<h3>${esc(t('resources.problems'))}</h3><ul>${problems.join('')}</ul>` : ''}
  <h3>${esc(t('resources.tabPentagon'))}</h3>
  <div class="chart pentagon-chart">${sceneToSvg(pentagonScene([{ values: pentagonOf(doc.resources), stroke: '#0b5cad' }], names), '70%')}</div>
  <p>${esc(t('resources.formula'))}</p>
  ${table([t('resources.capital'), t('resources.count'), t('resources.value')], values, 'data', [50, 25, 25])}
</section>`;
}
