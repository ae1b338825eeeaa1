import { institutionTable } from './logic.js';
import { vennLayout, type VennView } from './layout.js';
import { vennScene } from './scene.js';
import { signedChange, vennChangeHeaders, vennChangeRows } from './tables.js';
import { institutionKinds, relations, type VennDocument } from './schema.js';
import { sceneToSvg } from '../../scene/svg.js';
import { kindColour, relationColour } from '../../theme.js';
import type { ReportContext } from '../definition.js';
import type { Translate as T } from '../../i18n/translate.js';
import { esc, sectionHeading, table } from '../../report/html.js';

function legend(doc: VennDocument, t: T): string {
  const entries =
    doc.colourBy === 'relation'
      ? relations.map((k) => [t(`venn.relations.${k}`), relationColour[k]] as const)
      : institutionKinds.map((k) => [t(`venn.kinds.${k}`), kindColour[k]] as const);
  const items = entries
    .map(([label, colour]) => `<span class="swatch" style="background:${colour}"></span>${esc(label)}`)
    .join(' &nbsp; ');
  return `<p class="legend"><strong>${esc(t('venn.colourBy'))}: ${esc(
    t(doc.colourBy === 'relation' ? 'venn.colourByRelation' : 'venn.colourByKind'),
  )}</strong><br>${items}</p>`;
}

/** The diagram's room on an A4 page, in CSS px (96 per inch), and its smallest label there (11 px, about 8 pt). */
const printedPage: VennView = { width: 640, height: 760, minLabelPx: 11 };

/** The picture (vector, from the same scene as the canvas) and the derived table. */
function diagramSection(doc: VennDocument, { t, title, communityName }: ReportContext): string {
  // Laid out for the printed page as the canvas is for the wall: very far institutions pulled
  // in (bands and order kept), labels at least about 8 pt on the paper.
  const svg = sceneToSvg(
    vennScene(doc, { communityName, layout: vennLayout(doc, communityName, printedPage) }),
    '100%',
  );
  const rows = institutionTable(doc).map((r) => [
    esc(r.name),
    esc(t(`venn.kinds.${r.kind}`)),
    esc(t(`venn.relations.${r.relation}`)),
    `${r.importance} · ${esc(t(`venn.importanceLevels.${r.importance}`))}`,
    `${r.band} · ${esc(t(`venn.bands.${r.band}`))}`,
    r.ties.map((tie) => `${esc(tie.name)} (${esc(t(`venn.strengths.${tie.strength}`))})`).join(', ') ||
      t('common.none'),
    esc(r.notes),
  ]);
  return `<section class="exercise">
  ${sectionHeading(t('venn.typeName'), title)}
  <div class="diagram">${svg}</div>
  ${legend(doc, t)}
  ${table(
    [
      t('venn.changes.institution'),
      t('venn.kind'),
      t('venn.relation'),
      t('venn.importance'),
      t('venn.closeness'),
      t('venn.ties'),
      t('venn.notes'),
    ],
    rows,
    'data',
    [17, 13, 14, 14, 13, 16, 13],
  )}
</section>`;
}

/** Before/after table: change of size band and closeness band, ties gained and lost. */
function comparisonSection(
  beforeTitle: string,
  before: VennDocument,
  afterTitle: string,
  after: VennDocument,
  t: T,
): string {
  const rows = vennChangeRows(before, after, t).map((c) => [
    esc(c.name) + (c.status ? ` <em>(${esc(c.statusLabel)})</em>` : ''),
    `${c.importance.before} → ${c.importance.after} (${signedChange(c.importance.change, t)})`,
    `${esc(c.closeness.before)} → ${esc(c.closeness.after)} (${signedChange(c.closeness.change, t)})`,
    esc(c.tiesGained),
    esc(c.tiesLost),
  ]);
  return `<section class="exercise">
  <h2>${esc(t('venn.compareTitle', { before: beforeTitle, after: afterTitle }))}</h2>
  ${table(vennChangeHeaders(t), rows, 'data', [24, 17, 25, 17, 17])}
</section>`;
}

/**
 * The diagram with its table; a diagram after another in the same session is read as
 * before/after, so the comparison follows: with the diagram it is the "after" copy of,
 * else with the one made just before it.
 */
export function vennReport(doc: VennDocument, context: ReportContext): string {
  const previous =
    context.earlier.find((e) => e.type === 'venn' && e.id === context.copyOf) ??
    [...context.earlier].reverse().find((e) => e.type === 'venn');
  const section = diagramSection(doc, context);
  if (!previous) return section;
  return `${section}\n${comparisonSection(previous.title, previous.body as VennDocument, context.title, doc, context.t)}`;
}
