import { describe, expect, it } from 'vitest';
import { signedChange, vennChangeHeaders, vennChangeRows } from '#shared/exercises/venn/tables.js';
import { emptyVennDocument, type Institution, type VennDocument } from '#shared/exercises/venn/schema.js';
import { translator } from '#shared/i18n/translate.js';

const t = translator('id');
function inst(id: string, over: Partial<Institution> = {}): Institution {
  return { id, name: id, kind: 'community', relation: 'neutral', importance: 2, x: 0, y: 0, notes: '', ...over };
}
function doc(...institutions: Institution[]): VennDocument {
  return { ...emptyVennDocument(), institutions };
}

describe('the Venn before/after table', () => {
  const before = doc(
    inst('d', { name: 'Pemerintah Desa', importance: 4 }),
    inst('k', { name: 'Koperasi', importance: 1, x: 500 }),
    inst('r', { name: 'Rentenir', importance: 3, x: -300 }),
    inst('p', { name: 'PKK', y: 240 }),
  );
  const after = doc(
    inst('d2', { name: 'Pemerintah Desa', importance: 4 }),
    inst('k2', { name: 'Koperasi', importance: 3, x: 150 }),
    inst('p2', { name: 'PKK', y: 240 }),
    inst('b2', { name: 'BUMDes', importance: 2, x: 600 }),
  );
  const rows = vennChangeRows(before, after, t);
  const row = (name: string) => rows.find((r) => r.name === name)!;

  it('has the five headings in the rows order', () => {
    expect(vennChangeHeaders(t)).toEqual([
      'Lembaga',
      'Kepentingan',
      'Kedekatan',
      'Kerja sama baru',
      'Kerja sama hilang',
    ]);
  });

  it('gives size and closeness before → after with the change, in words', () => {
    expect(row('Koperasi')).toEqual({
      name: 'Koperasi',
      status: null,
      statusLabel: '',
      changed: true,
      importance: { before: '1', after: '3', change: { kind: 'up', amount: 2, word: '' } },
      closeness: {
        before: 'Sangat jauh',
        after: 'Sangat dekat',
        change: { kind: 'up', amount: 3, word: 'lebih dekat' },
      },
      tiesGained: 'Pemerintah Desa',
      tiesLost: t('common.none'),
    });
    expect(row('PKK').importance.change).toEqual({ kind: 'same' });
    expect(signedChange(row('Koperasi').closeness.change, t)).toBe('+3 lebih dekat');
    expect(signedChange(row('Koperasi').importance.change, t)).toBe('+2');
    expect(signedChange(row('PKK').closeness.change, t)).toBe('tetap');
  });

  it('marks institutions added or gone, with a dash on the missing side', () => {
    expect(row('BUMDes')).toMatchObject({
      status: 'added',
      statusLabel: 'baru',
      importance: { before: '–', after: '2', change: { kind: 'none' } },
    });
    expect(row('Rentenir')).toMatchObject({ status: 'removed', statusLabel: 'hilang' });
    expect(row('Rentenir').closeness.after).toBe('–');
    expect(signedChange(row('Rentenir').closeness.change, t)).toBe(t('common.none'));
  });

  it('says which rows changed, and lists those first, so the unchanged can fold away', () => {
    expect(rows.map((r) => [r.name, r.changed])).toEqual([
      ['BUMDes', true],
      ['Koperasi', true],
      ['Pemerintah Desa', true],
      ['Rentenir', true],
      ['PKK', false],
    ]);
    const same = vennChangeRows(before, before, t);
    expect(same.every((r) => !r.changed)).toBe(true);
  });

  it('writes a move away with a minus sign', () => {
    const moved = vennChangeRows(doc(inst('a', { x: 0 })), doc(inst('a', { x: 700 })), t)[0]!;
    expect(moved.closeness.change).toEqual({ kind: 'down', amount: 3, word: 'lebih jauh' });
    expect(signedChange(moved.closeness.change, t)).toBe('−3 lebih jauh');
  });
});
