import { wrapText } from '../../scene/fitText.js';

/**
 * The framed solution statement and the direction criteria of domain.md: realistic
 * (relies on local strength), measurable, time-framed, scope stated.
 */
export const directionCriteria = ['realistic', 'measurable', 'timeFramed', 'scoped'] as const;
export type DirectionCriterion = (typeof directionCriteria)[number];

export interface CriterionCheck {
  met: boolean;
  note: string;
}

/** Criteria not ticked yet: shown flagged until the group agrees they are met. */
export function openCriteria(checks: Readonly<Record<DirectionCriterion, CriterionCheck>>): DirectionCriterion[] {
  return directionCriteria.filter((c) => !checks[c].met);
}

export interface PosterFit {
  fontSize: number;
  lines: string[];
}

/**
 * Fits the statement into the poster's text box: the largest type from `maxSize` down to
 * `minSize` at which every word shows. Null when even the minimum does not fit: the
 * statement is too long for a poster read from two metres.
 */
export function fitPoster(
  text: string,
  boxWidth: number,
  boxHeight: number,
  maxSize: number,
  minSize: number,
): PosterFit | null {
  for (let size = maxSize; size >= minSize; size -= 2) {
    const lines = wrapText(text, size, boxWidth);
    if (lines.length * size * 1.2 <= boxHeight) return { fontSize: size, lines };
  }
  return null;
}

/** Poster sizes in CSS pixels at 96 per inch (A4 and A3 portrait) and the type limits. */
export const posterSizes = {
  A4: { width: 794, height: 1123, maxSize: 72, minSize: 32 },
  A3: { width: 1123, height: 1587, maxSize: 100, minSize: 44 },
} as const;
export type PosterSize = keyof typeof posterSizes;

/** The statement's box on the poster: the page less margins, header and cluster list. */
export function posterTextBox(size: PosterSize): { width: number; height: number } {
  const s = posterSizes[size];
  return { width: s.width * 0.84, height: s.height * 0.5 };
}
