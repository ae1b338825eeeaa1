import { describe, expect, it } from 'vitest';
import { migrateBody, NewerBodyError } from '#shared/exercises/definition.js';
import { allDefinitions, definitionOf, exerciseTypeNames, parseExerciseBody } from '#shared/exercises/registry.js';
import { translator } from '#shared/i18n/translate.js';
import { sameName, sameNameKey } from '#shared/model/text.js';
import { matrixBodyVersion1 } from '../support/rankingFixtures.js';

describe('the exercise registry', () => {
  it('lists the thirteen built-in types, each with its own definition', () => {
    expect(exerciseTypeNames()).toEqual([
      'venn',
      'pairwise',
      'matrix',
      'vote',
      'consensus',
      'tree',
      'statement',
      'resourceMap',
      'actionPlan',
      'indicators',
      'monitoring',
      'successes',
      'evaluation',
    ]);
    for (const type of exerciseTypeNames()) expect(definitionOf(type).type).toBe(type);
  });

  it('gives every type an empty document its own schema accepts, at its current version', () => {
    for (const d of allDefinitions()) {
      const empty = d.empty() as { schemaVersion: number };
      expect(empty.schemaVersion, d.type).toBe(d.version);
      expect(d.schema.safeParse(empty).success, d.type).toBe(true);
    }
  });

  it('has one numbered migration step for every version after the first', () => {
    for (const d of allDefinitions())
      expect(
        d.migrations.map((s) => s.from),
        d.type,
      ).toEqual(Array.from({ length: d.version - 1 }, (_, i) => i + 1));
  });

  it('names each type in both languages', () => {
    for (const d of allDefinitions())
      for (const language of ['id', 'en'] as const) {
        const t = translator(language);
        expect(t(d.labels.name), `${d.type} ${language}`).not.toBe(d.labels.name);
        expect(t(d.labels.create), `${d.type} ${language}`).not.toBe(d.labels.create);
      }
  });

  it('writes a report section for an empty document of every type', () => {
    const t = translator('id');
    for (const d of allDefinitions()) {
      const html = d.report(d.empty(), { t, title: 'Judul latihan', communityName: 'Desa', photos: {}, earlier: [] });
      expect(html, d.type).toContain('<section');
      expect(html, d.type).toContain('Judul latihan');
    }
  });
});

describe('body migrations', () => {
  it('leaves a current body as it is and refuses one from a newer Rembug', () => {
    const venn = definitionOf('venn');
    const body = { ...venn.empty() };
    expect(migrateBody(venn, body)).toBe(body);
    expect(() => migrateBody(venn, { ...body, schemaVersion: venn.version + 1 })).toThrow(NewerBodyError);
  });

  it('hands anything that is not a versioned object to the schema to refuse', () => {
    for (const raw of [null, 'x', 3, [], {}, { schemaVersion: 'one' }, { schemaVersion: 0 }])
      expect(parseExerciseBody('venn', raw).success).toBe(false);
  });

  it('matrix 1 → 2: a first-version matrix becomes a custom, summed matrix with its scores', () => {
    const v1 = matrixBodyVersion1();
    const up = migrateBody(definitionOf('matrix'), v1) as Record<string, unknown>;
    expect(up).toMatchObject({ schemaVersion: 2, template: 'custom', combine: 'sum', cells: v1.cells });
    expect(parseExerciseBody('matrix', v1).success).toBe(true);
  });

  it('resourceMap 1 → 2: a map from before shapes, layers and photos gets none of each', () => {
    const v1 = {
      schemaVersion: 1,
      background: 'grid',
      resources: [
        {
          id: 'a',
          name: 'Mata air',
          capital: 'natural',
          description: '',
          owner: '',
          rating: 4,
          problems: {},
          x: 1,
          y: 2,
        },
      ],
    };
    const parsed = parseExerciseBody('resourceMap', v1);
    expect(parsed.success && parsed.data).toEqual({
      ...v1,
      schemaVersion: 2,
      shapes: [],
      hiddenLayers: [],
      photo: null,
    });
    // A version-1 map that already had drawings keeps them.
    const drawn = { ...v1, shapes: [{ id: 'r', layer: 'roads', points: [0, 0, 5, 5] }], hiddenLayers: ['roads'] };
    const kept = parseExerciseBody('resourceMap', drawn);
    expect(kept.success && kept.data.shapes).toHaveLength(1);
    expect(kept.success && kept.data.hiddenLayers).toEqual(['roads']);
  });
});

describe('the same name', () => {
  it('ignores outer and repeated spaces and folds case the Indonesian way', () => {
    expect(sameNameKey('  Posyandu   Melati ')).toBe('posyandu melati');
    expect(sameName('KARANG TARUNA', 'karang  taruna')).toBe(true);
    // Beyond ASCII (which is all SQLite's NOCASE folds), and whichever way an accent was typed.
    expect(sameName('MASJID AL-IKHLĀS', 'Masjid Al-Ikhlās')).toBe(true);
    expect(sameName('Koperasi Sejahtera\u0301', 'koperasi sejahterá')).toBe(true);
    expect(sameName('Kelompok Tani', 'Kelompok Tani Maju')).toBe(false);
  });
});
