import { formatDate } from '../../i18n/format.js';
import { esc } from '../../report/html.js';
import { accent, ink, mutedInk } from '../../theme.js';
import { AppFailure } from '../../result.js';
import { posterEmpty, posterHeader } from '../../report/poster.js';
import { sceneToSvg } from '../../scene/svg.js';
import type { Poster, PosterContext, PosterSheet } from '../definition.js';
import { orderBySize } from './consensus.js';
import type { ConsensusDocument, StatementDocument, TreeDocument } from './schema.js';
import { fitPoster, posterSizes, posterTextBox } from './statement.js';
import { treeScene } from './treeLayout.js';

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

/** Columns a board's poster names; the rest are counted ("… and 3 more"). */
export const consensusPosterColumns = 6;

/**
 * The consensus board for the notice board: what the group agreed, as the named columns
 * largest first (symbol, name, how many cards), the focus question above them and what it
 * means below, in few words.
 */
export function consensusPoster(doc: ConsensusDocument, context: PosterContext): Poster {
  const { t } = context;
  const columns = orderBySize({ cards: doc.cards, loose: doc.loose, columns: doc.columns }).columns;
  if (columns.length === 0) throw posterEmpty('no column on the board');
  const shown = columns.slice(0, consensusPosterColumns);
  const more = columns.length - shown.length;
  const boxes = shown
    .map(
      (
        c,
      ) => `<li class="consensus-box"><span class="consensus-name"><span class="consensus-symbol">${esc(c.symbol)}</span> ${esc(
        c.title.trim() || '—',
      )}</span>
<span class="consensus-count">${esc(t('posters.cardCount', { count: c.cardIds.length }))}</span></li>`,
    )
    .join('');
  // Two boxes side by side, four as two by two, more in rows of three: each as large as fits.
  const across = shown.length <= 2 ? shown.length : shown.length <= 4 ? 2 : 3;
  const meaning = doc.resolve.meaning.trim();
  const body = `${posterHeader(context, doc.focusQuestion.trim() || context.title, doc.focusQuestion.trim() ? context.title : '')}
<ol class="consensus-boxes" style="grid-template-columns: repeat(${across}, minmax(0, 1fr))">${boxes}</ol>
${more > 0 ? `<p class="poster-more">${esc(t('posters.more', { count: more }))}</p>` : ''}
${meaning ? `<p class="poster-note consensus-meaning"><strong>${esc(t('framing.meaning'))}</strong> ${esc(meaning)}</p>` : ''}`;
  const style = `.consensus-boxes { list-style: none; padding: 0; flex: 1; min-height: 0; display: grid; grid-auto-rows: minmax(0, 1fr); gap: 0.4em; }
.consensus-box { border: 5px solid ${ink}; border-radius: 12px; padding: 0.3em 0.5em; display: flex; flex-direction: column; justify-content: space-between; gap: 0.2em; overflow: hidden; min-height: 0; }
.consensus-box:first-child { border-color: ${accent}; border-width: 8px; }
.consensus-symbol { color: ${accent}; }
.consensus-name { font-weight: 700; overflow-wrap: anywhere; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.consensus-count { font-size: 0.75em; color: ${mutedInk}; }
.consensus-meaning { max-height: 2.5em; overflow: hidden; flex-shrink: 0; }`;
  return { style, sheets: [{ orientation: 'landscape', body }] };
}

/**
 * The tree for the notice board: the problem tree, then the objective tree when boxes have
 * their objective written, each on its own sheet, as the vector scene of the wall.
 */
export function treePoster(doc: TreeDocument, context: PosterContext): Poster {
  const { t } = context;
  if (doc.nodes.length === 0) throw posterEmpty('no box in the tree');
  const views = doc.nodes.some((n) => n.objective.trim())
    ? (['problem', 'objective'] as const)
    : (['problem'] as const);
  const sheets: PosterSheet[] = views.map((view) => ({
    orientation: 'landscape',
    body: `${posterHeader(
      context,
      t(view === 'problem' ? 'framing.problemView' : 'framing.objectiveView'),
      context.title === t('framing.tree') ? '' : context.title,
    )}
<div class="poster-picture">${sceneToSvg(treeScene(doc.nodes, view), '100%')}</div>
<p class="poster-note">${esc(t(view === 'problem' ? 'posters.treeProblemHow' : 'posters.treeObjectiveHow'))}</p>`,
  }));
  return { style: '', sheets };
}
