import type { Language } from './languages.js';

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
