import type { PosterContext, PosterSheet, PosterSize } from '../exercises/definition.js';
import { formatDate } from '../i18n/format.js';
import { AppFailure } from '../result.js';
import { accent, ink, mutedInk } from '../theme.js';
import { esc } from './html.js';

/**
 * The frame every notice-board poster shares (the statement's design): a sheet of A4 or A3
 * at 96 CSS pixels per inch, a blue border, generous margins, the community and date small
 * at the top, the title large, then the type's picture or result. Sizes are in CSS pixels.
 */
export const posterSheetSizes = {
  A4: { short: 794, long: 1123, type: 32 },
  A3: { short: 1123, long: 1587, type: 44 },
} as const;

/**
 * The body type of a poster: the smallest size read from two metres (the statement
 * poster's minimum). Titles are 1.6 times this, secondary words 0.75 times.
 */
export function posterType(size: PosterSize): number {
  return posterSheetSizes[size].type;
}

export function posterSheetSize(
  size: PosterSize,
  orientation: PosterSheet['orientation'],
): { width: number; height: number } {
  const s = posterSheetSizes[size];
  return orientation === 'portrait' ? { width: s.short, height: s.long } : { width: s.long, height: s.short };
}

/** The frame's border and inner margin, so a type can size its picture to what is left. */
export function posterInner(
  size: PosterSize,
  orientation: PosterSheet['orientation'],
): { width: number; height: number; margin: number } {
  const page = posterSheetSize(size, orientation);
  const margin = Math.round(posterSheetSizes[size].short * 0.06);
  const border = 14;
  return { width: page.width - 2 * (margin + border), height: page.height - 2 * (margin + border), margin };
}

/**
 * The shared CSS: named pages for both orientations (one PDF can hold portrait and
 * landscape sheets), the frame, the header, and a few helpers every type may use
 * (`.poster-picture`, `.poster-big`, `.poster-list`, `.poster-note`).
 */
export function posterFrameStyle(size: PosterSize): string {
  const type = posterType(size);
  const small = Math.round(type * 0.75);
  const sheet = (orientation: PosterSheet['orientation']): string => {
    const { width, height } = posterSheetSize(size, orientation);
    const { margin } = posterInner(size, orientation);
    return `@page ${orientation} { size: ${size} ${orientation}; margin: 0; }
.poster-sheet.${orientation} { page: ${orientation}; width: ${width}px; height: ${height}px; padding: ${margin}px; }`;
  };
  return `@page { size: ${size}; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Atkinson Hyperlegible', sans-serif; color: ${ink}; font-size: ${type}px; line-height: 1.2; }
${sheet('portrait')}
${sheet('landscape')}
.poster-sheet { border: 14px solid ${accent}; overflow: hidden; display: flex; flex-direction: column; gap: ${Math.round(small * 0.6)}px; break-after: page; }
.poster-sheet:last-child { break-after: auto; }
.poster-sheet p, .poster-sheet h1, .poster-sheet h2, .poster-sheet ul, .poster-sheet ol { margin: 0; }
.poster-where { font-size: ${small}px; font-weight: 700; color: ${mutedInk}; }
.poster-title { font-size: ${Math.round(type * 1.6)}px; font-weight: 700; line-height: 1.1; max-height: ${Math.round(type * 1.6 * 1.1 * 2) + 2}px; overflow: hidden; overflow-wrap: anywhere; }
.poster-subtitle { font-size: ${small}px; color: ${mutedInk}; max-height: ${Math.round(small * 1.2 * 2) + 2}px; overflow: hidden; overflow-wrap: anywhere; }
.poster-picture { flex: 1; min-height: 0; display: flex; align-items: center; justify-content: center; }
.poster-picture svg { width: 100%; height: 100%; }
.poster-big { font-size: ${Math.round(type * 1.3)}px; font-weight: 700; overflow-wrap: anywhere; }
.poster-list { font-size: ${type}px; font-weight: 700; padding-left: 1.3em; overflow-wrap: anywhere; }
.poster-list li { margin-bottom: ${Math.round(small * 0.3)}px; }
.poster-note { font-size: ${small}px; color: ${mutedInk}; overflow-wrap: anywhere; }
.poster-more { font-size: ${small}px; color: ${mutedInk}; font-style: italic; }
.poster-key { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: ${Math.round(small * 0.3)}px ${small}px; font-size: ${small}px; font-weight: 700; }
.poster-key li { display: flex; align-items: center; gap: ${Math.round(small * 0.3)}px; }
.poster-swatch { display: inline-block; width: ${small}px; height: ${small}px; border: 3px solid ${ink}; border-radius: 4px; }`;
}

/** The head of a sheet: community and date, the title, an optional one-line subtitle. */
export function posterHeader(
  context: Pick<PosterContext, 'communityName' | 'date' | 'language'>,
  title: string,
  subtitle = '',
): string {
  const where = `${esc(context.communityName)} · ${esc(formatDate(context.language, context.date))}`;
  return `<header><p class="poster-where">${where}</p><h1 class="poster-title">${esc(title)}</h1>${
    subtitle.trim() ? `<p class="poster-subtitle">${esc(subtitle.trim())}</p>` : ''
  }</header>`;
}

/** A sheet's wrapper, as the frame styles it. */
export function posterSheetHtml(sheet: PosterSheet): string {
  return `<section class="poster-sheet ${sheet.orientation}">${sheet.body}</section>`;
}

/** "… and 4 more" text helper: the first `limit` items and how many were left off. */
export function firstOf<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** The refusal of a poster with nothing on it yet (no institution, no item, no box). */
export function posterEmpty(what: string): AppFailure {
  return new AppFailure('poster_empty', `nothing to show on the poster: ${what}`);
}

/**
 * A colour key in few words: a swatch (a bordered square, so a colour-blind reader can
 * match it by its label too) before each label.
 */
export function posterKey(entries: readonly { colour: string; label: string }[]): string {
  return `<ul class="poster-key">${entries
    .map((e) => `<li><span class="poster-swatch" style="background:${e.colour}"></span>${esc(e.label)}</li>`)
    .join('')}</ul>`;
}
