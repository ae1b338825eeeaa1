import { describe, expect, it } from 'vitest';
import { dictionaries, translator } from '../../shared/i18n/translate.js';
import { errorCodes } from '../../shared/result.js';

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('the two languages', () => {
  const id = leaves(dictionaries.id);
  const en = leaves(dictionaries.en);

  it('have the same keys and no empty string', () => {
    expect(en.map(([k]) => k)).toEqual(id.map(([k]) => k));
    for (const [key, text] of [...id, ...en]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in each string', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const enByKey = new Map(en);
    for (const [key, text] of id) expect(placeholders(enByKey.get(key)!), key).toEqual(placeholders(text));
  });

  it('have a message for every error code', () => {
    for (const code of errorCodes) {
      expect(translator('id')(`errors.${code}`)).not.toBe(`errors.${code}`);
      expect(translator('en')(`errors.${code}`)).not.toBe(`errors.${code}`);
    }
  });

  it('fill placeholders in the backend translator', () => {
    expect(translator('id')('errors.not_rembug_file', { file: 'a.txt' })).toBe(
      'Berkas "a.txt" bukan berkas Rembug. Pilih berkas berakhiran .rembug.',
    );
  });
});
