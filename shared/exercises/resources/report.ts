import { capitalColour, capitals, resourceProblems, type Capital } from './capitals.js';
import { mapScene } from './mapScene.js';
import { pentagonOf, pentagonScene } from './pentagon.js';
import type { ResourceMapDocument } from './schema.js';
import { sceneToSvg } from '../../scene/svg.js';
import type { ReportContext } from '../definition.js';
import { esc, sectionHeading, table } from '../../report/html.js';

/** The map (vector), its legend, the resources by capital, their problems, and the pentagon. */
export function resourceMapReport(doc: ResourceMapDocument, { t, title, photos }: ReportContext): string {
  const photoHref = doc.photo ? photos[doc.photo.id] : undefined;
  const letters = Object.fromEntries(capitals.map((c) => [c, t(`resources.letters.${c}`)])) as Record<Capital, string>;
  const names = Object.fromEntries(capitals.map((c) => [c, t(`resources.capitals.${c}`)])) as Record<Capital, string>;
  const legend = capitals
    .map(
      (c) => `<span class="swatch" style="background:${capitalColour[c]}"></span>${esc(letters[c])} ${esc(names[c])}`,
    )
    .join(' &nbsp; ');
  const rows = capitals.flatMap((c) =>
    doc.resources
      .filter((r) => r.capital === c)
      .map((r) => [
        esc(names[c]),
        `<strong>${esc(r.name)}</strong>`,
        String(r.rating),
        esc(r.owner),
        esc(r.description),
      ]),
  );
  const problems = doc.resources.flatMap((r) =>
    resourceProblems
      .filter((p) => r.problems[p] !== undefined)
      .map(
        (p) =>
          `<li><strong>${esc(r.name)}</strong> — ${esc(t(`resources.problemNames.${p}`))}${r.problems[p] ? `: ${esc(r.problems[p]!)}` : ''}</li>`,
      ),
  );
  const pentagon = pentagonOf(doc.resources);
  const values = capitals.map((c) => [
    esc(names[c]),
    String(doc.resources.filter((r) => r.capital === c).length),
    pentagon[c].toFixed(2),
  ]);
  return `<section class="exercise">
  ${sectionHeading(t('resources.map'), title)}
  <div class="diagram">${sceneToSvg(mapScene(doc, letters, null, photoHref), '100%')}</div>
  <p class="legend">${legend}</p>
  ${table([t('resources.capital'), t('resources.name'), t('resources.rating'), t('resources.owner'), t('resources.description')], rows, 'data', [16, 26, 12, 20, 26])}
  ${problems.length ? `<h3>${esc(t('resources.problems'))}</h3><ul>${problems.join('')}</ul>` : ''}
  <h3>${esc(t('resources.tabPentagon'))}</h3>
  <div class="chart pentagon-chart">${sceneToSvg(pentagonScene([{ values: pentagon, stroke: '#0b5cad' }], names), '70%')}</div>
  <p>${esc(t('resources.formula'))}</p>
  ${table([t('resources.capital'), t('resources.count'), t('resources.value')], values, 'data', [50, 25, 25])}
</section>`;
}
