import { fitText } from '../../scene/fitText.js';
import { boundsOf, minLabelFontSize, type Primitive, type Scene } from '../../scene/primitives.js';
import { ink, mutedInk, paper } from '../../theme.js';
import { boardOrder, isAchieved, type Success, type SuccessesDocument } from './schema.js';

/**
 * The success board for the wall (and the PDF, and the poster): one card per milestone,
 * achieved ones first and newest first, each with its date, its words and who made it
 * happen. Achieved cards are solid green-edged, those still to reach dashed grey with the
 * words "not reached yet", so the difference never rests on colour alone.
 */
export const boardGeometry = {
  cardWidth: 420,
  gap: 24,
  padding: 20,
  titleSize: 30,
  dateSize: 26,
  lineSize: minLabelFontSize,
  lineHeight: 1.25,
  titleLines: 4,
  contributorLines: 4,
};

export interface BoardLabels {
  /** The achieved date in words ("12 Agustus 2026"). */
  date: (isoDate: string) => string;
  notYet: string;
  /** Prefix of the contributors' names ("Berkat:"). */
  thanks: string;
  /** Shown when a photo is kept as evidence. */
  photo: string;
}

const achievedStroke = '#009E73';
const achievedFill = '#E8F6EF';
const pendingStroke = '#6B7280';

/** Names of the contributors, joined. */
export function contributorNames(s: Pick<Success, 'contributors'>): string {
  return s.contributors
    .map((c) => c.name.trim())
    .filter(Boolean)
    .join(', ');
}

function card(s: Success, x: number, y: number, labels: BoardLabels): { primitives: Primitive[]; height: number } {
  const g = boardGeometry;
  const inner = g.cardWidth - 2 * g.padding;
  const achieved = isAchieved(s);
  const texts: Primitive[] = [];
  let at = y + g.padding;
  const block = (text: string, fontSize: number, maxLines: number, bold: boolean, fill: string): void => {
    if (!text.trim()) return;
    const lines = fitText(text, fontSize * (bold ? 1.12 : 1), inner, maxLines);
    texts.push({ kind: 'text', x: x + g.cardWidth / 2, y: at, lines, fontSize, lineHeight: g.lineHeight, fill, bold });
    at += lines.length * fontSize * g.lineHeight + 8;
  };
  block(achieved ? labels.date(s.achievedOn) : labels.notYet, g.dateSize, 1, true, achieved ? '#00664A' : mutedInk);
  block(s.title, g.titleSize, g.titleLines, true, ink);
  const names = contributorNames(s);
  if (names) block(`${labels.thanks} ${names}`, g.lineSize, g.contributorLines, false, ink);
  if (s.photoId) block(labels.photo, g.lineSize, 1, false, mutedInk);
  const height = at - y + g.padding - 8;
  const frame: Primitive = {
    kind: 'rect',
    x,
    y,
    width: g.cardWidth,
    height,
    fill: achieved ? achievedFill : paper,
    stroke: achieved ? achievedStroke : pendingStroke,
    strokeWidth: achieved ? 4 : 2,
    ...(achieved ? {} : { dash: [10, 8] }),
    cornerRadius: 12,
    target: s.id,
  };
  return { primitives: [frame, ...texts], height };
}

/** The board in `columns` columns; rows take the height of their tallest card. */
export function successBoardScene(doc: SuccessesDocument, labels: BoardLabels, columns = 2): Scene {
  const g = boardGeometry;
  const primitives: Primitive[] = [];
  const cards = boardOrder(doc);
  let y = 0;
  for (let row = 0; row * columns < cards.length; row += 1) {
    let tallest = 0;
    cards.slice(row * columns, row * columns + columns).forEach((s, col) => {
      const built = card(s, col * (g.cardWidth + g.gap), y, labels);
      primitives.push(...built.primitives);
      tallest = Math.max(tallest, built.height);
    });
    y += tallest + g.gap;
  }
  return { primitives, bounds: boundsOf(primitives, 8) };
}
