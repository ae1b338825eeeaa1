import { describe, expect, it } from 'vitest';
import { newResource } from '#shared/exercises/resources/actions.js';
import {
  emptyResourceMapDocument,
  type MapResource,
  type ResourceMapDocument,
} from '#shared/exercises/resources/schema.js';
import { pentagonValueRows, resourceProblemRows, resourcesByCapital } from '#shared/exercises/resources/tables.js';
import { translator } from '#shared/i18n/translate.js';

const t = translator('id');
const mapResource = (name: string, capital: MapResource['capital']) => newResource(name, name, capital);
const doc: ResourceMapDocument = {
  ...emptyResourceMapDocument(),
  resources: [
    { ...mapResource('Sawah', 'natural'), rating: 4, owner: 'Kelompok tani' },
    { ...mapResource('Jalan desa', 'physical'), rating: 1, problems: { notResponsive: 'Rusak saat hujan' } },
    { ...mapResource('Hutan', 'natural'), rating: 2, problems: { conflict: '', notAvailable: 'x' } },
    { ...mapResource('Bidan', 'human'), rating: 5, description: 'Datang tiap Senin' },
  ],
};

describe('the resource tables', () => {
  it('groups resources by capital in the capitals order, leaving out empty capitals', () => {
    const groups = resourcesByCapital(doc, t);
    expect(groups.map((g) => [g.capitalName, g.rows.map((r) => r.name)])).toEqual([
      ['Manusia', ['Bidan']],
      ['Alam', ['Sawah', 'Hutan']],
      ['Fisik', ['Jalan desa']],
    ]);
    expect(groups[1]!.rows[0]).toMatchObject({ rating: 4, owner: 'Kelompok tani', capital: 'natural' });
    expect(groups[0]!.rows[0]!.description).toBe('Datang tiap Senin');
  });

  it('writes each problem with its note, in the problems order', () => {
    const hutan = resourcesByCapital(doc, t)[1]!.rows[1]!;
    expect(hutan.problems.map((p) => p.text)).toEqual(['Tidak tersedia di desa: x', 'Konflik kepentingan']);
  });

  it('filters by a problem', () => {
    const groups = resourcesByCapital(doc, t, 'notResponsive');
    expect(groups.map((g) => g.rows.map((r) => r.name))).toEqual([['Jalan desa']]);
  });

  it('lists every problem resource by resource', () => {
    expect(resourceProblemRows(doc, t).map((p) => [p.resource, p.text])).toEqual([
      ['Jalan desa', 'Tidak sesuai kebutuhan: Rusak saat hujan'],
      ['Hutan', 'Tidak tersedia di desa: x'],
      ['Hutan', 'Konflik kepentingan'],
    ]);
  });

  it('gives the pentagon values with two decimals and the count per capital', () => {
    expect(pentagonValueRows(doc, t).map((v) => [v.capitalName, v.count, v.value])).toEqual([
      ['Manusia', 1, '1,00'],
      ['Sosial', 0, '0,00'],
      ['Alam', 2, '0,60'],
      ['Fisik', 1, '0,20'],
      ['Keuangan', 0, '0,00'],
    ]);
    // English writes the decimal point.
    expect(pentagonValueRows(doc, translator('en')).map((v) => v.value)).toEqual([
      '1.00',
      '0.00',
      '0.60',
      '0.20',
      '0.00',
    ]);
  });
});
