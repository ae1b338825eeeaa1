import { defaultLanguage, languages, type Language } from './languages.js';

const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/**
 * A moment as people in that language write it: "29 Nov 2026, 10.05" in Indonesian,
 * "29 Nov 2026, 10:05" in English. An unreadable value is shown as it is.
 */
export function formatDateTime(language: Language, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/**
 * A calendar day ("2026-11-29", as stored) as people in that language write it: "29 Nov
 * 2026" in both. Read as a day, not a moment, so no time zone can move it to the day
 * before. An unreadable or empty value is shown as it is.
 */
export function formatDate(language: Language, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3])) return isoDate;
  return new Intl.DateTimeFormat(locales[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * A month given as its running number (year * 12 + month - 1) as two short lines for a
 * timeline column: the month's short name ("Agu", "Aug") and the year.
 */
export function formatMonthParts(language: Language, monthIndex: number): [string, string] {
  const year = Math.floor(monthIndex / 12);
  const date = new Date(Date.UTC(year, monthIndex % 12, 1));
  const name = new Intl.DateTimeFormat(locales[language], { month: 'short', timeZone: 'UTC' }).format(date);
  return [name.replace(/\.$/, ''), String(year)];
}

export interface NumberOptions {
  /**
   * Decimals to show. A number gives exactly that many (0.6 with 2 → "0,60"); left out,
   * a value shows at most two and no needless ones (3, 2,5, 0,67).
   */
  fractionDigits?: number;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as people in that language write it: "2,5", "0,60" and "1.840" in Indonesian,
 * "2.5", "0.60" and "1,840" in English. The one place numbers are formatted for people:
 * the wall, its charts and the PDF all come through here.
 */
export function formatNumber(language: Language, value: number, options: NumberOptions = {}): string {
  const { fractionDigits } = options;
  const key = `${language}|${fractionDigits ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      locales[language],
      fractionDigits === undefined
        ? { maximumFractionDigits: 2, signDisplay: 'negative' }
        : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits, signDisplay: 'negative' },
    );
    numberFormats.set(key, format);
  }
  // 'negative': a tiny negative rounded to zero prints "0", not "-0".
  return format.format(value);
}

/**
 * The language a translate function speaks. i18next's bound `t` (react-i18next's
 * `useTranslation`) carries it as `lng`, and so does the backend's `translator`; the shared
 * builders that already receive `t` read it from there rather than taking one more argument.
 */
export function languageOf(t: object): Language {
  // i18next's TFunction type does not declare `lng`, though its bound `t` has it.
  const lng = (t as { readonly lng?: unknown }).lng;
  const code = typeof lng === 'string' ? lng.slice(0, 2) : '';
  return languages.find((l) => l === code) ?? defaultLanguage;
}
