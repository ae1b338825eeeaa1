import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { dictionaries, translator } from '#shared/i18n/translate.js';
import { errorCodes } from '#shared/result.js';

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

  it('hold every key the code asks for by name, in both languages', () => {
    const sources = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) return sources(full);
        return /\.tsx?$/.test(e.name) ? [full] : [];
      });
    const used = new Set<string>();
    for (const file of ['renderer/src', 'shared', 'electron'].flatMap((d) => sources(path.join(repoRoot, d))))
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+)'/g))
        used.add(m[1]!);
    expect(used.size).toBeGreaterThan(200);
    const known = (language: 'id' | 'en') => new Set(leaves(dictionaries[language]).map(([k]) => k));
    for (const language of ['id', 'en'] as const) {
      const missing = [...used].filter((k) => !known(language).has(k));
      expect(missing, language).toEqual([]);
    }
  });
});
