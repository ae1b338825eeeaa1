/**
 * Breaks a label into at most `maxLines` lines of about `maxWidth` units, cutting the last
 * line with an ellipsis when the label is longer. Widths are estimated from the font size
 * (the bundled Atkinson Hyperlegible averages about 0.56 em per character), so the canvas
 * and the PDF break lines in the same places without measuring fonts. Cuts fall between
 * graphemes, never inside an emoji or a letter with combining marks.
 */
const averageCharWidthEm = 0.56;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Text in which every UTF-16 unit is a grapheme of its own: printable Latin letters and
 * signs, no combining marks, no surrogate pairs, no joiners. Most names are; they are cut
 * without the segmenter, which took most of a large map's first layout (1,000 names).
 */
const oneUnitGraphemes = /^[\u0020-\u007e\u00a0-\u02ff]*$/;

export function graphemes(text: string): string[] {
  if (oneUnitGraphemes.test(text)) return text.split('');
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

function graphemeWidth(g: string, fontSize: number): number {
  // East Asian scripts and emoji take about a full em; everything else the average.
  const cp = g.codePointAt(0) ?? 0;
  const wide = cp >= 0x2e80 && !(cp >= 0xfb1d && cp <= 0xfefc);
  return (wide ? 1 : averageCharWidthEm) * fontSize;
}

/**
 * Estimated widths and fitted lines, once per text and font: a canvas with hundreds of
 * labels asks again for every one of them on each change of any object, and cutting a
 * text into graphemes is the costly part. Cleared whole when it grows past a limit (a
 * text typed letter by letter leaves one entry per letter).
 */
const cacheLimit = 20_000;
const widthCache = new Map<string, number>();
const fitCache = new Map<string, readonly string[]>();

function remembered<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (cache.size >= cacheLimit) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
}

export function estimateWidth(text: string, fontSize: number): number {
  return remembered(widthCache, `${fontSize}|${text}`, () =>
    graphemes(text).reduce((w, g) => w + graphemeWidth(g, fontSize), 0),
  );
}

/** Every line of the text wrapped to `maxWidth`, nothing cut. */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  return fitText(text, fontSize, maxWidth, Number.MAX_SAFE_INTEGER);
}

export function fitText(text: string, fontSize: number, maxWidth: number, maxLines: number): string[] {
  // A copy: the caller owns its lines (a scene may keep them); the cache keeps its own.
  return [
    ...remembered(fitCache, `${fontSize}|${maxWidth}|${maxLines}|${text}`, () =>
      fitTextUncached(text, fontSize, maxWidth, maxLines),
    ),
  ];
}

function fitTextUncached(text: string, fontSize: number, maxWidth: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  const pushWordPieces = (word: string): void => {
    // A single word longer than the line is broken between graphemes.
    let piece = '';
    for (const g of graphemes(word)) {
      if (piece && estimateWidth(piece + g, fontSize) > maxWidth) {
        lines.push(piece);
        piece = '';
      }
      piece += g;
    }
    current = piece;
  };
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (estimateWidth(candidate, fontSize) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = '';
    if (estimateWidth(word, fontSize) > maxWidth) pushWordPieces(word);
    else current = word;
    if (lines.length > maxLines) break;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  const ellipsis = '…';
  let parts = graphemes(last);
  while (parts.length > 0 && estimateWidth(parts.join('') + ellipsis, fontSize) > maxWidth) parts = parts.slice(0, -1);
  last = parts.join('').trimEnd() + ellipsis;
  kept[maxLines - 1] = last;
  return kept;
}
