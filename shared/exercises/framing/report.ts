import { orderBySize } from './consensus.js';
import type { ConsensusDocument, StatementDocument, TreeDocument } from './schema.js';
import { directionCriteria } from './statement.js';
import { treeScene } from './treeLayout.js';
import { sceneToSvg } from '../../scene/svg.js';
import type { ReportContext } from '../definition.js';
import { esc, sectionHeading, table } from '../../report/html.js';

/** The board as the wall showed it: columns largest first with their titles and cards. */
export function consensusReport(doc: ConsensusDocument, { t, title }: ReportContext): string {
  const cards = new Map(doc.cards.map((c) => [c.id, c]));
  const cardList = (ids: readonly string[]): string =>
    `<ul>${ids
      .map((id) => {
        const c = cards.get(id);
        return c ? `<li>${esc(c.text)}${c.group ? ` <em>(${esc(c.group)})</em>` : ''}</li>` : '';
      })
      .join('')}</ul>`;
  const columns = orderBySize({ cards: doc.cards, loose: doc.loose, columns: doc.columns }).columns.map(
    (c) => `<div class="column"><h3>${esc(c.symbol)} ${esc(c.title || '—')}</h3>${cardList(c.cardIds)}</div>`,
  );
  const loose = doc.loose.length
    ? `<div class="column"><h3>${esc(t('framing.loose'))}</h3>${cardList(doc.loose)}</div>`
    : '';
  const resolve = [
    [t('framing.meaning'), doc.resolve.meaning],
    [t('framing.nextSteps'), doc.resolve.nextSteps],
  ]
    .filter(([, v]) => v!.trim())
    .map(([k, v]) => `<h3>${esc(k!)}</h3><p class="prewrap">${esc(v!)}</p>`)
    .join('');
  return `<section class="exercise">${sectionHeading(t('framing.consensus'), title)}
  ${doc.focusQuestion ? `<p class="question">${esc(doc.focusQuestion)}</p>` : ''}
  <div class="columns">${columns.join('')}${loose}</div>${resolve}</section>`;
}

/** Both readings of the tree, as vector diagrams. */
export function treeReport(doc: TreeDocument, { t, title }: ReportContext): string {
  const views = (['problem', 'objective'] as const).map(
    (view) =>
      `<h3>${esc(t(view === 'problem' ? 'framing.problemView' : 'framing.objectiveView'))}</h3><div class="diagram">${sceneToSvg(
        treeScene(doc.nodes, view),
        '100%',
      )}</div>`,
  );
  return `<section class="exercise">${sectionHeading(t('framing.tree'), title)}${views.join('')}</section>`;
}

export function statementReport(doc: StatementDocument, { t, title }: ReportContext): string {
  const rows = directionCriteria.map((c) => [
    esc(t(`framing.criteriaNames.${c}`)),
    `<strong>${esc(doc.criteria[c].met ? t('framing.met') : t('framing.openFlag'))}</strong>`,
    esc(doc.criteria[c].note),
  ]);
  const cites = doc.cites.length
    ? `<h3>${esc(t('framing.cites'))}</h3><ul>${doc.cites.map((c) => `<li>${esc(c.label)}</li>`).join('')}</ul>`
    : '';
  return `<section class="exercise">${sectionHeading(t('framing.statement'), title)}
  <p class="statement">${esc(doc.text)}</p>
  ${doc.explanation ? `<p class="prewrap">${esc(doc.explanation)}</p>` : ''}
  <h3>${esc(t('framing.criteria'))}</h3>
  ${table([t('framing.criteria'), '', t('session.notes')], rows, 'data', [45, 20, 35])}
  ${cites}</section>`;
}
