import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, languageOf } from '#shared/i18n/format.js';
import { translator } from '#shared/i18n/translate.js';
import i18n, { errorText } from '#renderer/i18n.js';
import type { AppError } from '#shared/result.js';

describe('numbers and dates as each language writes them', () => {
  it('Indonesian writes a decimal comma and a thousands dot; English the other way round', () => {
    expect(formatNumber('id', 2.5)).toBe('2,5');
    expect(formatNumber('id', 0.6, { fractionDigits: 2 })).toBe('0,60');
    expect(formatNumber('id', 1840)).toBe('1.840');
    expect(formatNumber('en', 2.5)).toBe('2.5');
    expect(formatNumber('en', 0.6, { fractionDigits: 2 })).toBe('0.60');
    expect(formatNumber('en', 1840)).toBe('1,840');
  });

  it('shows at most two decimals and no needless ones unless asked for', () => {
    expect(formatNumber('id', 3)).toBe('3');
    expect(formatNumber('id', 2 / 3)).toBe('0,67');
    expect(formatNumber('en', 0.1 + 0.2)).toBe('0.3');
    expect(formatNumber('id', 1, { fractionDigits: 2 })).toBe('1,00');
    // A tiny negative rounded away is not "-0".
    expect(formatNumber('id', -0.001)).toBe('0');
    expect(formatNumber('id', -1.5)).toBe('-1,5');
  });

  it('writes a stored day as "29 Nov 2026", the month in the language, never moved by a time zone', () => {
    expect(formatDate('id', '2026-11-29')).toBe('29 Nov 2026');
    expect(formatDate('en', '2026-11-29')).toBe('29 Nov 2026');
    expect(formatDate('id', '2026-05-02')).toBe('2 Mei 2026');
    expect(formatDate('en', '2026-05-02')).toBe('2 May 2026');
    expect(formatDate('id', '2026-08-01')).toBe('1 Agu 2026');
    expect(formatDate('en', '2026-01-01')).toBe('1 Jan 2026');
  });

  it('shows an empty or unreadable day as it is', () => {
    expect(formatDate('id', '')).toBe('');
    expect(formatDate('id', 'besok')).toBe('besok');
    expect(formatDate('en', '2026-02-30')).toBe('2026-02-30');
  });

  it('keeps the time in the language too', () => {
    expect(formatDateTime('id', '2026-11-29T10:05:00')).toBe('29 Nov 2026, 10.05');
    expect(formatDateTime('en', '2026-11-29T10:05:00')).toBe('29 Nov 2026, 10:05');
  });

  it('reads the language off the translate function, Indonesian when it does not say', () => {
    expect(languageOf(translator('en'))).toBe('en');
    expect(languageOf(translator('id'))).toBe('id');
    expect(languageOf(Object.assign(() => '', { lng: 'en-GB' }))).toBe('en');
    expect(languageOf(() => '')).toBe('id');
  });

  it('a limit in a refusal is written as a number in the language', () => {
    const refusal: AppError = {
      code: 'invalid_input',
      message: 'too many resources',
      params: { reason: 'too_many', field: 'resources', max: '1000' },
    };
    expect(errorText(i18n.getFixedT('id'), refusal)).toBe(
      'Terlalu banyak isian (batas 1.000). Tidak ada yang disimpan.',
    );
    expect(errorText(i18n.getFixedT('en'), refusal)).toBe('Too many entries (limit 1,000). Nothing was saved.');
  });
});
