import {
  capitalColour,
  capitals,
  resourceProblems,
  type Capital,
} from '../../../../shared/exercises/resources/capitals.js';
import { mapScene } from '../../../../shared/exercises/resources/mapScene.js';
import { pentagonOf, pentagonScene } from '../../../../shared/exercises/resources/pentagon.js';
import type { ResourceMapDocument } from '../../../../shared/exercises/resources/schema.js';
import { sceneToSvg } from '../../../../shared/scene/svg.js';
import { esc, table } from '../html.js';

type T = (key: string, params?: Record<string, string | number>) => string;

/** The map (vector), its legend, the resources by capital, their problems, and the pentagon. */
export function resourceMapSection(title: string, doc: ResourceMapDocument, t: T, photoHref?: string): string {
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
  const heading = title === t('resources.map') ? title : `${t('resources.map')}: ${title}`;
  return `<section class="exercise">
  <h2>${esc(heading)}</h2>
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
