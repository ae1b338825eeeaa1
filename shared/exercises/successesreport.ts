import { formatDate, languageOf } from '../../i18n/format.js';
import type { Translate } from '../../i18n/translate.js';
import { esc, sectionHeading, table } from '../../report/html.js';
import { sceneToSvg } from '../../scene/svg.js';
import type { ReportContext } from '../definition.js';
import { contributorNames, successBoardScene, type BoardLabels } from './board.js';
import { boardOrder, isAchieved, type SuccessesDocument } from './schema.js';

/** The board's words in the user's language: shared by the wall, the PDF and the poster. */
export function boardLabels(t: Translate): BoardLabels {
  const language = languageOf(t);
  return {
    date: (iso) => t('successes.achievedOn', { date: formatDate(language, iso) }),
    notYet: t('successes.notYet'),
    thanks: t('successes.thanks'),
    photo: t('successes.photoKept'),
  };
}

/** "3 of 5 milestones reached". */
export function achievedCountText(t: Translate, doc: SuccessesDocument): string {
  return t('successes.countReached', {
    reached: doc.successes.filter(isAchieved).length,
    total: doc.successes.length,
  });
}

/** The board as vector SVG. */
export function successBoardSvg(doc: SuccessesDocument, t: Translate, columns = 2): string {
  return sceneToSvg(successBoardScene(doc, boardLabels(t), columns), '100%');
}

/** The session PDF's section: the count, the board, then each milestone's evidence and contributors. */
export function successesReport(doc: SuccessesDocument, { t, title, photos }: ReportContext): string {
  const language = languageOf(t);
  const rows = boardOrder(doc).map((s) => {
    const photo = s.photoId && photos[s.photoId] ? `<br><img class="evidence" src="${photos[s.photoId]}" alt="">` : '';
    return [
      `<strong>${esc(s.title)}</strong>`,
      esc(isAchieved(s) ? formatDate(language, s.achievedOn) : t('successes.notYet')),
      `${esc(s.evidence)}${photo}`,
      esc(contributorNames(s)),
    ];
  });
  return `<section class="exercise successes">
  ${sectionHeading(t('successes.typeName'), title)}
  <p><strong>${esc(achievedCountText(t, doc))}</strong></p>
  ${doc.successes.length ? `<div class="diagram success-board">${successBoardSvg(doc, t)}</div>` : ''}
  ${table(
    [t('successes.milestone'), t('successes.date'), t('successes.evidence'), t('successes.contributors')],
    rows,
    'data',
    [30, 16, 32, 22],
  )}
</section>`;
}

export const successesReportStyle = `.successes .success-board { page-break-inside: avoid; margin-bottom: 4mm; }
.successes img.evidence { max-width: 100%; max-height: 60mm; margin-top: 2mm; }`;
