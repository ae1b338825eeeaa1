import type { Poster, PosterSize } from '#shared/exercises/definition.js';
import type { Language } from '#shared/i18n/languages.js';
import { posterFrameStyle, posterSheetHtml } from '#shared/report/poster.js';
import { printablePage } from './page.js';

/**
 * One printable document of posters: the shared frame (shared/report/poster.ts) around
 * every sheet, each type's poster CSS once. One poster or the month's pack are the same
 * document; sheets keep their own orientation (named pages).
 */
export function posterDocument(page: {
  posters: readonly Poster[];
  size: PosterSize;
  language: Language;
  resourcesDir: string;
  title?: string;
  /** True when a poster shows a photo (the potential map): data images are allowed. */
  images: boolean;
}): string {
  const styles = [...new Set(page.posters.map((p) => p.style))];
  return printablePage({
    language: page.language,
    resourcesDir: page.resourcesDir,
    ...(page.title === undefined ? {} : { title: page.title }),
    images: page.images,
    styles: `${posterFrameStyle(page.size)}\n${styles.join('\n')}`,
    body: page.posters.flatMap((p) => p.sheets.map(posterSheetHtml)).join('\n'),
  });
}
