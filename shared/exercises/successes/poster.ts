import { firstOf, posterEmpty, posterHeader } from '../../report/poster.js';
import { esc } from '../../report/html.js';
import type { Poster, PosterContext } from '../definition.js';
import { achievedCountText, successBoardSvg } from './report.js';
import { boardOrder, isAchieved, type SuccessesDocument } from './schema.js';

/** Cards on one sheet: beyond this the type would shrink below what is read from two metres. */
const maxPosterCards = 6;

/**
 * The success board for the notice board: what the village has reached, newest first, as
 * the same vector cards as the wall (one column for a few, two for more), and how many of
 * its milestones are reached. Milestones not reached yet stay on the wall, not the poster.
 */
export function successesPoster(doc: SuccessesDocument, context: PosterContext): Poster {
  const { t } = context;
  const reached = boardOrder(doc).filter(isAchieved);
  if (reached.length === 0) throw posterEmpty('no milestone reached');
  const { shown, more } = firstOf(reached, maxPosterCards);
  const board = successBoardSvg({ ...doc, successes: shown }, t, shown.length <= 3 ? 1 : 2);
  const body = `${posterHeader(context, t('successes.board'), achievedCountText(t, doc))}
<div class="poster-picture">${board}</div>
${more ? `<p class="poster-more">${esc(t('successes.posterMore', { count: more }))}</p>` : ''}`;
  return { style: '', sheets: [{ orientation: 'portrait', body }] };
}
